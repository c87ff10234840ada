import { isRef } from './refs.ts';
import { createWithheldMatcher } from './withheld-matcher.ts';

/** Fields that say what is withheld and why: they are never published themselves. */
export const unpublishedFields: Readonly<Record<string, readonly string[]>> = { people: ['withhold'], camps: ['withholdLocation'] };

/** A withheld value and what is published in its place. */
export interface Redaction {
	value: string;
	replacement: string;
}

interface RecordLike {
	collection: string;
	data: Record<string, unknown>;
}

/**
 * The values the archive must never publish: the names and spellings of people whose
 * identity is withheld, and the location text of places of detention whose location is.
 * Longest first, so a full name is replaced before a part of it.
 */
export function redactionsOf(records: readonly RecordLike[]): Redaction[] {
	const redactions: Redaction[] = [];
	for (const { collection, data } of records) {
		if (collection === 'people' && data.withhold) {
			const replacement = (data.withhold as { publicName: string }).publicName;
			for (const value of [data.name, ...((data.aliases as { name: string }[] | undefined) ?? []).map((a) => a.name)]) {
				redactions.push({ value: String(value), replacement });
			}
		}
		if (collection === 'camps' && data.withholdLocation && data.location) {
			const location = data.location as { description?: string; quote?: string; reading?: string };
			for (const value of [location.description, location.quote, location.reading]) if (value) redactions.push({ value, replacement: '[location withheld]' });
		}
	}
	return redactions.filter((r) => r.value.trim().length > 1).sort((a, b) => b.value.length - a.value.length);
}


// Made once per list: the build redacts every text of every record with the same list.
const matchers = new WeakMap<readonly (Redaction | string)[], ReturnType<typeof createWithheldMatcher>>();
function matcherOf(values: readonly (Redaction | string)[]) {
	let matcher = matchers.get(values);
	if (!matcher) matchers.set(values, (matcher = createWithheldMatcher(values.map((v) => (typeof v === 'string' ? v : v.value)))));
	return matcher;
}

/**
 * Replaces every withheld value in a text, in whatever form a reader would recognise it (see
 * `createWithheldMatcher`): the whole span it takes in the text as written, markup or entities
 * inside it included, becomes what is published in its place.
 */
export function redactText(text: string, redactions: readonly Redaction[]): string {
	if (!redactions.length) return text;
	const found = matcherOf(redactions).occurrences(text);
	if (!found.length) return text;
	const replacementOf = new Map(redactions.map((r) => [r.value, r.replacement]));
	let out = '';
	let at = 0;
	for (const { value, start, end } of found) {
		// Markup that stood between the words is kept after the public name, so that "**First** Last"
		// becomes "**Witness A**" and "<b>First</b> Last" "<b>Witness A</b>", not an unclosed tag.
		const markup = text.slice(start, end).match(/<[^<>]*>|[*~`]+/g)?.join('') ?? '';
		out += text.slice(at, start) + replacementOf.get(value) + markup;
		at = end;
	}
	return out + text.slice(at);
}

/** The withheld values a text contains, in whatever form a reader would recognise them. */
export const withheldValuesIn = (text: string, values: readonly string[]): string[] => (values.length ? matcherOf(values).valuesIn(text) : []);

/**
 * A record as it may be published: a withheld person carries only the public name; a
 * withheld location is gone; and any withheld value left in any text is replaced.
 */
export function publicData<T extends RecordLike>(record: T, redactions: readonly Redaction[]): T['data'] {
	let data: Record<string, unknown> = { ...record.data };
	if (record.collection === 'people' && data.withhold) {
		data = { ...data, name: (data.withhold as { publicName: string }).publicName, aliases: [], named: false };
	}
	if (record.collection === 'camps' && data.withholdLocation) data = { ...data, location: undefined };
	for (const field of unpublishedFields[record.collection] ?? []) delete data[field];
	if (!redactions.length) return data;
	// A part with nothing to replace is kept as it is, not copied: the build holds every record.
	const scrub = (value: unknown): unknown => {
		if (typeof value === 'string') return redactText(value, redactions);
		if (Array.isArray(value)) {
			const items = value.map(scrub);
			return items.some((item, i) => item !== value[i]) ? items : value;
		}
		if (value && typeof value === 'object' && !(value instanceof Date) && !isRef(value)) {
			const entries = Object.entries(value).map(([k, v]) => [k, scrub(v)] as const);
			return entries.some(([k, v]) => v !== (value as Record<string, unknown>)[k]) ? Object.fromEntries(entries) : value;
		}
		return value;
	};
	return scrub(data) as T['data'];
}

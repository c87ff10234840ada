import { foldSpace } from './quotes.ts';
import { isRef } from './refs.ts';
import { escapeRegExp } from './regexp.ts';

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
			const location = data.location as { description?: string; quote?: string };
			for (const value of [location.description, location.quote]) if (value) redactions.push({ value, replacement: '[location withheld]' });
		}
	}
	return redactions.filter((r) => r.value.trim().length > 1).sort((a, b) => b.value.length - a.value.length);
}


// Compiled once per list: the build redacts every text node of every page with the same list.
// One pattern for all values first tells whether a text needs any replacement at all: nearly
// none does, so most texts are searched once rather than once for every withheld value.
const compiled = new WeakMap<readonly Redaction[], { any: RegExp; each: { pattern: RegExp; replacement: string }[] }>();
const patternsOf = (redactions: readonly Redaction[]) => {
	let patterns = compiled.get(redactions);
	if (!patterns) {
		const sources = redactions.map(({ value }) => escapeRegExp(value).replace(/\s+/g, '\\s+'));
		const whole = (source: string) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
		patterns = {
			any: new RegExp(whole(sources.join('|')), 'iu'),
			each: redactions.map(({ replacement }, i) => ({ pattern: new RegExp(whole(sources[i]), 'giu'), replacement })),
		};
		compiled.set(redactions, patterns);
	}
	return patterns;
};

/** Replaces every withheld value in a text, as a whole word or words, whatever its case or spacing. */
export function redactText(text: string, redactions: readonly Redaction[]): string {
	if (!redactions.length) return text;
	const { any, each } = patternsOf(redactions);
	if (!any.test(text)) return text;
	let out = text;
	for (const { pattern, replacement } of each) out = out.replace(pattern, replacement);
	return out;
}

/** Case and white space folded, as the scan compares. */
const foldForScan = (s: string) => foldSpace(s.toLowerCase());
// One pattern for all values, made once per list: the build scans every file of the site, and
// a search per value made the scan grow with the number of withheld values times the site's size.
const scanners = new WeakMap<readonly string[], { pattern: RegExp; valuesOf: Map<string, string[]> }>();

/**
 * The withheld values a text contains anywhere, whatever its case or spacing, even inside a
 * longer word: stricter than `redactText`, for text that is published only if it has none.
 */
export function withheldValuesIn(text: string, values: readonly string[]): string[] {
	if (!values.length) return [];
	let scanner = scanners.get(values);
	if (!scanner) {
		const valuesOf = new Map<string, string[]>();
		for (const value of values) {
			const folded = foldForScan(value);
			const list = valuesOf.get(folded);
			if (list) list.push(value);
			else valuesOf.set(folded, [value]);
		}
		const alternatives = [...valuesOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
		scanner = { pattern: new RegExp(alternatives.join('|'), 'g'), valuesOf };
		scanners.set(values, scanner);
	}
	const found = new Set<string>();
	for (const match of foldForScan(text).matchAll(scanner.pattern)) for (const value of scanner.valuesOf.get(match[0])!) found.add(value);
	return [...found];
}

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

import { listText } from '../../core/labels.ts';
import { foldSpace } from '../../core/quotes.ts';
import type { Path, Ref } from '../../core/refs.ts';
import { schemaNode, statedOf, unwrap, type SchemaNode } from '../../schemas/reading.ts';
import { problemAt, type CheckedRecord, type Problem } from './problems.ts';
import { blocksOf } from './record-text.ts';

/**
 * Values that say they are the source's words are proved, as quotes are: a duration "as
 * stated", a figure "as reported", a location "in the source's own words", a spelling "as
 * printed". Each must stand, word for word, in the quote beside it, or, where there is none, in
 * the source it names; where the archive needs its own wording, it goes in the field beside it
 * that says so (`reading`, `durationReading`, `note`).
 */

/** White space and the forms of quote marks folded, as a value is compared with its quote. */
const foldMarks = (text: string) => foldSpace(text).replace(/[“”„«»"]/g, '"').replace(/[‘’‚']/g, "'");
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/**
 * Whether the text goes on past a value's edge: a letter or digit next to it, or, next to a
 * digit, a separator between digits ("5,700": "700" and "5" are both cut out of it).
 */
const goesOn = (edge: string | undefined, next: string | undefined, beyond: string | undefined) =>
	isWordChar(edge) && (isWordChar(next) || (/\d/.test(edge!) && /[,.]/.test(next ?? '') && /\d/.test(beyond ?? '')));

/** Whether `words` stand in a text (folded with `foldMarks`) as a whole: not the start or end of a longer number or word. */
function standsIn(hay: string, words: string): boolean {
	const needle = foldMarks(words);
	if (!needle) return false;
	for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
		const end = at + needle.length;
		if (!goesOn(needle[0], hay[at - 1], hay[at - 2]) && !goesOn(needle.at(-1), hay[end], hay[end + 1])) return true;
	}
	return false;
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The patterns that find a date's year, month and day in a quote; made once for each date, since dates repeat across records. */
const datePatterns = new Map<string, { part: string; pattern: RegExp }[]>();
function patternsOf(value: string): { part: string; pattern: RegExp }[] {
	let patterns = datePatterns.get(value);
	if (patterns) return patterns;
	const [year, month, day] = value.split('-');
	patterns = [{ part: 'year', pattern: new RegExp(`(?<!\\d)${year}(?!\\d)`) }];
	// A month by its name or its abbreviation, as a word: "mar" in "Samarkan" is not March.
	const name = month ? months[Number(month) - 1] : undefined;
	const monthWord = name && `(?:${name}|${name.slice(0, 3)}${name === 'september' ? '|sept' : ''})\\.?`;
	if (monthWord) patterns.push({ part: 'month', pattern: new RegExp(`\\b${monthWord}(?![a-z])`) });
	if (day && monthWord) {
		// A day as a number beside its month's name, or "the 10th": not any number ("5,000 people in March").
		const n = `0?${Number(day)}(?:st|nd|rd|th)?`;
		patterns.push({ part: 'day', pattern: new RegExp(`\\b${n}\\s+(?:of\\s+)?${monthWord}(?![a-z])|\\b${monthWord}\\s+${n}(?!\\d)|\\bthe\\s+${n}\\b`) });
	}
	datePatterns.set(value, patterns);
	return patterns;
}

/** What of a date its quote does not say: its year; its month, by name; its day, as a number beside the month's name ("13 March", "March 13th") or as "the 13th". */
function undatedParts(value: string, quote: string): string[] {
	const words = foldMarks(quote).toLowerCase();
	return patternsOf(value)
		.filter(({ pattern }) => !pattern.test(words))
		.map(({ part }) => part);
}

interface Sources {
	/** A source's text (headline, standfirst and body), folded, for values with no quote beside them. */
	textOf: (id: string) => string | undefined;
}

/** Walks a record's data beside its schema, proving every stated value and every quoted date. */
function checkStated(record: CheckedRecord, sources: Sources): Problem[] {
	const problems: Problem[] = [];
	const walk = (node: SchemaNode | undefined, value: unknown, path: Path) => {
		if (!node || value === undefined || value === null) return;
		const inner = unwrap(node).node;
		if (inner.def.type === 'array' && Array.isArray(value)) return value.forEach((item, i) => walk(inner.def.element, item, [...path, i]));
		if (inner.def.type !== 'object' || typeof value !== 'object' || Array.isArray(value)) return;
		const o = value as Record<string, unknown>;
		const quote = typeof o.quote === 'string' ? o.quote : undefined;
		const source = o.source as Ref | undefined;
		for (const [key, child] of Object.entries(inner.def.shape ?? {})) {
			const v = o[key];
			const stated = statedOf(child);
			if (stated && typeof v === 'string') {
				const where = quote ? 'its quote' : source ? `source "${source.id}"` : undefined;
				const text = quote !== undefined ? foldMarks(quote) : source ? sources.textOf(source.id) : undefined;
				if (!where) {
					if (!stated.commonUse) problems.push(problemAt(record, [...path, key], `“${v}” says it is a source's words, but no source is given`, 'add the source it is from (source: <id>) and, where there is one, the quote'));
				} else if (text !== undefined && !standsIn(text, v)) {
					problems.push(
						problemAt(
							record,
							[...path, key],
							`“${v}” says it is the source's words, but it is not in ${where} word for word`,
							`copy the words exactly as ${where} has them${inner.def.shape?.reading || inner.def.shape?.durationReading ? '; put the archive’s own wording in the reading beside it' : ''}`,
						),
					);
				}
			}
			// A date taken with a quote must be dated by the quote's own words, or say it was worked out, and how.
			const dated = v as { value?: unknown; precision?: unknown; inferred?: boolean; basis?: string } | undefined;
			if (quote && dated && typeof dated === 'object' && typeof dated.value === 'string' && typeof dated.precision === 'string') {
				const missing = dated.inferred ? [] : undatedParts(dated.value, quote);
				if (dated.inferred && !dated.basis?.trim()) {
					problems.push(problemAt(record, [...path, key, 'inferred'], `the date ${dated.value} is marked inferred, but does not say how the archive worked it out`, 'add its basis: how the date is known, in a few words'));
				} else if (missing.length) {
					problems.push(
						problemAt(
							record,
							[...path, key, 'value'],
							`the ${listText(missing)} of ${dated.value} ${missing.length > 1 ? 'are' : 'is'} not in the quote that dates it`,
							'quote the words that give the date, or mark the date inferred: true with its basis (how the archive worked it out)',
						),
					);
				}
			}
			walk(child, v, [...path, key]);
		}
	};
	walk(schemaNode(record.collection), record.value, []);
	return problems;
}

/** Proves the stated values and quoted dates of every record. */
export function checkStatedValues(records: CheckedRecord[]): Problem[] {
	const texts = new Map<string, string>();
	const byId = new Map(records.filter((r) => r.collection === 'sources').map((r) => [r.id, r]));
	const sources: Sources = {
		textOf: (id) => {
			let text = texts.get(id);
			const record = byId.get(id);
			if (text === undefined && record) texts.set(id, (text = foldMarks([record.value.title, record.value.standfirst ?? '', ...blocksOf(record)].join('\u0000'))));
			return text;
		},
	};
	return records.flatMap((record) => checkStated(record, sources));
}

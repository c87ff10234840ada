import type { Path, Ref } from './refs.ts';
import { wordBoundaries, wordCount } from './words.ts';

/**
 * The fewest words a quote may have. One word ("the", even "Kazakh") is found in nearly any
 * source and shows nothing of what it says; two can be the very words a value rests on ("aged
 * 41", "5,700 people"). Every quote of the archive has at least four ("Reported by Li Pei").
 */
const minQuoteWords = 2;

/** Why a quote is too short to stand as evidence, or undefined when it is long enough. */
export function quoteTooShort(quote: string): string | undefined {
	const words = wordCount(quote);
	return words < minQuoteWords ? `the quote has ${words} word${words === 1 ? '' : 's'}, and a quote needs at least ${minQuoteWords} to show which passage of the source it is` : undefined;
}

/**
 * The first place where `passage` stands in `text` as whole words: it may not begin or end inside
 * a word of the text, so "700 people" is not found in "5,700 people" nor "the" in "other"; -1 when
 * it is nowhere. `boundaries` may be given when many passages are looked for in one text.
 */
export function indexOfWords(text: string, passage: string, boundaries = wordBoundaries(text)): number {
	for (let at = text.indexOf(passage); at !== -1; at = text.indexOf(passage, at + 1)) {
		if (boundaries(at) && boundaries(at + passage.length)) return at;
	}
	return -1;
}

/** Folds runs of white space and no-break spaces, the only liberty a verbatim quote may take. */
export const foldSpace = (text: string) => text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();

/** A stable anchor id for a quoted passage, the same wherever it is computed. */
export function quoteAnchor(text: string): string {
	let hash = 0x811c9dc5;
	for (const ch of foldSpace(text)) {
		hash ^= ch.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `q-${hash.toString(36)}`;
}

/** The white space `foldSpace` folds: JavaScript's `\s`, which includes the no-break spaces. */
const isSpace = (code: number) =>
	(code >= 9 && code <= 13) ||
	code === 32 ||
	code === 0xa0 ||
	code === 0x1680 ||
	(code >= 0x2000 && code <= 0x200a) ||
	code === 0x2028 ||
	code === 0x2029 ||
	code === 0x202f ||
	code === 0x205f ||
	code === 0x3000 ||
	code === 0xfeff;

/** Folds white space and keeps, for every folded character, its offset in the original. */
export function foldWithMap(text: string): { folded: string; map: number[] } {
	const chars: string[] = [];
	const map: number[] = [];
	let space = false;
	for (let i = 0; i < text.length; i++) {
		if (isSpace(text.charCodeAt(i))) {
			space = chars.length > 0;
			continue;
		}
		if (space) {
			chars.push(' ');
			map.push(i - 1);
			space = false;
		}
		chars.push(text[i]);
		map.push(i);
	}
	return { folded: chars.join(''), map };
}

/** Where a passage stands in a text: offsets in the text as written, end exclusive. */
export interface PassageRange {
	/** The passage, white space folded. */
	passage: string;
	start: number;
	end: number;
}

/**
 * Finds passages in a text, allowing only white space to differ and as whole words, as the check
 * finds quotes (`indexOfWords`): the first occurrence of each, in the order the passages are
 * given, with offsets in the text as written so it can be marked. The text is folded once for all
 * the passages.
 */
export function locatePassages(text: string, passages: Iterable<string>): PassageRange[] {
	let folding: ReturnType<typeof foldWithMap> | undefined;
	let boundaries: ((index: number) => boolean) | undefined;
	const found: PassageRange[] = [];
	for (const passage of passages) {
		const needle = foldSpace(passage);
		if (!needle) continue;
		folding ??= foldWithMap(text);
		boundaries ??= wordBoundaries(folding.folded);
		const at = indexOfWords(folding.folded, needle, boundaries);
		if (at !== -1) found.push({ passage: needle, start: folding.map[at], end: folding.map[at + needle.length - 1] + 1 });
	}
	return found;
}

/** A passage a record quotes: its words, the source it is from, and where in the record it stands. */
export interface QuotedPassage {
	text: string;
	source: string;
	path: Path;
}

/** Every quoted passage in a record's data: `quote` beside a `source`, and `text` in `quotes` lists. */
export function quotesOf(value: unknown, path: Path = []): QuotedPassage[] {
	if (Array.isArray(value)) return value.flatMap((v, i) => quotesOf(v, [...path, i]));
	if (!value || typeof value !== 'object') return [];
	const o = value as Record<string, unknown>;
	const found: QuotedPassage[] = [];
	const source = o.source as Ref | undefined;
	if (source?.collection === 'sources') {
		if (typeof o.quote === 'string') found.push({ text: o.quote, source: source.id, path: [...path, 'quote'] });
		if (typeof o.text === 'string' && path.at(-2) === 'quotes') found.push({ text: o.text, source: source.id, path: [...path, 'text'] });
	}
	for (const [k, v] of Object.entries(o)) if (k !== 'source') found.push(...quotesOf(v, [...path, k]));
	return found;
}

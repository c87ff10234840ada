import { decodeHTML } from 'entities';
import { plainLetters } from './fold.ts';
import { escapeRegExp } from './regexp.ts';

/**
 * The one matcher for withheld values: redaction, the check, the capture decision and the final
 * scan of the built site all find withheld names and locations with it. It reads a text as a
 * reader would see it and compares words, so a value is found whatever a reader would not
 * notice as different:
 *
 * - case, accents and Unicode forms (`ü`, `u` + combining diaeresis, full-width letters);
 * - invisible characters inside a word (soft hyphen, zero-width space and joiners, word joiner,
 *   variation selectors, bidi controls);
 * - Latin look-alikes from Cyrillic and Greek (`е` for `e`);
 * - HTML entities (`&nbsp;`, `&#83;`) and percent-encoding (`%20`), as a browser decodes them;
 * - white space, punctuation and markup between the words (`**first** last`, `<b>first</b> last`,
 *   `first-last` in an address), and values in attributes (`alt`, `title`, `href`).
 *
 * It matches whole words: a withheld "Dina" is not found in "Dinara", and a one-word value is
 * not found as part of a hyphenated name ("Nur" in "Nur-Sultan").
 */

/** One word of a text as the matcher reads it, and where it stands in the text as written. */
interface Token {
	word: string;
	start: number;
	end: number;
	/** A tag's or an attribute's name: skipped when it stands between the words of a value. */
	markup: boolean;
	/** Joined to the word before (or after) it by a hyphen: part of a compound name. */
	joinedBefore: boolean;
	joinedAfter: boolean;
}

/** Characters a reader does not see: they join the letters around them. */
const invisible = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udfff]/;

/** Cyrillic and Greek letters a reader takes for Latin ones (lower case). */
const lookAlikes: Record<string, string> = {
	а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ӏ: 'l', һ: 'h', ԛ: 'q', ԝ: 'w',
	α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};

const entity = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});?/iy;
const percent = /(?:%[0-9a-f]{2})+/iy;
const tagStart = /<\/?[a-z!?]/iy;
const letterOrDigit = /[\p{L}\p{N}]/u;
/** Text that needs none of the slow path: plain ASCII with nothing to decode. */
const plain = /^[\t\n\r\x20-\x24\x27-\x3b\x3d\x3f-\x7e]*$/;

const folds = new Map<string, string>();
/** Folds one character as the matcher compares it: letters and digits, or '' for one that joins, or ' ' for a separator. */
function foldChar(c: string): string {
	let out = folds.get(c);
	if (out !== undefined) return out;
	out = '';
	if (!invisible.test(c)) {
		// A lone combining mark folds to nothing: it belongs to the letter before it.
		for (const f of plainLetters(c).toLowerCase()) out += lookAlikes[f] ?? (letterOrDigit.test(f) ? f : ' ');
	}
	if (folds.size < 10_000) folds.set(c, out);
	return out;
}

/** Decodes the percent-encoded bytes of an address, or undefined when they are not UTF-8. */
function decodePercent(run: string): string | undefined {
	try {
		return decodeURIComponent(run);
	} catch {
		return undefined;
	}
}

const isHyphen = (c: string | undefined) => c === '-' || c === '\u2010' || c === '\u2011';

/** What `readWords` decodes or folds beyond case: an entity, a run of percent-encoded bytes, a character outside ASCII. */
const beyondAscii = new RegExp(`${entity.source}|${percent.source}|[\\ud800-\\udbff][\\udc00-\\udfff]|[^\\x00-\\x7f]`, 'gi');
/**
 * What a built page is full of and reads as a separator: typographic punctuation and spaces,
 * and the entities HTML writes quote marks, apostrophes, ampersands and angle brackets as.
 */
const separators = /[\u00a0\u00ab\u00b7\u00bb\u2002-\u200a\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2192\u2190]|&(?:#39|#x27|#34|quot|amp|lt|gt|nbsp);/g;
const needsFolding = /[^\x00-\x7f]|&[#a-z]|%[0-9a-f]{2}/i;

/**
 * A text's letters and digits as `readWords` reads them, in one string: its words are the runs
 * of letters and digits. Made in a few passes over the whole text instead of a token at a time,
 * to rule out quickly the texts, nearly all, that cannot hold a withheld value.
 */
function foldedText(text: string): string {
	const spaced = text.replace(separators, ' ');
	if (!needsFolding.test(spaced)) return spaced.toLowerCase();
	return spaced
		.replace(beyondAscii, (found) => {
			const decoded = found[0] === '&' ? decodeHTML(found) : found[0] === '%' ? (decodePercent(found) ?? found) : found;
			let out = '';
			for (const c of decoded) out += foldChar(c);
			return out;
		})
		.toLowerCase();
}

/** The words of a text as a reader would read it, each with its span in the text as written. */
export function readWords(text: string): Token[] {
	const tokens: Token[] = [];
	const push = (word: string, start: number, end: number, markup: boolean) => tokens.push({ word, start, end, markup, joinedBefore: false, joinedAfter: false });
	if (plain.test(text)) {
		// The common case, kept fast: nothing to decode, no tag, nothing to fold but case.
		for (const m of text.matchAll(/[A-Za-z0-9]+/g)) push(m[0].toLowerCase(), m.index, m.index + m[0].length, false);
	} else {
		let word = '';
		let start = 0;
		let end = 0;
		let state: 'text' | 'tag' | 'quoted' = 'text';
		let quote = '';
		const close = () => {
			if (word) push(word, start, end, state === 'tag');
			word = '';
		};
		/** Adds what a span of the text reads as. */
		const take = (chars: string, from: number, to: number) => {
			for (const c of chars) {
				for (const f of foldChar(c)) {
					if (f === ' ') {
						close();
						continue;
					}
					if (!word) start = from;
					word += f;
				}
				// An invisible character or a mark inside a word belongs to it.
				if (word) end = to;
			}
		};
		for (let i = 0; i < text.length; ) {
			const c = text[i];
			const at = (pattern: RegExp) => ((pattern.lastIndex = i), pattern.test(text));
			if (state === 'text' && c === '<' && at(tagStart)) {
				close();
				state = 'tag';
				i++;
			} else if ((state === 'tag' && (c === '>' || c === '"' || c === "'")) || (state === 'quoted' && c === quote)) {
				close();
				if (state === 'quoted') state = 'tag';
				else if (c === '>') state = 'text';
				else ((state = 'quoted'), (quote = c));
				i++;
			} else if (c === '&' && at(entity)) {
				take(decodeHTML(text.slice(i, entity.lastIndex)), i, entity.lastIndex);
				i = entity.lastIndex;
			} else if (c === '%' && at(percent) && decodePercent(text.slice(i, percent.lastIndex)) !== undefined) {
				take(decodePercent(text.slice(i, percent.lastIndex))!, i, percent.lastIndex);
				i = percent.lastIndex;
			} else {
				const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
				take(text.slice(i, i + width), i, i + width);
				i += width;
			}
		}
		close();
	}
	// Words joined by a hyphen, as in "Nur-Sultan", make one name.
	for (let t = 1; t < tokens.length; t++) {
		if (tokens[t].start === tokens[t - 1].end + 1 && isHyphen(text[tokens[t - 1].end])) tokens[t - 1].joinedAfter = tokens[t].joinedBefore = true;
	}
	return tokens;
}

/** The words of a withheld value, as the matcher compares them. */
const valueWords = (value: string) => readWords(value).map((t) => t.word);

/** Where a withheld value stands in a text: its span as written. */
export interface Occurrence {
	value: string;
	start: number;
	end: number;
}

/** At most this many tag or attribute names may stand between two words of a value. */
const maxMarkupBetween = 16;

/** Finds withheld values in texts; made once for a list of values. */
export function createWithheldMatcher(values: readonly string[]) {
	// Values by their first word, longest first, so a full name is found before a part of it.
	const byFirst = new Map<string, { value: string; words: string[] }[]>();
	for (const value of values) {
		const words = valueWords(value);
		if (!words.length) continue;
		const list = byFirst.get(words[0]) ?? [];
		list.push({ value, words });
		byFirst.set(words[0], list);
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

	// A text can hold a value only if it holds each of the value's words, as a whole word. Its
	// telling words (its two longest, any other of five letters or more, any number) are looked
	// for, all at once, in the text folded in a few passes (short words are in almost every
	// text); only a text that has all of them for some value is read a word at a time. After
	// folding, every character outside ASCII is a letter or a digit.
	const wanted = [...byFirst.values()].flat().map(({ words }) => {
		const longest = [...new Set(words)].sort((a, b) => b.length - a.length);
		return longest.filter((w, i) => i < 2 || w.length >= 5 || (w.length >= 3 && /\d/.test(w)));
	});
	const looked = new RegExp(`(?<![a-z0-9\\u0080-\\uffff])(?:${[...new Set(wanted.flat())].map(escapeRegExp).join('|')})(?![a-z0-9\\u0080-\\uffff])`, 'g');
	const mayHold = (text: string) => {
		const found = new Set<string>();
		for (const [word] of foldedText(text).matchAll(looked)) found.add(word);
		return found.size > 0 && wanted.some((words) => words.every((w) => found.has(w)));
	};

	/** Every occurrence of a withheld value in a text, left to right, none overlapping. */
	const occurrences = (text: string): Occurrence[] => {
		if (!byFirst.size || !mayHold(text)) return [];
		const tokens = readWords(text);
		const found: Occurrence[] = [];
		for (let i = 0; i < tokens.length; i++) {
			const candidates = byFirst.get(tokens[i].word);
			if (!candidates) continue;
			for (const { value, words } of candidates) {
				let j = i + 1;
				let k = 1;
				let skipped = 0;
				while (k < words.length && j < tokens.length && skipped <= maxMarkupBetween) {
					if (tokens[j].word === words[k]) ((k += 1), (j += 1), (skipped = 0));
					else if (tokens[j].markup) ((j += 1), (skipped += 1));
					else break;
				}
				if (k < words.length) continue;
				const first = tokens[i];
				const last = tokens[j - 1];
				// A one-word value is a name of its own, not a part of a hyphenated one.
				if (words.length === 1 && (first.joinedBefore || first.joinedAfter)) continue;
				found.push({ value, start: first.start, end: last.end });
				i = j - 1;
				break;
			}
		}
		return found;
	};
	return {
		occurrences,
		/** The withheld values a text contains. */
		valuesIn: (text: string) => [...new Set(occurrences(text).map((o) => o.value))],
	};
}

import { plainLetters } from './fold.ts';

/**
 * Searching the texts of accounts and sources (Pagefind) honestly: the query's words, every one
 * of which a text must contain; a check that it does (Pagefind drops a word no page has, and
 * matches the beginning of a word down to a letter or two); and an excerpt of the text around
 * the words. Runs in the browser; pure.
 */

/** A word of one or two letters begins too many words to be searched for in texts. */
const minTextWord = 3;

const letters = (word: string) => word.replace(/[^\p{L}\p{N}]/gu, '').length;

/** Lower case, without accents, with one kind of apostrophe: how a text and a query are compared. */
const normal = (text: string) => plainLetters(text.toLowerCase()).replace(/[’`ʼ]/g, "'");

/** The words of a query to search the texts for, once each, and those too short to search for. */
export function textWords(query: string): { words: string[]; short: string[] } {
	const all = query
		.split(/\s+/)
		.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter(Boolean);
	const seen = new Set<string>();
	const unique = all.filter((w) => !seen.has(normal(w)) && seen.add(normal(w)));
	return { words: unique.filter((w) => letters(w) >= minTextWord), short: unique.filter((w) => letters(w) < minTextWord) };
}

/** What a word of the text must begin with: the query word without an English ending (camps → camp, detained → detain), as Pagefind's stemming allows. */
function stem(word: string) {
	const w = normal(word);
	for (const ending of ['ing', 'ies', 'ed', 'es', 's']) if (w.endsWith(ending) && letters(w) - ending.length >= minTextWord) return w.slice(0, -ending.length);
	return w;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startOfWord = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(stem(word))}`, 'u');

/** The query's words a text does not contain (as the beginning of one of its words, after the word's ending is taken off). */
export function missingWords(text: string, words: readonly string[]): string[] {
	const t = normal(text);
	return words.filter((w) => !startOfWord(w).test(t));
}

/** A stretch of an excerpt: text, and whether it is one of the query's words. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

/**
 * About `length` words of a text around the first of the query's words it contains, each of
 * them marked; `…` where the text goes on.
 */
export function excerptOf(text: string, words: readonly string[], length = 30): ExcerptPart[] {
	const tokens = text.split(/\s+/).filter(Boolean);
	const patterns = words.map(startOfWord);
	const marked = tokens.map((token) => patterns.some((p) => p.test(normal(token))));
	const first = Math.max(0, marked.indexOf(true));
	const start = Math.max(0, Math.min(first - Math.floor(length / 4), tokens.length - length));
	const end = Math.min(tokens.length, start + length);
	const parts: ExcerptPart[] = [];
	const push = (text: string, mark: boolean) => {
		if (!text) return;
		const last = parts.at(-1);
		if (last && last.mark === mark) last.text += text;
		else parts.push({ text, mark });
	};
	if (start > 0) push('… ', false);
	for (let i = start; i < end; i++) {
		if (i > start) push(' ', false);
		// The word is marked, not the quotation marks or the comma around it.
		const [, before, word, after] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(tokens[i])!;
		push(before, false);
		push(word, marked[i]);
		push(after, false);
	}
	if (end < tokens.length) push(' …', false);
	return parts;
}

import { excerptOf, missingWords, textWords, type ExcerptPart } from '../core/text-search.ts';

/**
 * The texts of accounts and sources, searched with Pagefind: loaded only when a reader asks for
 * texts, filters them, or types something that is no name. Every result is checked to contain
 * every word (Pagefind drops a word no page has, and matches a word's first letters down to one
 * or two), and its excerpt is made here, around the words, from the page's text.
 */

interface PagefindData {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}
interface Pagefind {
	options: (o: object) => Promise<void>;
	search: (q: string | null, o?: object) => Promise<{ results: { data: () => Promise<PagefindData> }[] } | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface TextHit {
	url: string;
	title: string;
	kind: string;
	/** What the account describes, where it warns of it ("torture and death"). */
	warning?: string;
	excerpt: ExcerptPart[];
	/** Words of the query the text does not contain (only when no text contains them all). */
	lacks: string[];
}

/**
 * - `found`: texts that contain every word (`more` reads the next ones);
 * - `absent`: `missing` words are in no text at all;
 * - `apart`: every word is in some text, but no text has them all; `results` are the nearest;
 * - `empty`: nothing matches the filters, or no word is long enough to search for.
 */
export interface TextAnswer {
	status: 'found' | 'absent' | 'apart' | 'empty';
	words: string[];
	/** Words of one or two letters, left out. */
	short: string[];
	missing: string[];
	results: TextHit[];
	more?: () => Promise<TextHit[]>;
}

/** Results read at a time: each is a file of its own, the whole text of its page. */
const pageSize = 5;

export function textSearch(base: string) {
	let loaded: Promise<Pagefind> | undefined;
	const load = () =>
		(loaded ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(
			async (pf) => {
				// In the page itself rather than a worker: the worker is one more script to download
				// for a search that runs once a query, and the page has nothing else to do meanwhile.
				await pf.options({ baseUrl: base, noWorker: true });
				return pf;
			},
			(error) => {
				// Tried again next time (the network), or for good said so (a build without its text index).
				loaded = undefined;
				throw error;
			},
		));

	function hitOf(d: PagefindData, words: readonly string[]): TextHit {
		const title = d.meta.title ?? d.url;
		// The page's text begins with its title, which the result shows already.
		const body = d.content.startsWith(title) ? d.content.slice(title.length).replace(/^[\s.]+/, '') : d.content;
		return { url: d.url, title, kind: d.filters.kind?.[0] ?? '', warning: d.meta.warning, excerpt: excerptOf(body, words), lacks: missingWords(d.content, words) };
	}

	/** Whether any text contains the word: Pagefind finds something for it, and what it finds has it. */
	async function inSomeText(pf: Pagefind, word: string) {
		const first = (await pf.search(word))?.results[0];
		return !!first && !missingWords((await first.data()).content, [word]).length;
	}

	async function search(query: string, filters: Record<string, string>): Promise<TextAnswer> {
		const { words, short } = textWords(query);
		const answer = (status: TextAnswer['status'], results: TextHit[] = [], missing: string[] = [], more?: TextAnswer['more']): TextAnswer => ({ status, words, short, missing, results, more });
		if (!words.length && !Object.keys(filters).length) return answer('empty');
		const pf = await load();
		const found = (await pf.search(words.length ? words.join(' ') : null, { filters }))?.results ?? [];
		let next = 0;
		let read: TextHit[] = [];
		/** The next texts that contain every word, reading a few results past those that do not. */
		const more = async () => {
			const hits: TextHit[] = [];
			read = [];
			while (hits.length < pageSize && next < found.length) {
				const batch = found.slice(next, next + pageSize - hits.length);
				next += batch.length;
				for (const d of await Promise.all(batch.map((r) => r.data()))) {
					const hit = hitOf(d, words);
					read.push(hit);
					if (!hit.lacks.length) hits.push(hit);
				}
				if (!hits.length) break;
			}
			return hits;
		};
		const first = await more();
		if (first.length) return answer('found', first, [], next < found.length ? more : undefined);
		// No text read has every word: find out which words are in no text at all.
		const missing: string[] = [];
		for (const word of words) if (!(await inSomeText(pf, word))) missing.push(word);
		if (missing.length) return answer('absent', [], missing);
		return answer(read.length ? 'apart' : 'empty', read);
	}

	/** The values of each filter, for the filter lists. */
	const filterValues = async () => (await load()).filters();

	return { search, filterValues };
}

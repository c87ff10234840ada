import { distance } from 'fastest-levenshtein';
import { searchKeys } from './fold.ts';

/**
 * Name search: what the name index holds and how a query meets a name. This module runs in
 * the browser (the search page, the header's search box) as well as at build time, so it
 * imports nothing but the folding rules
 * and an edit distance.
 *
 * The index (made by `nameIndex`, `core/views/name-index.ts`) is a tree of small files. A
 * leaf holds a run of keys in sorted order: the folded words of every name and spelling, and
 * each spelling's words run together ("Ata Jurt" → "atajurt"). Each key lists the records that
 * have it (the first `perKey` of them, and how many there are). Nodes above the leaves hold
 * the first letters at which each child starts, so the leaf of any key is found from the root
 * in a file or two, however large the archive is.
 */

/** The kinds of record the name index holds, in the order their number is stored. */
export const nameKinds = ['people', 'camps', 'places', 'organizations'] as const;
export type NameKind = (typeof nameKinds)[number];

/**
 * A record as a leaf stores it: its kind (an index into `nameKinds`), id, name and other
 * spellings, a line saying what it is, whether the sources name it (0 when they only describe
 * it), and — in a leaf that holds one of its whole names — how many accounts involve it and
 * the first few of them as [id, title].
 */
export type IndexedRecord = [kind: number, id: string, names: string[], summary: string, named: 0 | 1, accounts?: number, first?: [id: string, title: string][]];

/** A key of a leaf: the key, how many records have it, and the rows (in `r`) of the first `perKey` of them, best first. */
export type IndexedKey = [key: string, count: number, ...rows: number[]];

export interface NameLeaf {
	r: IndexedRecord[];
	k: IndexedKey[];
}

/** A node: child `c[i]` holds the keys from separator `s[i - 1]` up to (not including) `s[i]`. */
export interface NameNode {
	s: string[];
	c: string[];
	/** Whether the children are leaves. */
	leaves: boolean;
}

/** The root file, `search/names/root.json`: the top node, and the version of the format. */
export interface NameRoot extends NameNode {
	v: 1;
}

/** Where the index is published, under the site's base path. */
export const nameIndexFolder = 'search/names/';
export const nameIndexRoot = 'root';

/** The words of a query or name after folding, and the words run together (its search keys). */
export function nameForm(text: string): { words: string[]; joined: string } {
	const [folded = '', joined = folded] = searchKeys(text);
	return { words: folded ? folded.split(' ') : [], joined };
}

/**
 * A guard for withheld names: the withheld value (`archive.withheldValues`) a name reads as once
 * folded for search, if any. Redaction (`core/withhold.ts`) replaces every form of a withheld
 * name a reader would recognise, word by word; search folds further (transliterations, words
 * run together), so a name such as "SecretnameHiddenova", which redaction leaves, would be the
 * very key of the withheld "Secretname Hiddenova": a search for it would find that record. The
 * check refuses such a name; the name index is never made with one.
 */
export function withheldNameReader(values: readonly string[]): (name: string) => string | undefined {
	const keys = new Map(values.map((value) => [nameForm(value).joined, value]));
	keys.delete('');
	return (name) => {
		if (!keys.size) return undefined;
		// Any run of the name's words, run together: "Secret Name Hiddenova", "Secretname-Hiddenova", "SecretnameHiddenova".
		const { words } = nameForm(name);
		for (let i = 0; i < words.length; i++) {
			let run = '';
			for (let j = i; j < words.length; j++) if (keys.has((run += words[j]))) return keys.get(run);
		}
		return undefined;
	};
}

/** Keys shorter than this are never looked up as the beginning of a longer name. */
export const minPrefix = 3;

/**
 * Words of the descriptions some records go by ("Camp in the town of Zhanakala", "Brother of …
 * (not named)") that are no one's name: they are not keys of the index, so a query of them alone
 * finds no name, and a query is never looked up by them. They still have to match: "Camp in
 * Zhanakala" is not "Camp at Zhanakala".
 */
export const notNameWords = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'near', 'not', 'named', 'of', 'on', 'the', 'to', 'where', 'with']);

/**
 * How a query meets one of a record's names:
 * - `exact`: the query is the whole name, in any folded spelling or spacing;
 * - `words`: every word of the query is a whole word of the name (a surname alone);
 * - `prefix`: the query is the beginning of the name, or each word of it the beginning of a
 *   word of it ("Sayragul Sauyt", "Ser Bil"): someone still typing. A prefix is not a match.
 * `words` counts the words of the best matching name: a short name beats a description.
 */
export type MatchLevel = 'exact' | 'words' | 'prefix' | 'none';
const levels: readonly MatchLevel[] = ['exact', 'words', 'prefix', 'none'];

export function nameMatch(query: string, names: readonly string[]): { level: MatchLevel; words: number } {
	const q = nameForm(query);
	let best: { level: MatchLevel; words: number } = { level: 'none', words: 0 };
	if (!q.joined) return best;
	for (const name of names) {
		const n = nameForm(name);
		const level: MatchLevel =
			n.joined === q.joined
				? 'exact'
				: q.words.every((w) => n.words.includes(w))
					? 'words'
					: q.joined.length >= minPrefix && (n.joined.startsWith(q.joined) || q.words.every((w) => n.words.some((x) => x.startsWith(w))))
						? 'prefix'
						: 'none';
		const better = levels.indexOf(level) - levels.indexOf(best.level) || n.words.length - best.words;
		if (level !== 'none' && (best.level === 'none' || better < 0)) best = { level, words: n.words.length };
	}
	return best;
}

/**
 * The known names nearest to a query that matched none, by edit distance between folded
 * forms (whole names run together, and single words), leaving out those too far to be a
 * misspelling.
 */
export function closestNames<T extends { names: readonly string[] }>(query: string, records: readonly T[], count = 5): T[] {
	const { joined } = nameForm(query);
	if (joined.length < minPrefix) return [];
	const limit = Math.max(1, Math.floor(joined.length / 3));
	return records
		.map((record) => ({
			record,
			d: Math.min(
				...record.names.flatMap((name) => {
					const n = nameForm(name);
					return [n.joined, ...n.words].map((k) => distance(joined, k));
				}),
			),
		}))
		.filter(({ d }) => d <= limit)
		.sort((a, b) => a.d - b.d)
		.slice(0, count)
		.map(({ record }) => record);
}

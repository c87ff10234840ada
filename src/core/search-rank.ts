import { distance } from 'fastest-levenshtein';
import { foldForSearch } from './fold.ts';

/** One search result as the search page knows it. */
export interface Hit {
	url: string;
	title: string;
	/** Record kind, as filed in the search index: Person, Camp, Place, Organisation, Testimony, Source. */
	kind: string;
	/** Folded name keys of the record, or of the names an account involves. */
	keys: string[];
	/** Pagefind's relevance score. */
	score: number;
}

const entityKinds = new Set(['Person', 'Camp', 'Place', 'Organisation']);

/**
 * How well a result's names match a query: `exact` when a whole name folds to the query,
 * `words` when every word of the query begins a word of one name; `length` is the number
 * of words of the best matching name (a short name is a better match than a description).
 */
export function nameMatch(query: string, keys: readonly string[]): { level: 'exact' | 'words' | 'none'; length: number } {
	const folded = foldForSearch(query);
	if (!folded) return { level: 'none', length: 0 };
	const joined = folded.replace(/ /g, '');
	const exact = keys.filter((k) => k === folded || k === joined);
	if (exact.length) return { level: 'exact', length: Math.min(...exact.map((k) => k.split(' ').length)) };
	const queryWords = folded.split(' ');
	const matching = keys.filter((k) => {
		const words = k.split(' ');
		return queryWords.every((q) => words.some((w) => w.startsWith(q))) || (words.length === 1 && k.startsWith(joined));
	});
	if (matching.length) return { level: 'words', length: Math.min(...matching.map((k) => k.split(' ').length)) };
	return { level: 'none', length: 0 };
}

/**
 * Orders results so that a person's, camp's, place's or organisation's own page comes
 * first when the query is its name (in any folded spelling), then the accounts that
 * involve it, then records described by the name (such as a house arrest named after a
 * person), then everything else by relevance.
 */
export function rankHits(query: string, hits: readonly Hit[]): Hit[] {
	const queryWords = foldForSearch(query).split(' ').length;
	const tier = (hit: Hit) => {
		const match = nameMatch(query, hit.keys);
		const entity = entityKinds.has(hit.kind);
		if (entity && match.level === 'exact') return 0;
		if (entity && match.level === 'words' && match.length <= queryWords + 1) return 1;
		if (hit.kind === 'Testimony' && match.level !== 'none') return 2;
		if (entity && match.level === 'words') return 3;
		return 4;
	};
	return hits
		.map((hit) => ({ hit, tier: tier(hit) }))
		.sort((a, b) => a.tier - b.tier || (a.tier !== 2 && a.tier !== 4 ? a.hit.title.length - b.hit.title.length : 0) || b.hit.score - a.hit.score)
		.map(({ hit }) => hit);
}

/** Merges result lists of several queries, keeping each page once with its best score. */
export function mergeHits(lists: readonly (readonly Hit[])[]): Hit[] {
	const byUrl = new Map<string, Hit>();
	for (const hit of lists.flat()) {
		const seen = byUrl.get(hit.url);
		if (!seen || seen.score < hit.score) byUrl.set(hit.url, hit);
	}
	return [...byUrl.values()];
}

/**
 * The known names nearest to a query that found nothing, by edit distance between folded
 * forms (whole names and single words), leaving out those too far to be a misspelling.
 */
export function closestNames<T extends { keys: string[] }>(query: string, names: readonly T[], count = 5): T[] {
	const folded = foldForSearch(query).replace(/ /g, '');
	if (folded.length < 3) return [];
	const limit = Math.max(1, Math.floor(folded.length / 3));
	return names
		.map((n) => ({ n, d: Math.min(...n.keys.flatMap((k) => [k.replace(/ /g, ''), ...k.split(' ')]).map((k) => distance(folded, k))) }))
		.filter(({ d }) => d <= limit)
		.sort((a, b) => a.d - b.d)
		.slice(0, count)
		.map(({ n }) => n);
}

import { distance } from 'fastest-levenshtein';

/** The candidates nearest to a word, nearest first, leaving out those too far to be a typo. */
export function closest(word: string, candidates: readonly string[], count: number): string[] {
	return candidates
		.map((c) => ({ c, d: distance(word, c) }))
		.filter(({ c, d }) => d <= Math.max(2, Math.floor(Math.max(word.length, c.length) / 3)))
		.sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
		.slice(0, count)
		.map(({ c }) => c);
}

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length];
}

/** The candidates nearest to a word, nearest first, leaving out those too far to be a typo. */
export function closest(word: string, candidates: readonly string[], count: number): string[] {
	return candidates
		.map((c) => ({ c, d: editDistance(word, c) }))
		.filter(({ c, d }) => d <= Math.max(2, Math.floor(Math.max(word.length, c.length) / 3)))
		.sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
		.slice(0, count)
		.map(({ c }) => c);
}

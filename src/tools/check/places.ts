import { problemAt, type CheckedRecord, type Problem } from './problems.ts';

/**
 * Reports places that lie in themselves, directly (`partOf` is their own id) or through others
 * (a district in a city in that district): once for each such circle, at the first of its places
 * the check reads, naming every place in it.
 */
export function checkPlaceCycles(records: CheckedRecord[]): Problem[] {
	const places = new Map(records.filter((r) => r.collection === 'places').map((r) => [r.id, r]));
	const partOf = (id: string) => (places.get(id)?.value.partOf as { id: string } | undefined)?.id;
	const reported = new Set<string>();
	const problems: Problem[] = [];
	for (const [id, record] of places) {
		// Walk up from the place; a place met twice closes a circle, which holds the place only if it is the one met again.
		const chain: string[] = [];
		const seen = new Set<string>();
		for (let at: string | undefined = id; at !== undefined && !seen.has(at); at = partOf(at)) {
			seen.add(at);
			chain.push(at);
		}
		const last = partOf(chain.at(-1)!);
		if (last !== id || chain.some((p) => reported.has(p))) continue;
		for (const p of chain) reported.add(p);
		problems.push(
			problemAt(
				record,
				['partOf'],
				chain.length === 1 ? `the place lies in itself: its partOf is its own id, "${id}"` : `the place lies in itself, through others: ${[...chain, id].join(' → ')}`,
				'correct partOf: a place lies in a larger place, never in itself or in a place that lies in it',
			),
		);
	}
	return problems;
}

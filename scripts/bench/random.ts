/** A small seeded random number generator (mulberry32): the same seed gives the same archive. */
export function createRandom(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	/** An integer from `min` to `max`, both included. */
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
	/** An index below `n`, low indexes more likely: a few camps and villages get most of the accounts. */
	const skewed = (n: number, power = 2) => Math.min(n - 1, Math.floor(n * next() ** power));
	const chance = (p: number) => next() < p;
	/** `count` distinct items of `list`, in list order. */
	const sample = <T>(list: readonly T[], count: number): T[] => {
		const chosen = new Set<number>();
		while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(next() * list.length));
		return [...chosen].sort((a, b) => a - b).map((i) => list[i]);
	};
	return { next, int, pick, skewed, chance, sample };
}
export type Random = ReturnType<typeof createRandom>;

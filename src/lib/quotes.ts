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

export interface QuoteLocation {
	block: number;
	/** Offsets in the block's own (unfolded) text. */
	start: number;
	end: number;
}

/**
 * Finds a quote inside one block of text, allowing only white space to differ.
 * Returns offsets in the original block so the passage can be highlighted.
 */
export function locateQuote(blocks: readonly string[], quote: string): QuoteLocation | undefined {
	const needle = foldSpace(quote);
	if (!needle) return undefined;
	for (let block = 0; block < blocks.length; block++) {
		const { folded, map } = foldWithMap(blocks[block]);
		const at = folded.indexOf(needle);
		if (at !== -1) return { block, start: map[at], end: map[at + needle.length - 1] + 1 };
	}
	return undefined;
}

/** Folds white space and keeps, for every folded character, its offset in the original. */
export function foldWithMap(text: string): { folded: string; map: number[] } {
	let folded = '';
	const map: number[] = [];
	let space = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (/[\s\u00a0\u2007\u202f]/.test(ch)) {
			space = folded.length > 0;
			continue;
		}
		if (space) {
			folded += ' ';
			map.push(i - 1);
			space = false;
		}
		folded += ch;
		map.push(i);
	}
	return { folded, map };
}

const words = (text: string) => foldSpace(text).split(' ');

/**
 * The passage of the source nearest to a quote that was not found, and the words that
 * differ, so an archivist can see what was mistyped.
 */
export function closestPassage(blocks: readonly string[], quote: string): { passage: string; differences: string[] } | undefined {
	const q = words(quote);
	if (!q.length) return undefined;
	let best: { score: number; passage: string[]; } | undefined;
	for (const block of blocks) {
		const w = words(block);
		for (let i = 0; i + Math.min(q.length, w.length) <= w.length; i++) {
			const window = w.slice(i, i + q.length);
			let score = 0;
			window.forEach((word, k) => (score += word === q[k] ? 1 : 0));
			if (!best || score > best.score) best = { score, passage: window };
		}
	}
	if (!best || best.score === 0) return undefined;
	const differences: string[] = [];
	q.forEach((word, k) => {
		const theirs = best!.passage[k];
		if (theirs !== word) differences.push(theirs === undefined ? `“${word}” is not in the source` : `the source has “${theirs}” where the quote has “${word}”`);
	});
	return { passage: best.passage.join(' '), differences };
}

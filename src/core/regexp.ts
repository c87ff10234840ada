/** Escapes text for use inside a regular expression, so it matches literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface TrieNode {
	next: Map<string, TrieNode>;
	end: boolean;
}

/**
 * A group that matches any of `words`, written as a tree of their shared beginnings
 * ("kilo(?:metres|grams)" rather than "kilometres|kilograms"): a regular expression tries the
 * alternatives of a flat list one by one at every position of a text, so its cost grows with
 * the number of words; the tree's grows with their length.
 */
export function alternation(words: readonly string[]): string {
	const root: TrieNode = { next: new Map(), end: false };
	for (const word of words) {
		let node = root;
		for (const char of word) {
			let child = node.next.get(char);
			if (!child) node.next.set(char, (child = { next: new Map(), end: false }));
			node = child;
		}
		node.end = true;
	}
	const write = (node: TrieNode): string => {
		const branches = [...node.next].map(([char, child]) => escapeRegExp(char) + write(child));
		if (!branches.length) return '';
		if (branches.length === 1 && !node.end) return branches[0];
		// A word that ends here may also go on: the longer reading is tried first.
		return `(?:${branches.join('|')})${node.end ? '?' : ''}`;
	};
	return words.length ? `(?:${write(root)})` : '(?!)';
}

import type { Element, ElementContent, Root, Text } from 'hast';

/** Elements whose text is one block for quoting and linking. */
const blockTags = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'dd', 'dt']);

/** Calls `fn` on every innermost block element (one that holds no other block). */
export function eachBlock(tree: Root | Element, fn: (block: Element) => void) {
	for (const child of tree.children) {
		if (child.type !== 'element') continue;
		const nested = child.children.some((c) => c.type === 'element' && (blockTags.has(c.tagName) || c.tagName === 'ul' || c.tagName === 'ol'));
		if (blockTags.has(child.tagName) && !nested) fn(child);
		else eachBlock(child, fn);
	}
}

interface TextRun {
	node: Text;
	parent: Element;
	start: number;
	end: number;
	/** Tag names of the elements between the block and this text. */
	inside: string[];
}

function textRuns(block: Element): TextRun[] {
	const runs: TextRun[] = [];
	let offset = 0;
	const walk = (el: Element, inside: string[]) => {
		for (const child of el.children) {
			if (child.type === 'text') {
				runs.push({ node: child, parent: el, start: offset, end: offset + child.value.length, inside });
				offset += child.value.length;
			} else if (child.type === 'element') {
				walk(child, [...inside, child.tagName]);
			}
		}
	};
	walk(block, []);
	return runs;
}

/**
 * Wraps the text between two offsets of a block in new elements, one per text node the
 * range crosses (so markup inside the range is kept). `make` builds each wrapper; `first`
 * tells it whether the piece opens the range. Returns false where `allow` refuses a piece.
 */
export function wrapRange(
	block: Element,
	start: number,
	end: number,
	make: (children: ElementContent[], first: boolean) => Element,
	allow: (run: { inside: string[] }) => boolean = () => true,
): boolean {
	const runs = textRuns(block).filter((r) => r.end > start && r.start < end);
	if (!runs.length || !runs.every(allow)) return false;
	runs.forEach((run, i) => {
		const from = Math.max(start, run.start) - run.start;
		const to = Math.min(end, run.end) - run.start;
		const value = run.node.value;
		const pieces: ElementContent[] = [];
		if (from > 0) pieces.push({ type: 'text', value: value.slice(0, from) });
		pieces.push(make([{ type: 'text', value: value.slice(from, to) }], i === 0));
		if (to < value.length) pieces.push({ type: 'text', value: value.slice(to) });
		const at = run.parent.children.indexOf(run.node);
		run.parent.children.splice(at, 1, ...pieces);
	});
	return true;
}

import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

/**
 * The plain text of each block (paragraph, heading, list item, table cell, quote) of a
 * Markdown document, as a reader sees it once rendered: escapes and markup removed.
 * Quotes are verified against these blocks, and highlighted in the same blocks.
 */
export function markdownBlocks(markdown: string): string[] {
	const tree = parser.parse(markdown) as Root;
	const blocks: string[] = [];
	const visit = (node: RootContent | Root) => {
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code') {
			blocks.push(toString(node));
			return;
		}
		if ('children' in node) for (const child of node.children) visit(child as RootContent);
	};
	visit(tree);
	return blocks;
}

/**
 * A Markdown text as one line of plain text, for a page's description: markup removed, cut at
 * a word to at most `max` characters, "…" marking the cut.
 */
export function plainSummary(markdown: string, max = 160): string {
	// A heading or a caption ends without a full stop; it gets one, so that it does not run into the next sentence.
	const sentences = markdownBlocks(markdown).map((block) => block.trim()).filter(Boolean).map((block) => (/[.!?…:;]["”’»)\]]*$/.test(block) ? block : `${block}.`));
	const text = sentences.join(' ').replace(/\s+/g, ' ');
	if (text.length <= max) return text;
	// The last space at which the text, with "…", still fits; a single long word is cut inside.
	const end = text.lastIndexOf(' ', max - 1);
	const head = end > 0 ? text.slice(0, end) : text.slice(0, max - 1);
	return `${head.replace(/[\s,;:–—-]+$/, '')}…`;
}

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

import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast } from 'satteri';

/**
 * A Markdown text as an mdast tree (CommonMark and GitHub's extensions), read by Sätteri, Astro
 * 7's Markdown parser, written in Rust: parsing was most of what the check and the rendering of
 * a record cost, and Sätteri builds the same tree as remark-parse in a fraction of the time.
 * A record's text has no front matter (it was split off when the file was read), so a leading
 * `---` is a thematic break.
 */
export const parseMarkdown = (markdown: string): Root => markdownToMdast(markdown, { features: { frontmatter: false } }) as Root;

/** What a reader of rendered Markdown sees or follows: the text of a block, or a link's or image's address, an image's alternative text, raw HTML. */
export interface MarkdownReading {
	text: string;
	/** The line of the Markdown text it begins on, from 1. */
	line: number;
	what: 'the text' | 'a link or image address or title' | "an image's alternative text" | 'HTML';
}

/**
 * Everything a reader of a rendered Markdown document may see or follow, in order: the plain
 * text of each block (paragraph, heading, list item, table cell, quote), escapes and markup
 * removed, and every link, image and piece of raw HTML. The document is parsed once for all.
 */
export function markdownReadings(markdown: string): MarkdownReading[] {
	const found: MarkdownReading[] = [];
	const visit = (node: RootContent | Root) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code') found.push({ text: toString(node), line, what: 'the text' });
		if (node.type === 'link' || node.type === 'image' || node.type === 'definition') found.push({ text: `${node.url} ${node.title ?? ''}`, line, what: 'a link or image address or title' });
		if (node.type === 'image' || node.type === 'imageReference') found.push({ text: node.alt ?? '', line, what: "an image's alternative text" });
		if (node.type === 'html') found.push({ text: node.value, line, what: 'HTML' });
		if ('children' in node) for (const child of node.children) visit(child as RootContent);
	};
	visit(parseMarkdown(markdown));
	return found;
}

/**
 * The plain text of each block of a Markdown document, as a reader sees it once rendered.
 * Quotes are verified against these blocks, and highlighted in the same blocks.
 */
export const markdownBlocks = (markdown: string): string[] => textBlocks(markdownReadings(markdown));

/** The texts of the blocks among a document's readings. */
export const textBlocks = (readings: readonly MarkdownReading[]): string[] => readings.filter((r) => r.what === 'the text').map((r) => r.text);

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

import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root } from 'hast';

/** One block of a captured page: a paragraph, a heading, a list item, a caption. */
export interface Block {
	text: string;
	/** What the capture itself says the block is (only HTML captures say). */
	tag?: 'heading' | 'list-item' | 'caption' | 'paragraph';
}

/** Trims white space including no-break spaces, and folds inner runs of spaces. */
const tidy = (text: string) => text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();

const bullet = /^[•▪◦·\-*]\s+/;

/**
 * Splits a plain-text capture into blocks. Scrapes put one paragraph per line; text
 * hard-wrapped at a fixed width is re-joined into paragraphs at blank lines.
 */
export function textToBlocks(text: string): Block[] {
	const lines = text.split('\n');
	const nonEmpty = lines.map(tidy).filter(Boolean);
	// Hard-wrapped text has no long line, and most of its blank-line groups hold several lines.
	const groups = text.split(/\n\s*\n/).map((g) => g.split('\n').map(tidy).filter(Boolean).length).filter(Boolean);
	const wrapped = nonEmpty.length > 10 && nonEmpty.every((l) => l.length <= 100) && groups.filter((n) => n > 1).length > groups.length / 2;
	const blocks: Block[] = [];
	let paragraph: string[] = [];
	const flush = () => {
		if (paragraph.length) blocks.push({ text: paragraph.join(' ') });
		paragraph = [];
	};
	for (const raw of lines) {
		const line = tidy(raw);
		if (!line) {
			flush();
			continue;
		}
		const isItem = bullet.test(line);
		if (isItem) {
			flush();
			blocks.push({ text: line.replace(bullet, ''), tag: 'list-item' });
		} else if (wrapped) {
			paragraph.push(line);
		} else {
			blocks.push({ text: line });
		}
	}
	flush();
	return blocks;
}

const dropped = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe']);
const blockTags: Record<string, Block['tag']> = {
	h1: 'heading',
	h2: 'heading',
	h3: 'heading',
	h4: 'heading',
	h5: 'heading',
	h6: 'heading',
	p: 'paragraph',
	li: 'list-item',
	figcaption: 'caption',
	blockquote: 'paragraph',
	dd: 'paragraph',
	dt: 'paragraph',
	td: 'paragraph',
	pre: 'paragraph',
};
const chromeRole = /^(navigation|banner|contentinfo|complementary|search|menu|menubar)$/;

function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element') return '';
	if (dropped.has(node.tagName)) return '';
	if (node.tagName === 'br') return ' ';
	return node.children.map(textOf).join('');
}

/**
 * Turns a saved HTML page into blocks. Elements that are page chrome by their own
 * markup (nav, header, footer, aside, forms, scripts, ARIA landmarks) are left out here;
 * everything else goes through the same cleaning rules as a text capture.
 */
export function htmlToBlocks(html: string): { blocks: Block[]; chrome: number; title?: string } {
	const tree: Root = fromHtml(html);
	const blocks: Block[] = [];
	let chrome = 0;
	let title: string | undefined;
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') {
				if (child.type === 'text' && node.type === 'element' && !blockTags[node.tagName]) {
					const text = tidy(child.value);
					if (text && node.tagName !== 'title' && node.tagName !== 'head' && node.tagName !== 'html') {
						blocks.push({ text });
					}
				}
				continue;
			}
			const role = String(child.properties?.role ?? '');
			if (child.tagName === 'title') {
				title = tidy(textOf(child));
				continue;
			}
			if (dropped.has(child.tagName) || chromeRole.test(role)) {
				if (!['script', 'style', 'noscript', 'template', 'svg'].includes(child.tagName)) chrome++;
				continue;
			}
			const tag = blockTags[child.tagName];
			const hasBlockChild = child.children.some((c) => c.type === 'element' && (blockTags[c.tagName] || ['div', 'section', 'article', 'ul', 'ol'].includes(c.tagName)));
			if (tag && !hasBlockChild) {
				const text = tidy(textOf(child));
				if (text) blocks.push({ text, tag });
			} else {
				walk(child);
			}
		}
	};
	walk(tree);
	return { blocks, chrome, title };
}

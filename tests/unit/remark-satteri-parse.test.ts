import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownBlocks, parseMarkdown } from '../../src/core/markdown-text.ts';
import remarkSatteriParse from '../../src/plugins/remark-satteri-parse.ts';

const toHtml = (markdown: string) => String(unified().use(remarkSatteriParse).use(remarkRehype).use(rehypeStringify).processSync(markdown));

describe('remark-satteri-parse', () => {
	it('makes the processor read Markdown as the pages do, GitHub tables and strike-through included', () => {
		expect(toHtml('| Camp | Year |\n| --- | --- |\n| Zhaosu | 2018 |')).toContain('<td>Zhaosu</td>');
		expect(toHtml('~~struck~~ text')).toBe('<p><del>struck</del> text</p>');
	});

	it('does not read a leading rule as frontmatter: a record body has none', () => {
		expect(toHtml('---\n\nAfter a rule.')).toBe('<hr>\n<p>After a rule.</p>');
	});
});

describe('parseMarkdown', () => {
	it('gives each node the line it begins on, which the check reports', () => {
		const tree = parseMarkdown('First.\n\nSecond\nline.');
		expect(tree.children.map((node) => node.position?.start.line)).toEqual([1, 3]);
	});

	it('reads table cells as blocks, as a reader of the page sees them', () => {
		expect(markdownBlocks('| Camp | Year |\n| --- | --- |\n| Zhaosu | 2018 |')).toEqual(['Camp', 'Year', 'Zhaosu', '2018']);
	});
});

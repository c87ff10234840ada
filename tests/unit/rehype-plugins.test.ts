import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { NameTarget } from '../../src/core/mentions.ts';
import { quoteAnchor } from '../../src/core/quotes.ts';
import { archiveRehypePlugins, createArchiveMarkdownProcessor, recordOf } from '../../src/plugins/index.ts';
import rehypeMentionLinks, { type MentionLinksOptions } from '../../src/plugins/rehype-mention-links.ts';
import rehypeQuoteMarks, { type QuoteMarksOptions } from '../../src/plugins/rehype-quote-marks.ts';
import rehypeRawIfAny from '../../src/plugins/rehype-raw-if-any.ts';
import { fixtureArchive, fixtureRecords, fixturesDir } from './test-utils.ts';
import remarkSatteriParse from '../../src/plugins/remark-satteri-parse.ts';

/** What a case of tests/fixtures/plugins/ gives the plugins: the file's path, the passages quoted from each source, the names to link. */
interface CaseOptions {
	does: string;
	path: string;
	quotes: Record<string, string[]>;
	targets: NameTarget[];
}

/** Markdown to HTML as a record's text is rendered: the archive's plugin list, which tells the record from the file's path. */
function render(markdown: string, { path, quotes, targets }: Omit<CaseOptions, 'does'>): string {
	const processor = unified()
		.use(remarkSatteriParse)
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(archiveRehypePlugins({ quotesFor: (id) => quotes[id] ?? [], targets }) as unknown as PluggableList)
		.use(rehypeStringify);
	return String(processor.processSync(new VFile({ path, value: markdown })));
}

/** The text a reader reads in some HTML, markup aside. */
const textOf = (html: string) => toString(fromHtml(html, { fragment: true }));

describe('the archive’s rehype plugins, case by case (tests/fixtures/plugins)', () => {
	const casesDir = join(fixturesDir, 'plugins');
	for (const name of readdirSync(casesDir).sort()) {
		const read = (file: string) => readFileSync(join(casesDir, name, file), 'utf8');
		const input = read('input.md');
		const options = JSON.parse(read('options.json')) as CaseOptions;
		// "{{q0}}" in output.html stands for the anchor of the first passage of options.json, and so on.
		const passages = Object.values(options.quotes).flat();
		const expected = read('output.html').replace(/\{\{q(\d+)\}\}/g, (_, i: string) => quoteAnchor(passages[Number(i)]));

		it(`${options.does} (${name})`, () => {
			expect(render(input, options).trim()).toBe(expected.trim());
		});

		it(`changes no text of the page (${name})`, () => {
			expect(textOf(render(input, options))).toBe(textOf(render(input, { path: options.path, quotes: {}, targets: [] })));
		});
	}
});

describe('the record a rendered file belongs to', () => {
	it('is read from the path content/<kind>/<id>.md', () => {
		expect(recordOf(new VFile({ path: 'content/testimonies/x.md' }))).toEqual(['testimonies', 'x']);
		expect(recordOf(new VFile({ path: 'content/sources/y.md' }))).toEqual(['sources', 'y']);
		expect(recordOf(new VFile({ path: '/home/archivist/archive/content/people/aidarbek-testov.md' }))).toEqual(['people', 'aidarbek-testov']);
	});

	it('is none for a file outside content/, a file that is not Markdown, or a file with no path', () => {
		expect(recordOf(new VFile({ path: 'notes/sources/y.md' }))).toBeUndefined();
		expect(recordOf(new VFile({ path: 'sources/y.md' }))).toBeUndefined();
		expect(recordOf(new VFile({ path: 'content/sources/y.capture.txt' }))).toBeUndefined();
		expect(recordOf(new VFile({ value: 'They counted us every morning.' }))).toBeUndefined();
	});

	it('decides whether passages are marked: in a source, not in a testimony', () => {
		const options = { quotes: { y: ['counted us'], x: ['counted us'] }, targets: [] };
		expect(render('They counted us.', { ...options, path: 'content/sources/y.md' })).toBe(`<p>They <mark id="${quoteAnchor('counted us')}" class="quoted">counted us</mark>.</p>`);
		expect(render('They counted us.', { ...options, path: 'content/testimonies/x.md' })).toBe('<p>They counted us.</p>');
	});
});

/** Markdown to HTML with one plugin and its options, nothing else. */
function renderWith<O>(plugin: (options: O) => (tree: Root, file: VFile) => void, options: O, markdown: string, path = 'content/sources/y.md'): string {
	return String(unified().use(remarkSatteriParse).use(remarkRehype).use(plugin, options).use(rehypeStringify).processSync(new VFile({ path, value: markdown })));
}

describe('rehype-quote-marks', () => {
	it('asks for the passages of the source the file belongs to, and only when it is a source', () => {
		const asked: string[] = [];
		const options = (sourceId: string | undefined): QuoteMarksOptions => ({ quotesFor: (id) => (asked.push(id), ['counted us']), sourceIdOf: () => sourceId });
		expect(renderWith(rehypeQuoteMarks, options('herald-interview'), 'They counted us.')).toBe(`<p>They <mark id="${quoteAnchor('counted us')}" class="quoted">counted us</mark>.</p>`);
		expect(renderWith(rehypeQuoteMarks, options(undefined), 'They counted us.')).toBe('<p>They counted us.</p>');
		expect(asked).toEqual(['herald-interview']);
	});

	it('marks a passage in a list item', () => {
		const options: QuoteMarksOptions = { quotesFor: () => ['came at night.'], sourceIdOf: () => 'y' };
		expect(renderWith(rehypeQuoteMarks, options, '- The police came at night.')).toBe(`<ul>\n<li>The police <mark id="${quoteAnchor('came at night.')}" class="quoted">came at night.</mark></li>\n</ul>`);
	});

	it('never marks a passage that runs from one paragraph into the next', () => {
		const options: QuoteMarksOptions = { quotesFor: () => ['at night. They counted'], sourceIdOf: () => 'y' };
		expect(renderWith(rehypeQuoteMarks, options, 'The police came at night.\n\nThey counted us.')).toBe('<p>The police came at night.</p>\n<p>They counted us.</p>');
	});

	it('gives one mark to a passage quoted twice with different spacing', () => {
		const options: QuoteMarksOptions = { quotesFor: () => ['counted us', ' counted\u00a0us '], sourceIdOf: () => 'y' };
		expect(renderWith(rehypeQuoteMarks, options, 'They counted us, and counted us again.')).toBe(`<p>They <mark id="${quoteAnchor('counted us')}" class="quoted">counted us</mark>, and counted us again.</p>`);
	});
});

describe('rehype-quote-marks: links back to the records that quote a passage', () => {
	const q = (text: string) => quoteAnchor(text);
	const backlinks = new Map([
		['counted us every morning', [{ href: '/testimonies/t/', title: 'testimony about A' }, { href: '/people/a/', title: 'A' }]],
		['us', [{ href: '/people/b/', title: 'B' }]],
	]);
	const options: QuoteMarksOptions = { quotesFor: () => ['counted us every morning', 'us', 'at night'], sourceIdOf: () => 'y', backlinksFor: () => backlinks };
	const span = (links: string) => `<span class="quoted-by" data-pagefind-ignore=""> Quoted in: ${links}</span>`;

	it('puts after each passage the records that quote it, after the longer passage for one nested in it, each record once, and none where no record is given', () => {
		expect(renderWith(rehypeQuoteMarks, options, 'They counted us every morning, and at night.')).toBe(
			`<p>They <mark id="${q('counted us every morning')}" class="quoted">counted <mark id="${q('us')}" class="quoted">us</mark> every morning</mark>` +
				`${span('<a href="/testimonies/t/">testimony about A</a> · <a href="/people/a/">A</a> · <a href="/people/b/">B</a>')}, and <mark id="${q('at night')}" class="quoted">at night</mark>.</p>`,
		);
		const same = new Map([...backlinks, ['us', [{ href: '/people/a/', title: 'A' }]]]);
		expect(renderWith(rehypeQuoteMarks, { ...options, backlinksFor: () => same }, 'They counted us every morning.')).toContain(`</mark>${span('<a href="/testimonies/t/">testimony about A</a> · <a href="/people/a/">A</a>')}.`);
	});

	it('goes after the last piece of a passage that crosses markup', () => {
		expect(renderWith(rehypeQuoteMarks, { ...options, quotesFor: () => ['counted us every morning'] }, 'They *counted us* every morning.')).toBe(
			`<p>They <em><mark id="${q('counted us every morning')}" class="quoted">counted us</mark></em><mark class="quoted"> every morning</mark>${span('<a href="/testimonies/t/">testimony about A</a> · <a href="/people/a/">A</a>')}.</p>`,
		);
	});

	it('adds nothing but the back-links to the text', () => {
		const tree = fromHtml(renderWith(rehypeQuoteMarks, options, 'They counted us every morning, and at night.'), { fragment: true });
		visit(tree, 'element', (node, index, parent) => {
			if (!(node.properties.className as string[] | undefined)?.includes('quoted-by')) return;
			parent!.children.splice(index!, 1);
			return index;
		});
		expect(toString(tree)).toBe('They counted us every morning, and at night.');
	});
});

describe('rehype-mention-links', () => {
	const targets: NameTarget[] = [
		{ name: 'Gulnara Testova', href: '/people/gulnara-testova/', key: 'people/gulnara-testova' },
		{ name: 'Mockville', href: '/places/mockville/', key: 'places/mockville' },
	];
	const options = (self?: string): MentionLinksOptions => ({ targets, recordKeyOf: () => self });

	it('never links in a heading of any level, and links the next mention instead', () => {
		expect(renderWith(rehypeMentionLinks, options(), '### Gulnara Testova in Mockville\n\nGulnara Testova left Mockville.')).toBe(
			'<h3>Gulnara Testova in Mockville</h3>\n<p><a href="/people/gulnara-testova/" class="mention">Gulnara Testova</a> left <a href="/places/mockville/" class="mention">Mockville</a>.</p>',
		);
	});

	it('links in list items, and leaves every later mention as text', () => {
		expect(renderWith(rehypeMentionLinks, options(), '- Gulnara Testova\n- Mockville and Gulnara Testova')).toBe(
			'<ul>\n<li><a href="/people/gulnara-testova/" class="mention">Gulnara Testova</a></li>\n<li><a href="/places/mockville/" class="mention">Mockville</a> and Gulnara Testova</li>\n</ul>',
		);
	});

	it('links every record but the page’s own', () => {
		expect(renderWith(rehypeMentionLinks, options('places/mockville'), 'Gulnara Testova left Mockville.')).toBe('<p><a href="/people/gulnara-testova/" class="mention">Gulnara Testova</a> left Mockville.</p>');
	});

	it('links under the base path the site is built with', () => {
		const { nameTargets } = fixtureArchive('core-archive', { base: '/archive/' });
		expect(render('Aydarbek Testow was held in Camp Number One, near Mockville.', { path: 'content/testimonies/x.md', quotes: {}, targets: nameTargets })).toBe(
			'<p><a href="/archive/people/aidarbek-testov/" class="mention">Aydarbek Testow</a> was held in <a href="/archive/camps/mockville-camp-no-1/" class="mention">Camp Number One</a>, near <a href="/archive/places/mockville/" class="mention">Mockville</a>.</p>',
		);
	});
});

describe('rehype-raw-if-any', () => {
	const toHast = (markdown: string) => {
		const processor = unified().use(remarkSatteriParse).use(remarkRehype, { allowDangerousHtml: true });
		return processor.runSync(processor.parse(markdown)) as Root;
	};
	const kinds = (tree: Root) => {
		const found = new Set<string>();
		visit(tree, (node) => {
			found.add(node.type === 'element' ? `element:${node.tagName}` : node.type);
		});
		return found;
	};

	it('hands back the very tree it was given when the text holds no raw HTML', () => {
		const tree = toHast('They counted us *every* morning.');
		expect(rehypeRawIfAny()(tree, new VFile())).toBe(tree);
	});

	it('parses raw HTML into elements when there is some', () => {
		const tree = toHast('The <abbr title="North Testovia Autonomous Region">NTAR</abbr> camps.');
		expect(kinds(tree).has('raw')).toBe(true);
		const parsed = rehypeRawIfAny()(tree, new VFile()) as Root;
		expect(kinds(parsed).has('raw')).toBe(false);
		expect(kinds(parsed).has('element:abbr')).toBe(true);
		expect(toString(parsed)).toBe('The NTAR camps.');
	});

	it('gives the same HTML as rehype-raw, with raw HTML or without', () => {
		const html = (plugin: typeof rehypeRaw | typeof rehypeRawIfAny, markdown: string) =>
			String(unified().use(remarkSatteriParse).use(remarkRehype, { allowDangerousHtml: true }).use(plugin).use(rehypeStringify).processSync(markdown));
		const interview = fixtureRecords('core-archive').find((r) => r.id === 'herald-interview')!.body;
		expect(html(rehypeRawIfAny, interview)).toBe(html(rehypeRaw, interview));
		const raw = 'The camp held <span title="as printed">Aidarbek Testov</span>.';
		expect(html(rehypeRawIfAny, raw)).toBe(html(rehypeRaw, raw));
	});
});

describe('the archive’s Markdown processor', () => {
	const archive = fixtureArchive('core-archive');
	const interview = archive.get({ collection: 'sources', id: 'herald-interview' });
	const processor = createArchiveMarkdownProcessor({ quotesFor: archive.quotesFrom, targets: archive.nameTargets });
	const fileURL = (path: string) => pathToFileURL(join(fixturesDir, 'core-archive', path));

	it('marks every passage quoted from a source in its text, and links the first mention of each record', async () => {
		const { code } = await (await processor).render(interview.body, { fileURL: fileURL('content/sources/herald-interview.md') });
		expect(code).toContain(`<mark id="${quoteAnchor('They counted us every morning')}" class="quoted">They counted us every morning</mark>`);
		const ids = [...code.matchAll(/<mark id="(q-[0-9a-z]+)"/g)].map((m) => m[1]);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toHaveLength(14);
		expect([...code.matchAll(/<a href="([^"]+)" class="mention">([^<]+)<\/a>/g)].map((m) => `${m[2]} → ${m[1]}`)).toEqual([
			'Vera Exampleva → /people/vera-exampleva/',
			'Mockville → /places/mockville/',
			'Aidarbek Testov → /people/aidarbek-testov/',
			'Mockville Camp No. 1 → /camps/mockville-camp-no-1/',
			'Gulnara Testova → /people/gulnara-testova/',
			'Testwatch International → /organizations/testwatch-international/',
			'Fictistan → /places/fictistan/',
		]);
		expect(textOf(code)).toBe(textOf((await (await createArchiveMarkdownProcessor({ quotesFor: () => [], targets: [] })).render(interview.body)).code));
	});

	it('marks and links in the cells of a table', async () => {
		const tables = await createArchiveMarkdownProcessor({ quotesFor: () => ['Camp No. 1'], targets: [{ name: 'Aidarbek Testov', href: '/people/aidarbek-testov/', key: 'people/aidarbek-testov' }] });
		const { code } = await tables.render('| Name | Held in |\n| --- | --- |\n| Aidarbek Testov | Mockville Camp No. 1 |', { fileURL: fileURL('content/sources/herald-interview.md') });
		expect(code).toContain('<td><a href="/people/aidarbek-testov/" class="mention">Aidarbek Testov</a></td>');
		expect(code).toContain(`<td>Mockville <mark id="${quoteAnchor('Camp No. 1')}" class="quoted">Camp No. 1</mark></td>`);
	});

	it('marks nothing in a person’s text, and links all but the person herself', async () => {
		const { code } = await (await processor).render(interview.body, { fileURL: fileURL('content/people/vera-exampleva.md') });
		expect(code).not.toContain('<mark');
		expect(code).not.toContain('href="/people/vera-exampleva/"');
		expect(code).toContain('<a href="/people/aidarbek-testov/" class="mention">Aidarbek Testov</a>');
	});
});

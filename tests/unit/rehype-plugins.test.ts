import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import rehypeRaw from 'rehype-raw';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { recordPath, withBase } from '../../src/lib/links.ts';
import { markdownBlocks } from '../../src/lib/markdown-text.ts';
import { createMentionFinder, type NameTarget } from '../../src/lib/mentions.ts';
import { foldSpace, quoteAnchor } from '../../src/lib/quotes.ts';
import rehypeMentionLinks, { type MentionLinksOptions } from '../../src/plugins/rehype-mention-links.ts';
import rehypeQuoteMarks, { type QuoteMarksOptions } from '../../src/plugins/rehype-quote-marks.ts';
import rehypeRawIfAny from '../../src/plugins/rehype-raw-if-any.ts';

// ---------------------------------------------------------------------------------------------
// The archive's own records, read from disk as the build reads them.

const root = join(import.meta.dirname, '..', '..');
const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

interface DiskRecord {
	collection: string;
	id: string;
	path: string;
	data: Record<string, unknown>;
	/** The Markdown below the front matter. */
	body: string;
}

function readRecord(collection: string, id: string): DiskRecord {
	const path = join(root, 'content', collection, `${id}.md`);
	const text = readFileSync(path, 'utf8');
	const match = frontMatter.exec(text);
	if (!match) throw new Error(`${path} has no front matter`);
	return { collection, id, path, data: parse(match[1]) as Record<string, unknown>, body: text.slice(match[0].length) };
}

const readCollection = (collection: string) =>
	readdirSync(join(root, 'content', collection))
		.filter((f) => f.endsWith('.md'))
		.map((f) => readRecord(collection, f.slice(0, -3)));

/** Every quoted passage in a record's front matter: `quote` beside a `source`, and `text` in a `quotes` list. */
function quotesIn(value: unknown, parentKey = ''): { text: string; source: string }[] {
	if (Array.isArray(value)) return value.flatMap((v) => quotesIn(v, parentKey));
	if (!value || typeof value !== 'object') return [];
	const o = value as Record<string, unknown>;
	const found: { text: string; source: string }[] = [];
	if (typeof o.source === 'string') {
		if (typeof o.quote === 'string') found.push({ text: o.quote, source: o.source });
		if (typeof o.text === 'string' && parentKey === 'quotes') found.push({ text: o.text, source: o.source });
	}
	for (const [k, v] of Object.entries(o)) found.push(...quotesIn(v, k));
	return found;
}

/** The record a file under content/ belongs to, from the VFile's path, as the build works it out. */
function recordOf(file: VFile): [string, string] | undefined {
	if (!file.path) return undefined;
	const parts = relative(root, file.path).split(sep);
	return parts.length === 3 && parts[0] === 'content' && parts[2].endsWith('.md') ? [parts[1], parts[2].slice(0, -3)] : undefined;
}

const quoteOptions = (records: readonly DiskRecord[]): QuoteMarksOptions => {
	const quotes = records.flatMap((r) => quotesIn(r.data));
	return {
		quotesFor: (sourceId) => quotes.filter((q) => q.source === sourceId).map((q) => q.text),
		sourceIdOf: (file) => {
			const record = recordOf(file);
			return record?.[0] === 'sources' ? record[1] : undefined;
		},
	};
};

/** Name targets of real records: the name and every alias, linking to the record page. */
const nameTargets = (records: readonly DiskRecord[], base = '/'): NameTarget[] =>
	records.flatMap((r) => {
		if (r.data.named === false) return [];
		const aliases = (r.data.aliases as { name: string }[] | undefined) ?? [];
		return [String(r.data.name), ...aliases.map((a) => a.name)].map((name) => ({
			name,
			href: withBase(base, recordPath(r.collection as 'people', r.id)),
			key: `${r.collection}/${r.id}`,
		}));
	});

const mentionOptions = (targets: NameTarget[]): MentionLinksOptions => ({ targets, recordKeyOf: (file) => recordOf(file)?.join('/') });

// ---------------------------------------------------------------------------------------------
// Rendering, as Astro's unified pipeline does it, and reading the result back.

async function renderQuotes(record: DiskRecord, options: QuoteMarksOptions, markdown = record.body, path = record.path) {
	const file = new VFile({ path, value: markdown });
	const out = await unified().use(remarkParse).use(remarkRehype).use(rehypeQuoteMarks, options).use(rehypeStringify).process(file);
	return String(out);
}

async function renderMentions(record: DiskRecord, options: MentionLinksOptions, markdown = record.body, path = record.path) {
	const file = new VFile({ path, value: markdown });
	const out = await unified().use(remarkParse).use(remarkRehype).use(rehypeMentionLinks, options).use(rehypeStringify).process(file);
	return String(out);
}

async function renderPlain(markdown: string) {
	return String(await unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).process(markdown));
}

const tree = (html: string) => fromHtml(html, { fragment: true });

/** Elements in document order, each with its ancestors (outermost first). */
function elements(root: Root, test: (el: Element) => boolean): { el: Element; ancestors: Element[] }[] {
	const found: { el: Element; ancestors: Element[] }[] = [];
	visitParents(root, 'element', (el, parents) => {
		if (test(el)) found.push({ el, ancestors: parents.filter((p): p is Element => p.type === 'element') });
	});
	return found;
}

const classes = (el: Element) => (el.properties.className as string[] | undefined) ?? [];
const byId = (root: Root, id: string) => elements(root, (el) => el.properties.id === id);
const marks = (root: Root) => elements(root, (el) => el.tagName === 'mark');
const mentionLinks = (root: Root) => elements(root, (el) => el.tagName === 'a' && classes(el).includes('mention'));
const isHeading = (el: Element) => /^h[1-6]$/.test(el.tagName);
const isBlock = (el: Element) => ['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th'].includes(el.tagName);

// ---------------------------------------------------------------------------------------------

const drama = readRecord('sources', 'drama-of-ethnic-kazakhs-persecuted-in-xinjiang');
const confess = readRecord('sources', 'kazakh-activist-forced-to-falsely-confess');
const interview = readRecord('sources', 'how-kazakhstan-concealed-xinjiang');
const kairat = readRecord('testimonies', 'kairat-samarkan');
const bribed = readRecord('testimonies', 'serikzhan-bilash-on-bribed-members-and-look-alike-organizations');

describe('rehype-quote-marks on real sources', () => {
	const kairatQuotes = quotesIn(kairat.data).filter((q) => q.source === drama.id);
	const long = 'Another Kazakh released due to suicide attempts in a Chinese concentration camp is Kairat Samarkan. He got into the camp on November 20, 2017 and stayed there for three months.';
	const middle = 'He got into the camp on November 20, 2017 and stayed there for three months.';
	const short = 'He got into the camp on November 20, 2017';

	it('reads the quotes of the Kairat Samarkan testimony, nested ones among them', () => {
		const texts = kairatQuotes.map((q) => q.text);
		expect(texts).toEqual(expect.arrayContaining([long, middle, short]));
	});

	it('marks each quoted passage with the anchor quoteAnchor gives it', async () => {
		const out = tree(await renderQuotes(drama, quoteOptions([kairat])));
		for (const { text } of kairatQuotes) {
			const found = byId(out, quoteAnchor(text));
			expect(found, text).toHaveLength(1);
			const [{ el }] = found;
			expect(el.tagName).toBe('mark');
			expect(classes(el)).toEqual(['quoted']);
			// The mark holds the whole passage (the passages here have no markup inside).
			expect(foldSpace(toString(el))).toBe(foldSpace(text));
		}
	});

	it('writes the mark as <mark id="q-…" class="quoted">', async () => {
		const html = await renderQuotes(drama, quoteOptions([kairat]));
		expect(html).toContain(`<mark id="${quoteAnchor(long)}" class="quoted">Another Kazakh released due to suicide attempts`);
	});

	it('nests a passage quoted inside a longer quote in its own mark', async () => {
		const out = tree(await renderQuotes(drama, quoteOptions([kairat])));
		const [outer] = byId(out, quoteAnchor(long));
		const [inner] = byId(out, quoteAnchor(middle));
		const [innermost] = byId(out, quoteAnchor(short));
		expect(inner.ancestors).toContain(outer.el);
		expect(innermost.ancestors).toContain(inner.el);
		expect(innermost.ancestors.filter((a) => a.tagName === 'mark')).toEqual([outer.el, inner.el]);
		// The quote of the event in spring 2018 sits inside the longer quote of the same report.
		const spring = kairatQuotes.filter((q) => q.text.startsWith('In the spring of 2018')).sort((a, b) => a.text.length - b.text.length);
		expect(spring).toHaveLength(2);
		const [springInner] = byId(out, quoteAnchor(spring[0].text));
		const [springOuter] = byId(out, quoteAnchor(spring[1].text));
		expect(springInner.ancestors).toContain(springOuter.el);
	});

	it('changes no text of the page', async () => {
		const marked = tree(await renderQuotes(drama, quoteOptions([kairat])));
		const plain = tree(await renderPlain(drama.body));
		expect(toString(marked)).toBe(toString(plain));
	});

	it('marks every passage any record quotes from a source, and gives each anchor once', async () => {
		const records = [...readCollection('testimonies'), ...readCollection('people'), ...readCollection('camps')];
		const options = quoteOptions(records);
		for (const source of [drama, confess]) {
			const quotes = [...new Set(options.quotesFor(source.id).map(foldSpace))];
			expect(quotes.length, source.id).toBeGreaterThan(5);
			const out = tree(await renderQuotes(source, options));
			const blocks = markdownBlocks(source.body).map(foldSpace);
			for (const quote of quotes) {
				// Passages from the headline or standfirst are not in the body.
				if (!blocks.some((block) => block.includes(quote))) continue;
				expect(byId(out, quoteAnchor(quote)), quote).toHaveLength(1);
			}
			const ids = marks(out).flatMap(({ el }) => (el.properties.id ? [String(el.properties.id)] : []));
			expect(new Set(ids).size).toBe(ids.length);
		}
	});

	it('gives a quote that spans a bold speaker label its id on the first piece', async () => {
		const quote = quotesIn(bribed.data).find((q) => q.source === interview.id && q.text.startsWith('Serikzhan Bilash: The State Security Agency'))!;
		expect(quote).toBeDefined();
		const out = tree(await renderQuotes(interview, quoteOptions([bribed])));
		const [first] = byId(out, quoteAnchor(quote.text));
		expect(first.el.tagName).toBe('mark');
		expect(toString(first.el)).toBe('Serikzhan Bilash:');
		expect(first.ancestors.at(-1)!.tagName).toBe('strong');
		// The rest of the passage is marked too, after the label, without a second id.
		const paragraph = first.ancestors.findLast((a) => a.tagName === 'p')!;
		const pieces = elements(paragraph as unknown as Root, (el) => el.tagName === 'mark');
		expect(pieces.length).toBeGreaterThan(1);
		expect(pieces.slice(1).every(({ el }) => el.properties.id === undefined && classes(el).includes('quoted'))).toBe(true);
		expect(foldSpace(pieces.map(({ el }) => toString(el)).join(''))).toBe(foldSpace(quote.text));
	});

	it('marks nothing in a file that is not a source', async () => {
		const html = await renderQuotes(drama, quoteOptions([kairat]), drama.body, kairat.path);
		expect(html).not.toContain('<mark');
	});

	it('marks nothing when no record quotes the source, or the quote is not in it', async () => {
		expect(await renderQuotes(confess, quoteOptions([kairat]))).not.toContain('<mark');
		const options: QuoteMarksOptions = { ...quoteOptions([]), quotesFor: () => ['He got into the camp on November 21, 2017'] };
		expect(await renderQuotes(drama, options)).not.toContain('<mark');
	});

	it('finds a quote whose white space differs from the source, and marks it once', async () => {
		const options: QuoteMarksOptions = { ...quoteOptions([]), quotesFor: () => [short.replace(/ /g, '\u00a0'), `  ${short}\n`] };
		const out = tree(await renderQuotes(drama, options));
		expect(marks(out)).toHaveLength(1);
		expect(byId(out, quoteAnchor(short))).toHaveLength(1);
	});
});

describe('rehype-mention-links on real sources', () => {
	const people = ['serikzhan-bilash', 'aiman-umarova', 'erkin-azat', 'mukhtar-ablyazov', 'm-baimaganbetov', 'sayragul-sauytbai', 'kairat-samarkan', 'omirhan-altyn', 'nursultan-nazarbayev', 'qiao-na', 'li-pei', 'buliate-shiliashiov'].map((id) =>
		readRecord('people', id),
	);
	const targets = nameTargets(people);
	const options = mentionOptions(targets);
	const href = (id: string) => `/people/${id}/`;

	it('builds targets from the records’ names and aliases', () => {
		expect(targets.filter((t) => t.key === 'people/serikzhan-bilash').map((t) => t.name)).toEqual(expect.arrayContaining(['Serikzhan Bilash', 'Serikzhan', 'Bilash']));
		expect(targets.find((t) => t.name === 'Sayragul')?.href).toBe(href('sayragul-sauytbai'));
	});

	it('links the first mention of each record, and only the first', async () => {
		const out = tree(await renderMentions(confess, options));
		const links = mentionLinks(out);
		const hrefs = links.map(({ el }) => String(el.properties.href));
		expect(new Set(hrefs).size).toBe(hrefs.length);
		expect(hrefs).toEqual(expect.arrayContaining([href('serikzhan-bilash'), href('aiman-umarova'), href('erkin-azat'), href('mukhtar-ablyazov'), href('m-baimaganbetov'), href('qiao-na'), href('li-pei')]));

		const linkTo = (id: string) => links.find(({ el }) => el.properties.href === href(id))!;
		// The caption names him first, in full.
		const serikzhan = linkTo('serikzhan-bilash');
		expect(toString(serikzhan.el)).toBe('Serikzhan Bilash');
		expect(serikzhan.ancestors.map((a) => a.tagName)).toEqual(['p', 'em']);
		// "Ablyazov" comes before "[Mukhtar Ablyazov is …": the alias takes the link.
		const ablyazov = linkTo('mukhtar-ablyazov');
		expect(toString(ablyazov.el)).toBe('Ablyazov');
		expect(toString(ablyazov.ancestors[0])).toMatch(/^It is currently 11:21 p\.m\./);
		// The longest name wins: "M·Baimaganbetov", not "Baimaganbetov".
		expect(toString(linkTo('m-baimaganbetov').el)).toBe('M·Baimaganbetov');
		expect(toString(linkTo('aiman-umarova').el)).toBe('Aiman Umarova');
	});

	it('links each record at the first block that mentions it, and changes no text', async () => {
		const plain = tree(await renderPlain(confess.body));
		const out = tree(await renderMentions(confess, options));
		expect(toString(out)).toBe(toString(plain));

		// Where each record is first named, by the finder, block by block.
		const find = createMentionFinder(targets);
		const firsts = new Map<string, { block: number; text: string }>();
		elements(plain, isBlock).forEach(({ el }, block) => {
			if (isHeading(el)) return;
			const text = toString(el);
			for (const m of find(text)) if (!firsts.has(m.target.href)) firsts.set(m.target.href, { block, text: text.slice(m.start, m.end) });
		});
		const blocksOut = elements(out, isBlock).map(({ el }) => el);
		const links = mentionLinks(out);
		expect(links.map(({ el }) => String(el.properties.href)).sort()).toEqual([...firsts.keys()].sort());
		for (const { el, ancestors } of links) {
			const first = firsts.get(String(el.properties.href))!;
			expect(ancestors).toContain(blocksOut[first.block]);
			expect(toString(el)).toBe(first.text);
		}
	});

	it('never links inside a heading, and links the next mention instead', async () => {
		const out = tree(await renderMentions(drama, options));
		const headings = elements(out, isHeading);
		expect(headings.map(({ el }) => toString(el))).toContain('“Sayragul’s Story” – Lost Hopes');
		for (const { el } of headings) expect(elements(el as unknown as Root, (e) => e.tagName === 'a'), toString(el)).toEqual([]);
		const html = await renderMentions(drama, options);
		expect(html).toContain('<h2>“Sayragul’s Story” – Lost Hopes</h2>');

		// The section alone: its heading names Sayragul first, the paragraph after it gets the link.
		const section = drama.body.slice(drama.body.indexOf('## “Sayragul’s Story”'), drama.body.indexOf('## Fight in the home country'));
		const sectionOut = tree(await renderMentions(drama, options, section));
		const sayragul = mentionLinks(sectionOut).filter(({ el }) => el.properties.href === href('sayragul-sauytbai'));
		expect(sayragul).toHaveLength(1);
		expect(sayragul[0].ancestors.map((a) => a.tagName)).toEqual(['p']);
		expect(toString(sayragul[0].ancestors[0])).toMatch(/^Kazakhstan’s official position/);
		// "Sayragul’s": the possessive ending stays outside the link.
		expect(toString(sayragul[0].el)).toBe('Sayragul');
	});

	it('links a name in the possessive without its ending', async () => {
		const html = await renderMentions(drama, options);
		// The index line at the top is the book's first mention of Sayragul.
		expect(html).toContain(`“<a href="${href('sayragul-sauytbai')}" class="mention">Sayragul</a>’s Story”- Lost Hopes`);
	});

	it('never links inside an existing link, and links the next mention instead', async () => {
		const markdown = confess.body.replace('*Serikzhan Bilash standing', '*[Serikzhan Bilash](https://www.rfa.org/) standing');
		expect(markdown).not.toBe(confess.body);
		const out = tree(await renderMentions(confess, options, markdown));
		const anchors = elements(out, (el) => el.tagName === 'a');
		for (const { el, ancestors } of anchors) expect(ancestors.some((a) => a.tagName === 'a'), String(el.properties.href)).toBe(false);
		const existing = anchors.find(({ el }) => el.properties.href === 'https://www.rfa.org/')!;
		expect(existing.el.children).toEqual([{ type: 'text', value: 'Serikzhan Bilash', position: expect.anything() }]);
		const serikzhan = mentionLinks(out).filter(({ el }) => el.properties.href === href('serikzhan-bilash'));
		expect(serikzhan).toHaveLength(1);
		expect(toString(serikzhan[0].ancestors[0])).toMatch(/^Serikzhan Bilash, the leader of Atajurt/);
	});

	it('does not link a record’s page to itself', async () => {
		const aiman = people.find((p) => p.id === 'aiman-umarova')!;
		const own = mentionLinks(tree(await renderMentions(aiman, options))).map(({ el }) => el.properties.href);
		expect(own).not.toContain(href('aiman-umarova'));
		expect(own).toEqual(expect.arrayContaining([href('sayragul-sauytbai'), href('serikzhan-bilash')]));
		// The same text on another record's page does link to her.
		const elsewhere = mentionLinks(tree(await renderMentions(aiman, options, aiman.body, confess.path))).map(({ el }) => el.properties.href);
		expect(elsewhere).toContain(href('aiman-umarova'));
	});

	it('links under the site’s base path when the targets carry it', async () => {
		const based = mentionOptions(nameTargets(people, '/archive/'));
		const html = await renderMentions(confess, based);
		expect(html).toContain('<a href="/archive/people/serikzhan-bilash/" class="mention">Serikzhan Bilash</a>');
	});

	it('keeps the quote marks whole when mentions are linked inside them', async () => {
		const file = new VFile({ path: drama.path, value: drama.body });
		const html = String(
			await unified().use(remarkParse).use(remarkRehype).use(rehypeQuoteMarks, quoteOptions([kairat])).use(rehypeMentionLinks, options).use(rehypeStringify).process(file),
		);
		const out = tree(html);
		const [mark] = byId(out, quoteAnchor('Kairat Samarkan was unable to bear the anguish he suffered in the camp and tried to kill himself by crashing his head into the wall.'));
		expect(mark).toBeDefined();
		const kairatLinks = mentionLinks(out).filter(({ el }) => el.properties.href === href('kairat-samarkan'));
		expect(kairatLinks).toHaveLength(1);
		// Kairat Samarkan is first named inside the longest quote about him.
		expect(kairatLinks[0].ancestors.some((a) => a.tagName === 'mark' && a.properties.id === quoteAnchor(
			'Another Kazakh released due to suicide attempts in a Chinese concentration camp is Kairat Samarkan. He got into the camp on November 20, 2017 and stayed there for three months.',
		))).toBe(true);
	});
});

// ---------------------------------------------------------------------------------------------
// rehype-raw-if-any: the HTML parser runs only when there is HTML to parse.

describe('rehype-raw-if-any', () => {
	const render = (raw: typeof rehypeRawIfAny | typeof rehypeRaw) =>
		unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(raw).use(rehypeStringify, { allowDangerousHtml: true });

	it('parses raw HTML into elements', () => {
		const processor = render(rehypeRawIfAny);
		const tree = processor.runSync(processor.parse('A <abbr title="Xinjiang Uyghur Autonomous Region">XUAR</abbr> camp.')) as Root;
		let raws = 0;
		let abbrs = 0;
		visitParents(tree, (node) => {
			if (node.type === 'raw') raws++;
			if (node.type === 'element' && node.tagName === 'abbr') abbrs++;
		});
		expect({ raws, abbrs }).toEqual({ raws: 0, abbrs: 1 });
	});

	it('gives the same HTML as rehype-raw on a source without raw HTML', () => {
		const { body } = readRecord('sources', 'inside-story-of-the-xinjiang-concentration-camps');
		expect(body).not.toMatch(/<[a-z]/i);
		expect(String(render(rehypeRawIfAny).processSync(body))).toBe(String(render(rehypeRaw).processSync(body)));
	});
});

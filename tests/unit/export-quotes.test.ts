import type { Element, Root } from 'hast';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../src/core/archive.ts';
import { buildDataExport } from '../../src/core/export/index.ts';
import { quoteAnchor } from '../../src/core/quotes.ts';
import { archiveRehypePlugins } from '../../src/plugins/index.ts';
import { parseCsv } from './csv-reader.ts';
import { fixtureArchive, recordIn } from './test-utils.ts';
import remarkSatteriParse from '../../src/plugins/remark-satteri-parse.ts';

const archive = fixtureArchive('core-archive');
const quotesCsv = [...buildDataExport(archive).pieces('quotes.csv')].join('');

/** The anchors a source's page gives its passages: the marks in its text, and those of its headline and standfirst. */
function anchorsOnSourcePage(from: Archive, id: string): Set<string> {
	const source = recordIn(from, 'sources', id);
	const processor = unified()
		.use(remarkSatteriParse)
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(archiveRehypePlugins({ quotesFor: from.quotesFrom, targets: from.nameTargets }) as unknown as PluggableList);
	const file = new VFile({ path: `content/sources/${id}.md`, value: source.body });
	const tree = processor.runSync(processor.parse(file), file) as Root;
	const anchors = new Set<string>();
	visit(tree, 'element', (el: Element) => {
		if (el.tagName === 'mark' && el.properties.id) anchors.add(String(el.properties.id));
	});
	const view = from.views.sources(source);
	for (const segment of [...view.title, ...(view.standfirst ?? [])]) if (segment.anchor) anchors.add(segment.anchor);
	return anchors;
}

describe('quotes.csv', () => {
	const [header, ...rows] = parseCsv(quotesCsv);

	it('lists every quoted passage, record by record in the order of archive.json', () => {
		expect(header).toEqual(['recordKind', 'recordId', 'recordPermalink', 'field', 'sourceId', 'sourcePermalink', 'text', 'speakerId']);
		expect(rows.map((r) => `${r[1]} ${r[3]}`)).toEqual([
			'gulnara-testova-on-her-brother events[0].quote',
			'gulnara-testova-on-her-brother quotes[0].text',
			'gulnara-testova-on-her-brother quotes[1].text',
			'mirza-mockov-7th-street quotes[0].text',
			'mirza-mockov-7th-street quotes[1].text',
			'testov-mockville-camp durations[0].quote',
			'testov-mockville-camp events[0].quote',
			'testov-mockville-camp quotes[0].text',
			'testov-mockville-camp quotes[1].text',
			'testov-mockville-camp quotes[2].text',
			'testov-mockville-camp disagreements[0].claims[0].quote',
			'testov-mockville-camp disagreements[0].claims[1].quote',
			'aidarbek-testov ethnicity[0].quote',
			'aidarbek-testov ethnicity[1].quote',
			'aidarbek-testov age[0].quote',
			'aidarbek-testov age[1].quote',
			'aidarbek-testov occupation[0].quote',
			'aidarbek-testov relations[0].quote',
			'aidarbek-testov detentions[0].quote',
			'aidarbek-testov events[0].quote',
			'aidarbek-testov events[1].quote',
			'gulnara-testova citizenship[0].quote',
			'mirza-mockov detentions[0].quote',
			'mirza-mockov events[0].quote',
			'mockville-camp-guard occupation[0].quote',
			'7th-street-detention-centre figures[0].quote',
			'mockville-camp-no-1 location.quote',
			'mockville-camp-no-1 figures[0].quote',
			'mockville-camp-no-1 figures[1].quote',
			'testwatch events[0].quote',
		]);
		for (const row of rows) expect(row.length).toBe(header.length);
	});

	it('gives the passage, its source, its address and the speaker of a testimony’s quote', () => {
		const text = 'He shared his bread with everyone.';
		expect(rows[4]).toEqual([
			'testimonies',
			'mirza-mockov-7th-street',
			'https://archive.test/testimonies/mirza-mockov-7th-street/',
			'quotes[1].text',
			'testwatch-report',
			`https://archive.test/sources/testwatch-report/#${quoteAnchor(text)}`,
			text,
			'aidarbek-testov',
		]);
		// No speaker for a passage that supports a claim.
		expect(rows[10].slice(3)).toEqual(['disagreements[0].claims[0].quote', 'herald-interview', `https://archive.test/sources/herald-interview/#${quoteAnchor('aged 41')}`, 'aged 41', '']);
	});

	it('links each passage to the anchor its source’s page marks it with', () => {
		const marked = new Map(archive.of('sources').map((s) => [s.id, anchorsOnSourcePage(archive, s.id)]));
		// Every distinct passage once: "aged 41" and "Aydarbek Testow, 42" are each quoted twice.
		expect([...marked].map(([id, anchors]) => [id, anchors.size])).toEqual([
			['exampleland-letter', 4],
			['herald-interview', 14],
			['testwatch-report', 10],
		]);
		for (const [, , , field, sourceId, sourcePermalink, text] of rows) {
			const anchor = sourcePermalink.split('#')[1];
			expect(anchor, `${field}: ${text}`).toBe(quoteAnchor(text));
			expect(marked.get(sourceId)!.has(anchor), `${sourceId} marks “${text}”`).toBe(true);
		}
	});
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../src/core/markdown-text.ts';
import { foldSpace } from '../../src/core/quotes.ts';
import { importCapture, sample } from '../../src/tools/capture/import.ts';
import { readSeed, seeds } from './seeds.ts';

const bodyOf = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '');

/** Strings of the publishers' pages that must never reach an article's text. */
const boilerplate = [
	'Skip to main content',
	'ABOUT CHINA',
	'Related articles',
	'Keep Reading',
	'Most Read',
	'Primary Sidebar',
	'Newsletter',
	'EDITORIAL BOARD',
	'Via Confienza',
	'Copyright ©',
	'Tagged With',
	'Zhanargul Zhumatai',
	'Beijing Lampstand Church',
	'Read more ChinaAid stories',
	'Click Here',
	'Previous slide',
	'Next slide',
	'Scroll to Top',
	'Send your support',
	'Sign the End CCP Petition',
	'Global Tuidang Center',
	'Go to the gallery',
	'three friends of winter',
	'bw-profile',
	'born June 14, 1955',
];

describe.each(seeds)('importing seed $file', (seed) => {
	const bytes = readSeed(seed);
	const result = importCapture(bytes, { ...seed.options, added: '2026-11-22' });
	const blocks = markdownBlocks(bodyOf(result.markdown));

	it('keeps the capture byte for byte and records its SHA-256', () => {
		expect(createHash('sha256').update(bytes).digest('hex')).toBe(seed.sha256);
		expect(result.sha256).toBe(seed.sha256);
		expect(result.slug).toBe(seed.id);
		expect(result.captureFile).toBe(`${seed.id}.capture.txt`);
		expect(result.markdown).toContain(`sha256: ${seed.sha256}`);
	});

	it('starts the body with the article’s first words and ends it with its last', () => {
		expect(blocks[0].startsWith(seed.first)).toBe(true);
		expect(blocks.at(-1)!.endsWith(seed.last)).toBe(true);
	});

	it('keeps every paragraph of the article between them exactly once', () => {
		const lines = bytes.toString('utf8').split('\n').map(foldSpace).filter(Boolean);
		const from = lines.findIndex((l) => l.startsWith(foldSpace(seed.first)));
		const to = lines.findIndex((l) => l.endsWith(foldSpace(seed.last)));
		const article = lines.slice(from, to + 1).filter((l) => l.length >= 60);
		expect(article.length).toBeGreaterThanOrEqual(5);
		const folded = blocks.map(foldSpace);
		for (const paragraph of article) {
			expect(folded.filter((b) => b === paragraph), paragraph.slice(0, 60)).toHaveLength(1);
		}
	});

	it('leaves none of the publisher’s page furniture', () => {
		for (const text of boilerplate) expect(bodyOf(result.markdown)).not.toContain(text);
	});
});

describe('seed-specific outcomes', () => {
	const run = (i: number) => importCapture(readSeed(seeds[i]), { ...seeds[i].options, added: '2026-11-22' });

	it('keeps 000’s last answer once, although the capture holds the page twice', () => {
		const body = bodyOf(run(0).markdown);
		expect(body.split('The reason is very simple, they said on Radio Free Europe').length - 1).toBe(1);
		expect(run(0).removed.find((r) => r.rule === 'second copy of the page')?.blocks.length).toBeGreaterThan(40);
	});

	it('labels the interview’s speakers', () => {
		expect(run(0).markdown).toContain('**Serikzhan Bilash:** The Kazakh authorities are afraid of us.');
		expect(run(0).markdown).toContain('**Special Correspondent:** Mr. Serikzhan, in the last interview');
	});

	it('turns 003’s sections into headings, with their curly quotes', () => {
		const markdown = run(3).markdown;
		for (const heading of ['Ant in a concentration camp', 'There is “plenty of coal” in Xinjiang', '“…tears well up in my eyes”', 'Fight in the home country', 'Consequences of Genocide in Xinjiang']) {
			expect(markdown).toContain(`\n## ${heading}\n`);
		}
	});

	it('reads dates and bylines from the pages', () => {
		expect(run(2).markdown).toContain('value: 2019-03-20');
		expect(run(4).markdown).toContain('byline: Massimo Introvigne');
		expect(run(1).markdown).toContain('basis: address');
		expect(run(3).markdown).toMatch(/^standfirst: "?On March 3, 2020, Bitter Winter published an interview/m);
	});
});

describe('the samples of what was removed', () => {
	it('are cut between words after about 50 characters, never inside a word, so a name is never cut in two', () => {
		expect(sample('Beijing Lampstand Church: Families Demand Release of Their Pastor')).toBe('Beijing Lampstand Church: Families Demand Release of…');
		expect(sample('The witness named in the report is Goulbakhar Jalilova, a Kazakh woman.')).toBe('The witness named in the report is Goulbakhar Jalilova…');
		expect(sample('Medine Nazimi: From Housewife to Reluctant Uyghur Activist')).toBe('Medine Nazimi: From Housewife to Reluctant Uyghur Activist');
	});

	it('leave out a word that runs on for more than twice their length, rather than cut it', () => {
		expect(sample(`See ${'x'.repeat(200)}`)).toBe('See…');
	});
});

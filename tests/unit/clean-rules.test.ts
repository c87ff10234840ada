import { describe, expect, it } from 'vitest';
import { htmlToBlocks, textToBlocks } from '../../src/tools/capture/blocks.ts';
import { cleanArticle } from '../../src/tools/capture/clean.ts';

const prose = (n: number) => `Paragraph ${n} of the article tells what happened to the witness, in full sentences that a reader follows to the end.`;
const article = Array.from({ length: 6 }, (_, i) => prose(i + 1));
const clean = (text: string, options = {}) => cleanArticle(textToBlocks(text), options);
const texts = (r: ReturnType<typeof clean>) => r.body.map((b) => b.text);
const rules = (r: ReturnType<typeof clean>) => r.removed.map((r) => r.rule);

describe('cleaning rules on captures from unseen sites', () => {
	it('drops a second copy of the whole page', () => {
		const page = ['A Headline About Detention', ...article].join('\n\n');
		const r = clean(`${page}\n\n${page}\n\nBack to top`);
		expect(texts(r)).toEqual(article);
		expect(rules(r)).toContain('second copy of the page');
	});

	it('drops every further copy of a page held three times, and leaves one', () => {
		const page = ['A Headline About Detention', ...article].join('\n\n');
		const r = clean([page, page, page, 'Back to top'].join('\n\n'));
		expect(texts(r)).toEqual(article);
		expect(r.removed.find((x) => x.rule === 'second copy of the page')?.blocks).toHaveLength(14);
	});

	it('takes a paragraph repeated thousands of times down to the article, copy by copy', () => {
		const r = clean(['A Headline About Detention', ...Array(3000).fill(article[0]), article[1]].join('\n\n'));
		// Each round takes out the longest copy: 1,500 paragraphs, then 750, … down to a run too short to be a page.
		expect(texts(r)[0]).toBe(article[0]);
		expect(texts(r).at(-1)).toBe(article[1]);
		expect(texts(r).length).toBeLessThan(10);
	});

	it('keeps a sentence that merely repeats once', () => {
		const r = clean([...article.slice(0, 3), 'He said: “We are the law.”', ...article.slice(3), 'He said: “We are the law.”'].join('\n'));
		expect(texts(r).filter((t) => t.includes('We are the law'))).toHaveLength(2);
	});

	it('removes the navigation list and site header above the headline', () => {
		const r = clean(['• Skip to main content', '  • HOME', '  • NEWS', '  • ABOUT', 'Daily Herald', 'News you can trust', 'Home / World / Asia', 'A Teacher Held in a Camp', ...article].join('\n'));
		expect(r.title).toBe('A Teacher Held in a Camp');
		expect(texts(r)).toEqual(article);
		expect(rules(r)).toEqual(expect.arrayContaining(['site navigation', 'site header (site name, tagline, logo text, breadcrumb)']));
	});

	it('reads a dateline into date and byline', () => {
		const r = clean(['A Headline Here', '07/04/2021Jane Roe |', ...article].join('\n'));
		expect(r.dateline).toBe('2021-07-04');
		expect(r.byline).toBe('Jane Roe');
		const dayFirst = clean(['A Headline Here', '25/04/2021Jane Roe |', ...article].join('\n'));
		expect(dayFirst.dateline).toBe('2021-04-25');
	});

	it('cuts trailing widgets from their heading to the end', () => {
		const r = clean(['A Headline Here', ...article, 'Related posts', 'Another story', 'Another story', 'Most Popular', 'Something else entirely happened somewhere else, read about it in this long teaser sentence.'].join('\n'));
		expect(texts(r)).toEqual(article);
		expect(rules(r).some((rule) => rule.startsWith('trailing widget'))).toBe(true);
	});

	it('cuts a run of short link fragments after the article', () => {
		const r = clean(['A Headline Here', ...article, 'Donate', 'Write to prisoners', 'Learn more', 'Contact'].join('\n'));
		expect(texts(r)).toEqual(article);
	});

	it('removes a truncated call to action at the end', () => {
		const r = clean(['A Headline Here', ...article, 'Help us. Sign the petition at'].join('\n'));
		expect(texts(r)).toEqual(article);
		expect(rules(r)).toContain('trailing call to action');
	});

	it('keeps captions, drops the alt text that repeats them', () => {
		const r = clean(['A Headline Here', 'Standfirst sentence that sums up the article in one line for the reader, before the photo.', 'Prison gate', 'Prison gate in 2019 (Photo: Jane Roe)', ...article].join('\n'));
		expect(r.standfirst).toMatch(/^Standfirst sentence/);
		expect(r.body[0]).toEqual({ kind: 'caption', text: 'Prison gate in 2019 (Photo: Jane Roe)' });
		expect(rules(r)).toContain('image alt text repeated by its caption');
	});

	it('labels interview speakers once a label recurs', () => {
		const r = clean(['A Headline Here', ...article.slice(0, 2), 'Interviewer: Where were you held? Tell us the whole story, from the start, please.', 'Witness: In a school turned into a camp, with hundreds of others, for many months.', 'Witness: We were not allowed to speak our language there, not even at night.'].join('\n'));
		expect(r.body.filter((b) => b.kind === 'speaker').map((b) => b.speaker)).toEqual(['Interviewer', 'Witness', 'Witness']);
	});

	it('makes headings of the entries an index names', () => {
		const r = clean(['A Headline Here', ...article.slice(0, 2), 'Contents: First days – Life in the camp', 'First days', ...article.slice(2, 4), 'Life in the camp', ...article.slice(4)].join('\n'));
		expect(r.body.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['First days', 'Life in the camp']);
	});

	it('does not take a question for a heading when there is no index', () => {
		const r = clean(['A Headline Here', ...article.slice(0, 2), 'What happened next?', ...article.slice(2)].join('\n'));
		expect(r.body.find((b) => b.text === 'What happened next?')?.kind).toBe('paragraph');
	});

	it('re-joins text hard-wrapped at a fixed width', () => {
		const wrapped = article.map((p) => p.replace(/(.{50,60}?) /g, '$1\n')).join('\n\n');
		expect(textToBlocks(`A Headline Here\n\n${wrapped}`).map((b) => b.text).slice(1)).toEqual(article);
	});

	it('reads a saved HTML page, leaving out page chrome by its markup', () => {
		const html = `<!doctype html><html><head><title>A Page</title><script>track()</script></head><body>
			<header><a href="/">Site</a><nav><ul><li><a href="/a">A</a></li></ul></nav></header>
			<article><h1>A Headline Here</h1>${article.map((p) => `<p>${p}</p>`).join('')}<h2>Section two</h2><p>${prose(7)}</p></article>
			<aside><h3>Most read</h3><ul><li>Other</li></ul></aside><footer>© Site</footer></body></html>`;
		const { blocks, chrome } = htmlToBlocks(html);
		expect(chrome).toBeGreaterThanOrEqual(3);
		const r = cleanArticle(blocks);
		expect(r.title).toBe('A Headline Here');
		expect(r.body.map((b) => b.kind)).toEqual([...article.map(() => 'paragraph'), 'heading', 'paragraph']);
		expect(JSON.stringify(r)).not.toContain('track()');
	});
});

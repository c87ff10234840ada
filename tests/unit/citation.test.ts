import { describe, expect, it } from 'vitest';
import { citationBibtex, citationCsl, citationOf, citationText, type Citation } from '../../src/core/citation.ts';
import { interviewTitle, interviewUrl, letterUrl, reportUrl } from './core-fixture.ts';
import { fixtureArchive, recordIn } from './test-utils.ts';

/** The day each record was last changed, as the git history of a real build would give it. */
const changed = { 'testimonies/testov-mockville-camp': '2025-03-12', 'people/gulnara-testova': '2024-11-02', 'sources/testwatch-report': '2024-06-30' };
const archive = fixtureArchive('core-archive', { changed });
const archiveName = 'Xinjiang Detention Testimony Archive';

const cited = {
	interview: { id: 'herald-interview', title: interviewTitle, byline: 'Vera Exampleva', publisher: 'Fictistan Herald', published: { value: '2019-04-10', precision: 'day', inferred: false, basis: 'stated' }, url: interviewUrl },
	report: { id: 'testwatch-report', title: 'The camps of North Testovia', byline: 'Testwatch researchers', publisher: 'Testwatch', published: { value: '2020-02', precision: 'month', inferred: false, basis: 'stated' }, url: reportUrl },
	letter: {
		id: 'exampleland-letter',
		title: 'A letter from Exampleland',
		byline: 'Gulnara Testova',
		publisher: 'Exampleland Post',
		published: { value: '2019', precision: 'year', inferred: true, basis: 'inferred', note: 'The letter is undated; the page was first archived in 2019.' },
		url: letterUrl,
	},
};

describe('what a citation names', () => {
	it('cites a testimony from its own sources, in the order it cites them', () => {
		expect(citationOf(archive, recordIn(archive, 'testimonies', 'testov-mockville-camp'))).toEqual({
			key: 'testimonies/testov-mockville-camp',
			title: 'Aidarbek Testov: eight months in Mockville Camp No. 1',
			kind: 'Testimony',
			author: undefined,
			archive: archiveName,
			permalink: 'https://archive.test/testimonies/testov-mockville-camp/',
			changed: '2025-03-12',
			sources: [cited.report, cited.interview],
		});
	});

	it('cites a person from the sources that name her, then those her record cites', () => {
		expect(citationOf(archive, recordIn(archive, 'people', 'gulnara-testova')).sources).toEqual([cited.interview, cited.letter]);
		// Mentioned by name or alias in all three texts.
		expect(citationOf(archive, recordIn(archive, 'people', 'aidarbek-testov')).sources.map((s) => s.id)).toEqual(['exampleland-letter', 'herald-interview', 'testwatch-report']);
		expect(citationOf(archive, recordIn(archive, 'places', 'north-testovia')).sources.map((s) => s.id)).toEqual(['testwatch-report', 'herald-interview']);
	});

	it('cites a source from itself alone, by its byline', () => {
		expect(citationOf(archive, recordIn(archive, 'sources', 'testwatch-report'))).toEqual({
			key: 'sources/testwatch-report',
			title: 'The camps of North Testovia',
			kind: 'Source',
			author: 'Testwatch researchers',
			archive: archiveName,
			permalink: 'https://archive.test/sources/testwatch-report/',
			changed: '2024-06-30',
			sources: [cited.report],
		});
	});

	it('gives no date for a record whose last change is not known, never the day of the build', () => {
		expect(citationOf(archive, recordIn(archive, 'people', 'aidarbek-testov')).changed).toBeUndefined();
	});

	it('gives the address from the site’s root when the build was not told the site’s address', () => {
		const unaddressed = fixtureArchive('core-archive', { site: null, base: '/archive/' });
		expect(citationOf(unaddressed, recordIn(unaddressed, 'people', 'gulnara-testova')).permalink).toBe('/archive/people/gulnara-testova/');
	});

	it('cites a withheld person under the public name only', () => {
		const withheld = fixtureArchive('withheld');
		const citation = citationOf(withheld, recordIn(withheld, 'testimonies', 'witness-a-eleven-months'));
		expect(citation.title).toBe('Witness A: eleven months in a school turned into a camp');
		expect(citationText(citation)).not.toMatch(/Secretname|Hiddenova/);
	});
});

describe('a citation as text', () => {
	it('names the record, the archive, the day it was last changed, the address and the sources', () => {
		expect(citationText(citationOf(archive, recordIn(archive, 'testimonies', 'testov-mockville-camp')))).toBe(
			'“Aidarbek Testov: eight months in Mockville Camp No. 1.” Testimony record, Xinjiang Detention Testimony Archive, last changed 12 March 2025. https://archive.test/testimonies/testov-mockville-camp/. ' +
				'Based on: Testwatch researchers, “The camps of North Testovia,” Testwatch, February 2020, https://testwatch.example/reports/north-testovia/; ' +
				'Vera Exampleva, ““They counted us every morning”: a former detainee remembers Mockville Camp No. 1,” Fictistan Herald, 10 April 2019, https://herald.example/2019/04/mockville-camp/.',
		);
	});

	it('says "n.d." when the day the record was last changed is not known, and leaves out "Based on" when no source is known', () => {
		const bare: Citation = { key: 'places/nowhere', title: 'Nowhere', kind: 'Place', archive: archiveName, permalink: '/places/nowhere/', sources: [] };
		expect(citationText(bare)).toBe('“Nowhere.” Place record, Xinjiang Detention Testimony Archive, n.d. /places/nowhere/.');
	});

	it('gives a source’s page under its byline, as an archived copy of the article', () => {
		expect(citationText(citationOf(archive, recordIn(archive, 'sources', 'testwatch-report')))).toBe(
			'Testwatch researchers, “The camps of North Testovia.” Source record, Xinjiang Detention Testimony Archive, last changed 30 June 2024. https://archive.test/sources/testwatch-report/. ' +
				'Archived copy of: Testwatch researchers, “The camps of North Testovia,” Testwatch, February 2020, https://testwatch.example/reports/north-testovia/.',
		);
	});
});

describe('a citation as BibTeX', () => {
	it('writes a @misc entry keyed by the record, with its sources in the note', () => {
		expect(citationBibtex(citationOf(archive, recordIn(archive, 'people', 'gulnara-testova')))).toBe(
			[
				'@misc{people:gulnara-testova,',
				'  title        = {{Gulnara Testova}},',
				'  howpublished = {\\url{https://archive.test/people/gulnara-testova/}},',
				'  organization = {Xinjiang Detention Testimony Archive},',
				'  year         = {2024},',
				'  date         = {2024-11-02},',
				// The underscore of the letter's address is escaped in the note, not in \url.
				'  note         = {Person record. Based on: Vera Exampleva, ““They counted us every morning”: a former detainee remembers Mockville Camp No. 1,” Fictistan Herald, 10 April 2019, https://herald.example/2019/04/mockville-camp/; Gulnara Testova, “A letter from Exampleland,” Exampleland Post, 2019, https://post.example/letters/testova\\_2019/}',
				'}',
			].join('\n'),
		);
	});

	const special: Citation = {
		key: 'camps/no-1',
		title: 'Camp #1 & 50% of {them}',
		kind: 'Camp',
		archive: 'A_B Archive',
		permalink: 'https://archive.test/camps/no-1/',
		sources: [{ id: 's', title: '$5 for _x_', byline: 'B', publisher: 'P', published: { value: '2019', precision: 'year', inferred: false }, url: 'https://x.example/a_b?c=1&d=2#e' }],
	};

	it('escapes the characters BibTeX and LaTeX read as markup', () => {
		const bibtex = citationBibtex(special);
		expect(bibtex).toContain(String.raw`  title        = {{Camp \#1 \& 50\% of \{them\}}},`);
		expect(bibtex).toContain(String.raw`  organization = {A\_B Archive},`);
		expect(bibtex).toContain(String.raw`  note         = {Camp record. Based on: B, “\$5 for \_x\_,” P, 2019, https://x.example/a\_b?c=1\&d=2\#e}`);
		expect(bibtex.startsWith('@misc{camps:no-1,\n')).toBe(true);
	});

	it('names a source’s byline as one author, and gives no date when none is known', () => {
		const bibtex = citationBibtex({ ...special, kind: 'Source', author: 'Testwatch researchers & co' });
		expect(bibtex).toContain('  author       = {{Testwatch researchers \\& co}},');
		expect(bibtex).not.toMatch(/year|date|urldate/);
	});

	it('writes a backslash, a tilde or a caret as the character, not as a LaTeX command', () => {
		const bibtex = citationBibtex({ ...special, title: String.raw`C:\camps ~ 2^3`, sources: [] });
		// "\\" is a line break in LaTeX, "~" a non-breaking space, and "^" an error outside maths.
		expect(bibtex).toContain(String.raw`  title        = {{C:\textbackslash{}camps \textasciitilde{} 2\textasciicircum{}3}},`);
	});
});

describe('a citation as CSL-JSON', () => {
	it('is one item: the record’s page, published by the archive on the day it was last changed, its sources in the note', () => {
		expect(citationCsl(citationOf(archive, recordIn(archive, 'people', 'gulnara-testova')))).toEqual({
			id: 'people/gulnara-testova',
			type: 'webpage',
			title: 'Gulnara Testova',
			author: undefined,
			'container-title': archiveName,
			publisher: archiveName,
			genre: 'Person record',
			URL: 'https://archive.test/people/gulnara-testova/',
			issued: { 'date-parts': [[2024, 11, 2]] },
			note:
				'Based on: Vera Exampleva, ““They counted us every morning”: a former detainee remembers Mockville Camp No. 1,” Fictistan Herald, 10 April 2019, https://herald.example/2019/04/mockville-camp/; ' +
				'Gulnara Testova, “A letter from Exampleland,” Exampleland Post, 2019, https://post.example/letters/testova_2019/.',
		});
	});

	it('names a source’s byline as its author, and gives no date and no note when none is known', () => {
		expect(citationCsl(citationOf(archive, recordIn(archive, 'sources', 'testwatch-report')))).toMatchObject({ id: 'sources/testwatch-report', author: [{ literal: 'Testwatch researchers' }], issued: { 'date-parts': [[2024, 6, 30]] } });
		const bare: Citation = { key: 'places/nowhere', title: 'Nowhere', kind: 'Place', archive: archiveName, permalink: '/places/nowhere/', sources: [] };
		expect(citationCsl(bare)).toEqual({
			id: 'places/nowhere',
			type: 'webpage',
			title: 'Nowhere',
			author: undefined,
			'container-title': archiveName,
			publisher: archiveName,
			genre: 'Place record',
			URL: '/places/nowhere/',
			issued: undefined,
			note: undefined,
		});
	});
});

import { describe, expect, it } from 'vitest';
import {
	atoZ,
	campsIndex,
	organizationsIndex,
	peopleIndex,
	placesIndex,
	recordCounts,
	sitemapPaths,
	sourcesCredited,
	sourcesIndex,
	testimoniesIndex,
	timelineIndex,
	timelinePages,
} from '../../src/core/views/indexes.ts';
import { at, day, link, month, source, year } from './core-fixture.ts';
import { fixtureArchive } from './test-utils.ts';

const archive = fixtureArchive('core-archive');

describe('the A–Z indexes', () => {
	it('groups people by the first letter of their name, with their roles, and the unnamed apart', () => {
		const index = peopleIndex(archive);
		const entries = (groups: typeof index.named) => groups.map(({ letter, entries }) => ({ letter, entries: entries.map(({ href, title, meta }) => ({ href, title, meta })) }));
		expect(entries(index.named)).toEqual([
			{ letter: 'A', entries: [{ ...link.aidarbek, meta: 'Former detainee, Witness' }] },
			{ letter: 'G', entries: [{ ...link.gulnara, meta: 'Relative of detainee, Activist' }] },
			{ letter: 'M', entries: [{ ...link.mirza, meta: 'Former detainee, Witness' }] },
			{ letter: 'V', entries: [{ ...link.vera, meta: 'Journalist, Author' }] },
		]);
		expect(entries(index.unnamed)).toEqual([{ letter: 'G', entries: [{ ...link.guard, meta: 'Perpetrator' }] }]);
		expect(index.namedCount).toBe(4);
		expect(index.unnamedCount).toBe(1);
	});

	it('shows each other spelling of a name once', () => {
		const [a] = peopleIndex(archive).named;
		// "Aydarbek Testow" is met in two sources; the index line names it once.
		expect(a.entries[0].spellings).toBe('Aydarbek Testow, Айдарбек Тестов');
		expect(peopleIndex(archive).named[1].entries[0].spellings).toBeUndefined();
	});

	it('files a name that starts with a digit under "#", before the letters', () => {
		expect(campsIndex(archive).count).toBe(2);
		expect(campsIndex(archive).letters.map((l) => l.letter)).toEqual(['#', 'M']);
		expect(campsIndex(archive).letters[0].entries).toEqual([{ ...link.seventh, spellings: undefined, meta: 'Detention centre · Mockville · 1 person held' }]);
		expect(campsIndex(archive).letters[1].entries.map(({ href, title, spellings }) => ({ href, title, spellings }))).toEqual([{ ...link.camp1, spellings: 'Camp Number One' }]);
	});

	it('files names whatever their case and accents, sorted by name', () => {
		// Sorted by name, though "testwatch-international" comes first by file name.
		expect(organizationsIndex(archive)).toEqual({
			count: 2,
			letters: [
				{
					letter: 'T',
					entries: [
						{ ...link.testwatch, spellings: undefined, meta: 'Human rights group' },
						{ ...link.twi, spellings: 'Testwatch Internationale', meta: 'International body' },
					],
				},
			],
		});
		expect(placesIndex(archive)).toEqual({
			count: 3,
			letters: [
				{ letter: 'F', entries: [{ ...link.fictistan, spellings: undefined, meta: 'Country' }] },
				{ letter: 'M', entries: [{ ...link.mockville, spellings: 'Mokvil', meta: 'City in North Testovia' }] },
				{ letter: 'N', entries: [{ ...link.northTestovia, spellings: undefined, meta: 'Region in Fictistan' }] },
			],
		});
	});

	it('makes a plain A–Z of any records, without a line about each when none is asked for', () => {
		expect(atoZ(archive, archive.of('organizations'))).toEqual([
			{
				letter: 'T',
				entries: [
					{ ...link.testwatch, spellings: undefined, meta: undefined },
					{ ...link.twi, spellings: 'Testwatch Internationale', meta: undefined },
				],
			},
		]);
		expect(atoZ(archive, [])).toEqual([]);
	});
});

describe('the lists of testimonies and sources', () => {
	it('lists testimonies by title, with kind, subjects, camps and warnings', () => {
		expect(testimoniesIndex(archive)).toEqual([
			{ ...link.testimonyAidarbek, kind: 'First-hand account', about: 'Aidarbek Testov', camps: 'Mockville Camp No. 1', warnings: undefined },
			{ ...link.testimonyGulnara, kind: 'Reported account', about: 'Aidarbek Testov', camps: undefined, warnings: undefined },
			{ ...link.testimonyMirza, kind: 'First-hand account', about: 'Mirza Mockov', camps: '7th Street Detention Centre', warnings: 'torture and violence' },
		]);
	});

	it('lists sources newest first, a year after the days within it', () => {
		const entry = { report: { ...link.report, byline: 'Testwatch researchers', publisher: 'Testwatch', originalPublisher: undefined, date: 'February 2020' }, interview: { ...link.interview, byline: 'Vera Exampleva', publisher: 'Fictistan Herald', originalPublisher: undefined, date: '10 April 2019' }, letter: { ...link.letter, byline: 'Gulnara Testova', publisher: 'Exampleland Post', originalPublisher: undefined, date: '2019' } };
		expect(sourcesIndex(archive)).toEqual([entry.report, entry.interview, entry.letter]);
		// The about page credits them in the order of their ids.
		expect(sourcesCredited(archive)).toEqual([entry.letter, entry.interview, entry.report]);
	});

	it('counts the records of each kind', () => {
		expect(recordCounts(archive)).toEqual([
			{ collection: 'sources', label: 'Sources', count: 3 },
			{ collection: 'testimonies', label: 'Testimonies', count: 3 },
			{ collection: 'people', label: 'People', count: 5 },
			{ collection: 'camps', label: 'Camps', count: 2 },
			{ collection: 'places', label: 'Places', count: 3 },
			{ collection: 'organizations', label: 'Organisations', count: 2 },
		]);
	});
});

describe('the timeline pages', () => {
	it('counts the events of each year, grouped by decade', () => {
		expect(timelineIndex(archive)).toEqual({
			total: 15,
			decades: [
				{
					decade: '2010s',
					years: [
						{ year: '2015', events: 1, href: '/timeline/2015/' },
						{ year: '2018', events: 9, href: '/timeline/2018/' },
						{ year: '2019', events: 4, href: '/timeline/2019/' },
					],
				},
				{ decade: '2020s', years: [{ year: '2020', events: 1, href: '/timeline/2020/' }] },
			],
		});
	});

	it('makes a page per year, linked to the years before and after it', () => {
		expect(timelinePages(archive).map(({ year, previous, next }) => ({ year, previous, next }))).toEqual([
			{ year: '2015', previous: undefined, next: '2018' },
			{ year: '2018', previous: '2015', next: '2019' },
			{ year: '2019', previous: '2018', next: '2020' },
			{ year: '2020', previous: '2019', next: undefined },
		]);
	});

	it('lists a year’s events in time order, the season or part of the year first, each linked to its record', () => {
		const page = timelinePages(archive).find((p) => p.year === '2018')!;
		// Of 2018: the year alone ("early", "spring") stands before its months, and 5 March keeps the order of the records.
		expect(page.events()).toEqual([
			{ date: year('2018', 'early'), text: 'Mirza Mockov: detention began.', record: link.seventh, source: at(source.report, 'Mirza Mockov was held at the 7th Street Detention Centre in early 2018.') },
			{ date: year('2018', 'spring'), text: '3,000 people held.', record: link.camp1, source: at(source.interview, 'A guard told me that three thousand people were held in the camp in the spring of 2018.') },
			{ date: month('2018-02'), text: 'Questioned about his travels.', record: link.mirza, source: at(source.report, 'In February 2018 he was questioned about his travels.') },
			{ date: day('2018-03-05'), text: 'Taken to Mockville Camp No. 1.', record: link.testimonyAidarbek, source: at(source.interview, 'Aidarbek Testov, a Fictic farmer aged 41, was taken from his home in Mockville on 5 March 2018.') },
			{ date: day('2018-03-05'), text: 'Taken from his home in Mockville.', record: link.aidarbek, source: at(source.interview, 'was taken from his home in Mockville on 5 March 2018') },
			{ date: day('2018-03-05'), text: 'Aidarbek Testov: detention began.', record: link.camp1, source: at(source.interview, 'I was there for eight months.') },
			{ date: month('2018-06'), text: 'Mirza Mockov: detention ended.', record: link.seventh, source: at(source.report, 'Mirza Mockov was held at the 7th Street Detention Centre in early 2018.') },
			{ date: month('2018-11'), text: 'Came home to his sister.', record: link.testimonyGulnara, source: at(source.letter, 'My brother Aidarbek Testov came home in November 2018.') },
			{ date: month('2018-11'), text: 'Aidarbek Testov: detention ended.', record: link.camp1, source: at(source.interview, 'I was there for eight months.') },
		]);
		// A publication is its source's own event: the source link is the record.
		const published = timelinePages(archive).find((p) => p.year === '2020')!;
		expect(published.events()).toEqual([{ date: { value: '2020-02', precision: 'month', inferred: false, basis: 'stated' }, text: 'Published: “The camps of North Testovia” (Testwatch).', record: undefined, source: source.report }]);
	});
});

describe('the pages search engines and the search page know', () => {
	it('lists the home page, the sections, the data and every record page once', () => {
		expect(sitemapPaths(archive)).toEqual([
			'/',
			'/testimonies/',
			'/people/',
			'/camps/',
			'/places/',
			'/sources/',
			'/timeline/',
			'/search/',
			'/about/',
			'/organizations/',
			'/data/',
			'/sources/exampleland-letter/',
			'/sources/herald-interview/',
			'/sources/testwatch-report/',
			'/testimonies/gulnara-testova-on-her-brother/',
			'/testimonies/mirza-mockov-7th-street/',
			'/testimonies/testov-mockville-camp/',
			'/people/aidarbek-testov/',
			'/people/gulnara-testova/',
			'/people/mirza-mockov/',
			'/people/mockville-camp-guard/',
			'/people/vera-exampleva/',
			'/camps/7th-street-detention-centre/',
			'/camps/mockville-camp-no-1/',
			'/places/fictistan/',
			'/places/mockville/',
			'/places/north-testovia/',
			'/organizations/testwatch-international/',
			'/organizations/testwatch/',
		]);
	});

	it('gives the sitemap under the sub-path the site is built with', () => {
		const paths = sitemapPaths(fixtureArchive('core-archive', { base: '/archive/' }));
		expect(paths.slice(0, 3)).toEqual(['/archive/', '/archive/testimonies/', '/archive/people/']);
		expect(paths.at(-1)).toBe('/archive/organizations/testwatch/');
		expect(paths.every((p) => p.startsWith('/archive/'))).toBe(true);
	});
});

import { describe, expect, it } from 'vitest';
import type { ArchiveRecord } from '../../src/core/records.ts';
import { atoZ, letterOf, organizationsIndex, placesIndex, recordCounts, sitemapPaths, sourcesCredited, sourcesIndex, timelineIndex, timelinePages } from '../../src/core/views/indexes.ts';
import { at, day, inferred, link, month, source, year } from './core-fixture.ts';
import { fixtureArchive } from './test-utils.ts';

const archive = fixtureArchive('core-archive');

describe('the A–Z indexes', () => {
	it('shows each other spelling of a name once', () => {
		const [a, g] = atoZ(archive, archive.of('people'));
		// "Aydarbek Testow" is met in two sources; the index line names it once.
		expect(a.entries[0].spellings).toBe('Aydarbek Testow, Айдарбек Тестов');
		expect(g.entries.map((e) => e.spellings)).toEqual([undefined, undefined]);
	});

	it('files a name that starts with a digit under "#", before the letters', () => {
		const camps = atoZ(archive, archive.of('camps'));
		expect(camps.map((l) => l.letter)).toEqual(['#', 'M']);
		expect(camps[0].entries).toEqual([{ ...link.seventh, spellings: undefined, meta: undefined }]);
		expect(camps[1].entries).toEqual([{ ...link.camp1, spellings: 'Camp Number One', meta: undefined }]);
		// Opening quotation marks are passed over: “Political re-education” camp is filed under P.
		expect(['Éva', 'çelik', '7th', '“Quoted”', ''].map(letterOf)).toEqual(['E', 'C', '#', 'Q', '#']);
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

describe('the list of sources', () => {
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

	it('lists a year’s events in time order, a part of the year where it falls, each linked to its record', () => {
		const page = timelinePages(archive).find((p) => p.year === '2018')!;
		// Of 2018: "early 2018" stands with January, before February; "spring 2018" with March, before 5 March; 5 March keeps the order of the records.
		expect(page.events()).toEqual([
			{ date: year('2018', 'early'), text: 'Mirza Mockov: detention began.', records: [link.seventh, link.mirza], source: at(source.report, 'Mirza Mockov was held at the 7th Street Detention Centre in early 2018.') },
			{ date: month('2018-02'), text: 'Questioned about his travels.', records: [link.mirza], source: at(source.report, 'In February 2018 he was questioned about his travels.') },
			// The archive's reading of the figure ("3,000"), not the guard's words ("three thousand").
			{ date: year('2018', 'spring'), text: '3,000 people held.', records: [link.camp1], source: at(source.interview, 'A guard told me that three thousand people were held in the camp in the spring of 2018.') },
			{ date: day('2018-03-05'), text: 'Taken to Mockville Camp No. 1.', records: [link.testimonyAidarbek], source: at(source.interview, 'Aidarbek Testov, a Fictic farmer aged 41, was taken from his home in Mockville on 5 March 2018.') },
			{ date: day('2018-03-05'), text: 'Taken from his home in Mockville.', records: [link.aidarbek], source: at(source.interview, 'was taken from his home in Mockville on 5 March 2018') },
			// The quote beside his detention gives no date: the archive's dates are marked inferred.
			{ date: inferred(day('2018-03-05'), 'the interview says he was taken from his home on 5 March 2018'), text: 'Aidarbek Testov: detention began.', records: [link.camp1, link.aidarbek], source: at(source.interview, 'I was there for eight months.') },
			{ date: inferred(month('2018-06'), 'the report says he was released in June 2018'), text: 'Mirza Mockov: detention ended.', records: [link.seventh, link.mirza], source: at(source.report, 'Mirza Mockov was held at the 7th Street Detention Centre in early 2018.') },
			{ date: month('2018-11'), text: 'Came home to his sister.', records: [link.testimonyGulnara], source: at(source.letter, 'My brother Aidarbek Testov came home in November 2018.') },
			{ date: inferred(month('2018-11'), 'his sister writes that he came home in November 2018'), text: 'Aidarbek Testov: detention ended.', records: [link.camp1, link.aidarbek], source: at(source.interview, 'I was there for eight months.') },
		]);
		// A publication is its source's own event: the source link is the record.
		const published = timelinePages(archive).find((p) => p.year === '2020')!;
		// A publication date's basis ("stated") says how it is known; the timeline shows the date's note, here none.
		expect(published.events()).toEqual([{ date: { value: '2020-02', precision: 'month', inferred: false, basis: undefined }, text: 'Published: “The camps of North Testovia” (Testwatch).', records: [], source: source.report }]);
	});

	it('tells a happening once, with every record that tells it, in the fullest wording', () => {
		// The guard's record and his sister's account tell, from the same passage, what the camp's figure and her account already tell.
		const told = fixtureArchive('core-archive', {
			edit: (records) =>
				records.map((r) => {
					if (r.collection === 'people' && r.id === 'mockville-camp-guard') {
						const event = { date: { value: '2018', precision: 'year', qualifier: 'spring', inferred: false }, text: 'Told Aidarbek Testov that three thousand people were held in the camp.', source: { collection: 'sources', id: 'herald-interview' }, quote: 'A guard told me that three thousand people were held in the camp in the spring of 2018.' };
						return { ...r, data: { ...r.data, events: [event] } } as ArchiveRecord;
					}
					if (r.collection === 'people' && r.id === 'aidarbek-testov') {
						const event = { date: { value: '2018-11', precision: 'month', inferred: false }, text: 'Came home.', source: { collection: 'sources', id: 'exampleland-letter' }, quote: 'My brother Aidarbek  Testov came home in November 2018.' };
						return { ...r, data: { ...r.data, events: [...r.data.events, event] } } as ArchiveRecord;
					}
					return r;
				}),
		});
		const events = timelinePages(told).find((p) => p.year === '2018')!.events();
		expect(events).toHaveLength(9);
		// The longer wording is kept; the records come in the timeline's order: accounts, people, then camps.
		expect(events.filter((e) => e.date.qualifier === 'spring')).toEqual([
			{ date: year('2018', 'spring'), text: 'Told Aidarbek Testov that three thousand people were held in the camp.', records: [link.guard, link.camp1], source: at(source.interview, 'A guard told me that three thousand people were held in the camp in the spring of 2018.') },
		]);
		// The same passage with its white space written otherwise is the same passage.
		expect(events.filter((e) => e.date.value === '2018-11' && !e.date.inferred)).toEqual([
			{ date: month('2018-11'), text: 'Came home to his sister.', records: [link.testimonyGulnara, link.aidarbek], source: at(source.letter, 'My brother Aidarbek Testov came home in November 2018.') },
		]);
	});
});

describe('the pages search engines and the search page know', () => {
	it('lists the home page, every section the header links, the search page and every record page once', () => {
		expect(sitemapPaths(archive)).toEqual([
			'/',
			'/testimonies/',
			'/people/',
			'/camps/',
			'/detentions/',
			'/places/',
			'/organizations/',
			'/sources/',
			'/timeline/',
			'/data/',
			'/about/',
			'/search/',
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

import { describe, expect, it } from 'vitest';
import type { ArchiveRecord } from '../../src/core/records.ts';
import { timelineIndex, timelinePages, type TimelinePage } from '../../src/core/views/timeline-pages.ts';
import { at, day, inferred, link, month, source, year } from './core-fixture.ts';
import { fixtureArchive } from './test-utils.ts';

const archive = fixtureArchive('core-archive');
/** The events of one page of the timeline, in order, as shown. */
const eventsOf = (page: TimelinePage) => page.events().sections.flatMap((s) => s.groups.flatMap((g) => g.rows));

describe('the timeline pages', () => {
	it('counts the events of each year, grouped by decade', () => {
		expect(timelineIndex(archive)).toEqual({
			total: 15,
			decades: [
				{
					decade: '2010s',
					years: [
						{ year: '2015', events: 1, href: '/timeline/2015/', pages: 1 },
						{ year: '2018', events: 9, href: '/timeline/2018/', pages: 1 },
						{ year: '2019', events: 4, href: '/timeline/2019/', pages: 1 },
					],
				},
				{ decade: '2020s', years: [{ year: '2020', events: 1, href: '/timeline/2020/', pages: 1 }] },
			],
		});
	});

	it('makes a page per year, linked to the years before and after it', () => {
		expect(timelinePages(archive).map(({ year, page, previous, next }) => ({ year, href: page.href, previous, next }))).toEqual([
			{ year: '2015', href: '/timeline/2015/', previous: undefined, next: '2018' },
			{ year: '2018', href: '/timeline/2018/', previous: '2015', next: '2019' },
			{ year: '2019', href: '/timeline/2019/', previous: '2018', next: '2020' },
			{ year: '2020', href: '/timeline/2020/', previous: '2019', next: undefined },
		]);
	});

	it('lists a year’s events in time order, a part of the year where it falls, each linked to its record', () => {
		const page = timelinePages(archive).find((p) => p.year === '2018')!;
		// Of 2018: "early 2018" stands with January, before February; "spring 2018" with March, before 5 March; 5 March keeps the order of the records.
		expect(eventsOf(page)).toEqual([
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
		expect(eventsOf(published)).toEqual([{ date: { value: '2020-02', precision: 'month', inferred: false, basis: undefined }, text: 'Published: “The camps of North Testovia” (Testwatch).', records: [], source: source.report }]);
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
		const events = eventsOf(timelinePages(told).find((p) => p.year === '2018')!);
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

	it('cuts a year with more events than a page holds into pages, by month, its months linked from each', () => {
		const pages = timelinePages(archive, 3).filter((p) => p.year === '2018');
		const months = (p: TimelinePage) => p.events().sections.map((s) => ({ id: s.id, label: s.label, continued: s.continued, events: s.groups.flatMap((g) => g.rows).map((e) => e.text) }));
		// A part of the year stands with its month: "early 2018" with January, "spring 2018" with March.
		expect(pages.map((p) => ({ href: p.page.href, months: months(p) }))).toEqual([
			{
				href: '/timeline/2018/',
				months: [
					{ id: 'month-01', label: 'January', continued: false, events: ['Mirza Mockov: detention began.'] },
					{ id: 'month-02', label: 'February', continued: false, events: ['Questioned about his travels.'] },
					{ id: 'month-03', label: 'March', continued: false, events: ['3,000 people held.'] },
				],
			},
			{ href: '/timeline/2018/2/', months: [{ id: 'month-03', label: 'March', continued: true, events: ['Taken to Mockville Camp No. 1.', 'Taken from his home in Mockville.', 'Aidarbek Testov: detention began.'] }] },
			{
				href: '/timeline/2018/3/',
				months: [
					{ id: 'month-06', label: 'June', continued: false, events: ['Mirza Mockov: detention ended.'] },
					{ id: 'month-11', label: 'November', continued: false, events: ['Came home to his sister.', 'Aidarbek Testov: detention ended.'] },
				],
			},
		]);
		expect(pages[1].page).toMatchObject({ number: 2, count: 3, first: 4, last: 6, total: 9, previous: '/timeline/2018/', next: '/timeline/2018/3/' });
		// The years before and after are those of the whole year.
		expect(pages.map((p) => [p.previous, p.next])).toEqual([['2015', '2019'], ['2015', '2019'], ['2015', '2019']]);
		const months2018 = [
			{ title: 'January', href: '/timeline/2018/#month-01' },
			{ title: 'February', href: '/timeline/2018/#month-02' },
			{ title: 'March', href: '/timeline/2018/#month-03' },
			{ title: 'June', href: '/timeline/2018/3/#month-06' },
			{ title: 'November', href: '/timeline/2018/3/#month-11' },
		];
		expect(pages[2].page.jumps).toEqual(months2018);
		// A date of the year alone comes first, under its own heading.
		expect(timelinePages(archive, 3).filter((p) => p.year === '2019').map((p) => months(p).map((m) => m.label))).toEqual([['No month given', 'January', 'March'], ['April']]);
		// The timeline's index links each month of a year of several pages.
		expect(timelineIndex(archive, 3).decades[0].years.slice(1)).toEqual([
			{ year: '2018', events: 9, href: '/timeline/2018/', pages: 3, months: months2018 },
			{
				year: '2019',
				events: 4,
				href: '/timeline/2019/',
				pages: 2,
				months: [
					{ title: 'No month given', href: '/timeline/2019/#no-month' },
					{ title: 'January', href: '/timeline/2019/#month-01' },
					{ title: 'March', href: '/timeline/2019/#month-03' },
					{ title: 'April', href: '/timeline/2019/2/#month-04' },
				],
			},
		]);
	});
});

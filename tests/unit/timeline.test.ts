import { describe, expect, it } from 'vitest';
import type { ArchiveRecord } from '../../src/core/records.ts';
import { detentionEvents, detentionText, timelineYears } from '../../src/core/timeline.ts';
import { day, inferred, month, year } from './core-fixture.ts';
import { fixtureArchive, recordIn } from './test-utils.ts';

const archive = fixtureArchive('core-archive');
const interview = { collection: 'sources', id: 'herald-interview' };
const camp1 = { collection: 'camps', id: 'mockville-camp-no-1' };

describe('the events of a person’s detentions', () => {
	const aidarbek = recordIn(archive, 'people', 'aidarbek-testov');
	/** Whose detention an event tells, and which end of it: the timeline names and links everyone whose detention one passage dates. */
	const aidarbekBegan = { person: { collection: 'people', id: 'aidarbek-testov' }, name: 'Aidarbek Testov', edge: 'began' };
	const aidarbekEnded = { ...aidarbekBegan, edge: 'ended' };

	it('names the person when the list mixes people', () => {
		expect(detentionEvents(aidarbek, true)).toEqual([
			// The quote gives neither date: the events keep the dates as the record has them, inferred, with their basis.
			{ date: inferred(day('2018-03-05'), 'the interview says he was taken from his home on 5 March 2018'), text: 'Aidarbek Testov: detention began.', source: interview, quote: 'I was there for eight months.', record: camp1, detention: aidarbekBegan },
			{ date: inferred(month('2018-11'), 'his sister writes that he came home in November 2018'), text: 'Aidarbek Testov: detention ended.', source: interview, quote: 'I was there for eight months.', record: camp1, detention: aidarbekEnded },
		]);
	});

	it('leaves the name out on the person’s own page', () => {
		expect(detentionEvents(aidarbek, false).map((e) => e.text)).toEqual(['Detention began.', 'Detention ended.']);
	});

	it('gives no event for a date the source does not give', () => {
		const edited = fixtureArchive('core-archive', {
			edit: (records) =>
				records.map((r) =>
					r.collection === 'people' && r.id === 'mirza-mockov' ? ({ ...r, data: { ...r.data, detentions: r.data.detentions.map(({ end: _end, ...d }) => d) } } as ArchiveRecord) : r,
				),
		});
		expect(detentionEvents(recordIn(edited, 'people', 'mirza-mockov'), true)).toEqual([
			{
				date: year('2018', 'early'),
				text: 'Mirza Mockov: detention began.',
				source: { collection: 'sources', id: 'testwatch-report' },
				quote: 'Mirza Mockov was held at the 7th Street Detention Centre in early 2018.',
				record: { collection: 'camps', id: '7th-street-detention-centre' },
				detention: { person: { collection: 'people', id: 'mirza-mockov' }, name: 'Mirza Mockov', edge: 'began' },
			},
		]);
		expect(detentionEvents(recordIn(edited, 'people', 'vera-exampleva'), true)).toEqual([]);
	});
});

describe('the timeline by year', () => {
	const years = timelineYears(archive);

	it('puts the years in order', () => {
		expect([...years.keys()]).toEqual(['2015', '2018', '2019', '2020']);
	});

	it('gathers every dated event of every kind of record: testimonies, people, organisations, camps, then sources', () => {
		const texts = (y: string) => years.get(y)!.map((e) => e.text);
		expect(texts('2015')).toEqual(['Split from Testwatch International.']);
		expect(texts('2018')).toEqual([
			'Came home to his sister.',
			'Taken to Mockville Camp No. 1.',
			'Taken from his home in Mockville.',
			'Aidarbek Testov: detention began.',
			'Aidarbek Testov: detention ended.',
			'Questioned about his travels.',
			'Mirza Mockov: detention began.',
			'Mirza Mockov: detention ended.',
			'3,000 people held.',
		]);
		expect(texts('2019')).toEqual([
			'Left Fictistan.',
			'5,000 people held.',
			'Published: “A letter from Exampleland” (Exampleland Post).',
			'Published: ““They counted us every morning”: a former detainee remembers Mockville Camp No. 1” (Fictistan Herald).',
		]);
		expect(texts('2020')).toEqual(['Published: “The camps of North Testovia” (Testwatch).']);
	});

	it('files each event under the record it belongs to', () => {
		expect(years.get('2018')!.map((e) => e.record)).toEqual([
			{ collection: 'testimonies', id: 'gulnara-testova-on-her-brother' },
			{ collection: 'testimonies', id: 'testov-mockville-camp' },
			{ collection: 'people', id: 'aidarbek-testov' },
			camp1,
			camp1,
			{ collection: 'people', id: 'mirza-mockov' },
			{ collection: 'camps', id: '7th-street-detention-centre' },
			{ collection: 'camps', id: '7th-street-detention-centre' },
			camp1,
		]);
		expect(years.get('2015')![0].record).toEqual({ collection: 'organizations', id: 'testwatch' });
	});

	it('leaves out a figure that has no date', () => {
		expect([...years.values()].flat().some((e) => e.text.includes('cells'))).toBe(false);
	});
});

describe('the text of a happening that only detentions tell', () => {
	const person = (id: string) => ({ collection: 'people' as const, id });
	it('names everyone whose detention one passage dates, and says which end', () => {
		expect(
			detentionText([
				{ person: person('a'), name: 'Erbolat Manapkan', edge: 'began' },
				{ person: person('b'), name: 'Erkesh Manapkan', edge: 'began' },
				{ person: person('c'), name: 'Bekesh Manapkan', edge: 'began' },
			]),
		).toBe('Erbolat Manapkan, Erkesh Manapkan and Bekesh Manapkan: detention began.');
		// Moved from a jail to house arrest on one day, by one passage.
		expect(
			detentionText([
				{ person: person('a'), name: 'Serikzhan Bilash', edge: 'ended' },
				{ person: person('a'), name: 'Serikzhan Bilash', edge: 'began' },
			]),
		).toBe('Serikzhan Bilash: detention began. Serikzhan Bilash: detention ended.');
	});

	it('says it without a name on the person’s own page', () => {
		expect(detentionText([{ person: person('a'), edge: 'began' }])).toBe('Detention began.');
	});
});

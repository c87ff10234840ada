import { describe, expect, it } from 'vitest';
import { dateSortKey, formatDated } from '../../src/core/dates.ts';
import { dateProblem } from '../../src/tools/check/dates.ts';

const today = new Date(Date.UTC(2026, 10, 22, 12)); // 22 November 2026, noon UTC

describe('dateProblem', () => {
	it('accepts real dates at the precision they are written in', () => {
		expect(dateProblem('2019-03-10', 'day', today)).toBeUndefined();
		expect(dateProblem('2019-03', 'month', today)).toBeUndefined();
		expect(dateProblem('2019', 'year', today)).toBeUndefined();
		expect(dateProblem('2020-02-29', 'day', today)).toBeUndefined();
		expect(dateProblem('2019-12-31', 'day', today)).toBeUndefined();
		expect(dateProblem('1800-01-01', 'day', today)).toBeUndefined();
	});

	it('reports a date written at another precision than the one given', () => {
		expect(dateProblem('2019-03', 'day', today)).toBe('precision "day" needs the date written as YYYY-MM-DD, but it is "2019-03"');
		expect(dateProblem('2019-03-10', 'month', today)).toBe('precision "month" needs the date written as YYYY-MM, but it is "2019-03-10"');
		expect(dateProblem('2019-03', 'year', today)).toBe('precision "year" needs the date written as YYYY, but it is "2019-03"');
		expect(dateProblem('2019', 'day', today)).toMatch(/needs the date written as YYYY-MM-DD/);
	});

	it('reports days that are not on the calendar', () => {
		expect(dateProblem('2019-02-30', 'day', today)).toBe('"2019-02-30" is not a day of the calendar');
		expect(dateProblem('2019-02-29', 'day', today)).toBe('"2019-02-29" is not a day of the calendar');
		expect(dateProblem('2019-04-31', 'day', today)).toMatch(/not a day of the calendar/);
		expect(dateProblem('2019-03-00', 'day', today)).toMatch(/not a day of the calendar/);
		expect(dateProblem('2019-03-32', 'day', today)).toMatch(/not a day of the calendar/);
		expect(dateProblem('1900-02-29', 'day', today)).toMatch(/not a day of the calendar/);
	});

	it('reports months that do not exist', () => {
		expect(dateProblem('2019-13', 'month', today)).toBe('"2019-13" has no month 13');
		expect(dateProblem('2019-00', 'month', today)).toBe('"2019-00" has no month 0');
		expect(dateProblem('2019-13-01', 'day', today)).toBe('"2019-13-01" has no month 13');
	});

	it('reports dates after the given today, and accepts today itself', () => {
		expect(dateProblem('2026-11-23', 'day', today)).toBe('"2026-11-23" is in the future');
		expect(dateProblem('2026-12', 'month', today)).toBe('"2026-12" is in the future');
		expect(dateProblem('2027', 'year', today)).toBe('"2027" is in the future');
		expect(dateProblem('2026-11-22', 'day', today)).toBeUndefined();
		// A month or year under way has begun, so it is not in the future.
		expect(dateProblem('2026-11', 'month', today)).toBeUndefined();
		expect(dateProblem('2026', 'year', today)).toBeUndefined();
	});

	it('judges the future against the today it is given, not the clock', () => {
		expect(dateProblem('2019-03-10', 'day', new Date(Date.UTC(2019, 2, 9)))).toBe('"2019-03-10" is in the future');
		expect(dateProblem('2019-03-10', 'day', new Date(Date.UTC(2019, 2, 10)))).toBeUndefined();
		expect(dateProblem('2999', 'year')).toBe('"2999" is in the future');
	});

	it('reports years too early for the archive', () => {
		expect(dateProblem('1799', 'year', today)).toBe('"1799" is too early for this archive; check the year');
		expect(dateProblem('0201-03-10', 'day', today)).toMatch(/too early/);
		// Two-digit years are not read as 19xx.
		expect(dateProblem('0019-03-10', 'day', today)).toMatch(/too early/);
	});
});

describe('formatDated', () => {
	it('says a date at the precision the source gives', () => {
		expect(formatDated({ value: '2019-03-10', precision: 'day' })).toBe('10 March 2019');
		expect(formatDated({ value: '2019-03-01', precision: 'day' })).toBe('1 March 2019');
		expect(formatDated({ value: '2022-03', precision: 'month' })).toBe('March 2022');
		expect(formatDated({ value: '2017-12', precision: 'month' })).toBe('December 2017');
		expect(formatDated({ value: '2017', precision: 'year' })).toBe('2017');
	});

	it('puts the qualifier first', () => {
		expect(formatDated({ value: '2017', precision: 'year', qualifier: 'late' })).toBe('late 2017');
		expect(formatDated({ value: '2018', precision: 'year', qualifier: 'spring' })).toBe('spring 2018');
		expect(formatDated({ value: '2018-02', precision: 'month', qualifier: 'around' })).toBe('around February 2018');
		expect(formatDated({ value: '2019-08-16', precision: 'day', qualifier: 'before' })).toBe('before 16 August 2019');
	});
});

describe('dateSortKey', () => {
	const dates = ['2019-04', '2019-03-10', '2018-12-31', '2019', '2019-03', '2020', '2019-03-09'];
	const expected = ['2018-12-31', '2019', '2019-03', '2019-03-09', '2019-03-10', '2019-04', '2020'];

	it('orders a year before its months and a month before its days', () => {
		const sorted = [...dates].sort((a, b) => (dateSortKey({ value: a }) < dateSortKey({ value: b }) ? -1 : 1));
		expect(sorted).toEqual(expected);
	});

	it('gives the same order with localeCompare, as the pages sort', () => {
		const sorted = [...dates].sort((a, b) => dateSortKey({ value: a }).localeCompare(dateSortKey({ value: b })));
		expect(sorted).toEqual(expected);
	});

	it('orders 2019 < 2019-03 < 2019-03-10 < 2019-04 pairwise', () => {
		const keys = ['2019', '2019-03', '2019-03-10', '2019-04'].map((value) => dateSortKey({ value }));
		for (let i = 1; i < keys.length; i++) {
			expect(keys[i - 1] < keys[i]).toBe(true);
			expect(keys[i - 1].localeCompare(keys[i])).toBeLessThan(0);
		}
	});

	/** Dates as a reader says them and as the records write them, in time order (a list: an object would put "2018" and "2019" first). */
	const list: [string, Parameters<typeof dateSortKey>[0]][] = [
		['before 2018', { value: '2018', precision: 'year', qualifier: 'before' }],
		['2018', { value: '2018', precision: 'year' }],
		['early 2018', { value: '2018', precision: 'year', qualifier: 'early' }],
		['February 2018', { value: '2018-02', precision: 'month' }],
		['spring 2018', { value: '2018', precision: 'year', qualifier: 'spring' }],
		['10 March 2018', { value: '2018-03-10', precision: 'day' }],
		['mid-March 2018', { value: '2018-03', precision: 'month', qualifier: 'mid' }],
		['20 March 2018', { value: '2018-03-20', precision: 'day' }],
		['late March 2018', { value: '2018-03', precision: 'month', qualifier: 'late' }],
		['30 March 2018', { value: '2018-03-30', precision: 'day' }],
		['summer 2018', { value: '2018', precision: 'year', qualifier: 'summer' }],
		['autumn 2018', { value: '2018', precision: 'year', qualifier: 'autumn' }],
		['late 2018', { value: '2018', precision: 'year', qualifier: 'late' }],
		['November 2018', { value: '2018-11', precision: 'month' }],
		['winter 2018', { value: '2018', precision: 'year', qualifier: 'winter' }],
		['31 December 2018', { value: '2018-12-31', precision: 'day' }],
		['2019', { value: '2019', precision: 'year' }],
		['before 16 August 2019', { value: '2019-08-16', precision: 'day', qualifier: 'before' }],
		['16 August 2019', { value: '2019-08-16', precision: 'day' }],
		['after 16 August 2019', { value: '2019-08-16', precision: 'day', qualifier: 'after' }],
		['17 August 2019', { value: '2019-08-17', precision: 'day' }],
	];
	const dated = Object.fromEntries(list);
	const inOrder = list.map(([name]) => name);
	const sortedNames = (names: string[]) => [...names].sort((a, b) => dateSortKey(dated[a]).localeCompare(dateSortKey(dated[b])));

	it('puts a season or a part of the year where it falls: spring with March, autumn with September, winter at the end', () => {
		expect(sortedNames([...inOrder].reverse())).toEqual(inOrder);
		expect(sortedNames(['autumn 2018', 'spring 2018'])).toEqual(['spring 2018', 'autumn 2018']);
		expect(sortedNames(['late 2018', 'early 2018', 'summer 2018'])).toEqual(['early 2018', 'summer 2018', 'late 2018']);
	});

	it('puts a part of a month among its days, and "before" or "after" a date just before or after it', () => {
		expect(sortedNames(['late March 2018', '30 March 2018', '20 March 2018', 'mid-March 2018', '10 March 2018'])).toEqual(['10 March 2018', 'mid-March 2018', '20 March 2018', 'late March 2018', '30 March 2018']);
		expect(sortedNames(['17 August 2019', 'after 16 August 2019', '16 August 2019', 'before 16 August 2019'])).toEqual(['before 16 August 2019', '16 August 2019', 'after 16 August 2019', '17 August 2019']);
		expect(sortedNames(['2018', 'before 2018'])).toEqual(['before 2018', '2018']);
	});
});

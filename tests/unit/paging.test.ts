import { describe, expect, it } from 'vitest';
import { pageList } from '../../src/core/views/paging.ts';

const hrefOf = (n: number) => (n === 1 ? '/list/' : `/list/${n}/`);
const sections = [
	{ id: 'a', label: 'A', groups: [{ id: 'anna', head: 'Anna', rows: [1, 2, 3] }] },
	{ id: 'b', label: 'B', groups: [{ id: 'boris', head: 'Boris', rows: [4] }, { id: 'bella', head: 'Bella', rows: [5, 6] }] },
	{ id: 'c', label: 'C', groups: [] },
	{ id: 'd', label: 'D', groups: [{ id: 'd-list', rows: [7] }] },
];

describe('long lists in pages', () => {
	it('cuts a list into pages of at most so many rows, a group cut by a page going on, marked continued, on the next', () => {
		const pages = pageList(sections, hrefOf, 2);
		expect(pages.map((p) => ({ number: p.number, first: p.first, last: p.last, previous: p.previous, next: p.next }))).toEqual([
			{ number: 1, first: 1, last: 2, previous: undefined, next: '/list/2/' },
			{ number: 2, first: 3, last: 4, previous: '/list/', next: '/list/3/' },
			{ number: 3, first: 5, last: 6, previous: '/list/2/', next: '/list/4/' },
			{ number: 4, first: 7, last: 7, previous: '/list/3/', next: undefined },
		]);
		expect(pages.every((p) => p.count === 4 && p.total === 7)).toBe(true);
		expect(pages[0].sections).toEqual([{ id: 'a', label: 'A', continued: false, groups: [{ id: 'anna', head: 'Anna', continued: false, rows: [1, 2] }] }]);
		expect(pages[1].sections).toEqual([
			{ id: 'a', label: 'A', continued: true, groups: [{ id: 'anna', head: 'Anna', continued: true, rows: [3] }] },
			{ id: 'b', label: 'B', continued: false, groups: [{ id: 'boris', head: 'Boris', continued: false, rows: [4] }] },
		]);
		// A section that goes on with a new group is continued; the group is not.
		expect(pages[2].sections).toEqual([{ id: 'b', label: 'B', continued: true, groups: [{ id: 'bella', head: 'Bella', continued: false, rows: [5, 6] }] }]);
		expect(pages[3].sections).toEqual([{ id: 'd', label: 'D', continued: false, groups: [{ id: 'd-list', head: undefined, continued: false, rows: [7] }] }]);
	});

	it('links every section with rows from every page, on the page where it begins', () => {
		const pages = pageList(sections, hrefOf, 2);
		const jumps = [
			{ title: 'A', href: '/list/#a' },
			{ title: 'B', href: '/list/2/#b' },
			{ title: 'D', href: '/list/4/#d' },
		];
		expect(pages.map((p) => p.jumps)).toEqual([jumps, jumps, jumps, jumps]);
	});

	it('makes one page of a short list, and one empty page of an empty one', () => {
		const [only, ...rest] = pageList(sections, hrefOf);
		expect(rest).toEqual([]);
		expect(only).toMatchObject({ number: 1, count: 1, first: 1, last: 7, total: 7, previous: undefined, next: undefined });
		expect(pageList([], hrefOf)).toEqual([{ number: 1, count: 1, href: '/list/', previous: undefined, next: undefined, first: 0, last: 0, total: 0, sections: [], jumps: [] }]);
	});
});

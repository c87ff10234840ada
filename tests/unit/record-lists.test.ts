import { describe, expect, it } from 'vitest';
import { linkedListPages, linkedTo, type LinkedListPage } from '../../src/core/views/record-lists.ts';
import { link } from './core-fixture.ts';
import { fixtureArchive, recordIn } from './test-utils.ts';

/**
 * A record page shows the first records linked to it and links to the list of all of them. The
 * fixture's records have few links, so the tests show one of each kind and put two on a page.
 */
const archive = fixtureArchive('core-archive');
const limits = { shown: 1, size: 2 };
/** A page of a list as a reader sees it: its address, its sections, each group's rows. */
const shown = (page: LinkedListPage) => ({
	href: page.href,
	sections: page.sections.map((s) => ({ id: s.id, label: s.label, continued: s.continued, groups: s.groups.map((g) => ({ id: g.id, head: g.head, rows: g.rows.map((r) => `${r.title} · ${r.meta}`) })) })),
});

describe('the records linked to a record, as its page shows them', () => {
	it('shows the first of each kind, the true count, and links to all of them when it shows only the first', () => {
		expect(linkedTo(archive, recordIn(archive, 'places', 'mockville'), limits)).toEqual({
			places: { links: [], count: 0, all: undefined },
			camps: { links: [link.seventh], count: 2, all: { href: '/places/mockville/camps/', title: 'All 2 places of detention in Mockville' } },
			testimonies: { links: [link.testimonyAidarbek], count: 2, all: { href: '/places/mockville/testimonies/', title: 'All 2 testimonies that name Mockville' } },
			sources: { links: [link.interview], count: 2, all: { href: '/places/mockville/sources/', title: 'All 2 sources that mention Mockville' } },
		});
	});

	it('shows them all, with no further link, while there are no more than it shows', () => {
		const all = linkedTo(archive, recordIn(archive, 'places', 'mockville'));
		expect(all.camps).toEqual({ links: [link.seventh, link.camp1], count: 2, all: undefined });
		expect(Object.values(all).every((list) => list.all === undefined)).toBe(true);
	});

	it('links each of a person’s kinds of testimony to where it begins in the one list of them', () => {
		const lists = linkedTo(archive, recordIn(archive, 'people', 'aidarbek-testov'), limits);
		expect(lists.given).toEqual({ links: [link.testimonyAidarbek], count: 1, all: undefined });
		expect(lists.about).toEqual({ links: [link.testimonyAidarbek], count: 2, all: { href: '/people/aidarbek-testov/testimonies/#about', title: 'All 2 testimonies about Aidarbek Testov' } });
		expect(lists.mentioning).toEqual({ links: [link.testimonyMirza], count: 1, all: undefined });
		expect(lists['named-in']).toEqual({ links: [], count: 0, all: undefined });
		expect(lists.sources).toEqual({ links: [link.letter], count: 3, all: { href: '/people/aidarbek-testov/sources/', title: 'All 3 sources that mention Aidarbek Testov' } });
	});
});

describe('the lists of records linked to a record, in pages', () => {
	it('makes pages only of the lists a page shows in part, A–Z by letter, sources by year', () => {
		const lists = linkedListPages(archive, 'places', limits).filter((l) => l.id === 'mockville');
		expect(lists.map((l) => ({ slug: l.slug, title: l.title, rows: l.rows, record: l.record, ...shown(l.page) }))).toEqual([
			{
				slug: 'camps',
				title: 'Places of detention in Mockville',
				rows: 'places of detention',
				record: link.mockville,
				href: '/places/mockville/camps/',
				sections: [
					{ id: 'letter-other', label: '#', continued: false, groups: [{ id: 'letter-other-list', head: undefined, rows: ['7th Street Detention Centre · Detention centre'] }] },
					{ id: 'letter-M', label: 'M', continued: false, groups: [{ id: 'letter-M-list', head: undefined, rows: ['Mockville Camp No. 1 · Re-education camp'] }] },
				],
			},
			{
				slug: 'testimonies',
				title: 'Testimonies that name Mockville',
				rows: 'testimonies',
				record: link.mockville,
				href: '/places/mockville/testimonies/',
				sections: [
					{ id: 'letter-A', label: 'A', continued: false, groups: [{ id: 'letter-A-list', head: undefined, rows: [`${link.testimonyAidarbek.title} · First-hand account`] }] },
					{ id: 'letter-M', label: 'M', continued: false, groups: [{ id: 'letter-M-list', head: undefined, rows: [`${link.testimonyMirza.title} · First-hand account`] }] },
				],
			},
			{
				slug: 'sources',
				title: 'Sources that mention Mockville',
				rows: 'sources',
				record: link.mockville,
				href: '/places/mockville/sources/',
				sections: [
					{ id: 'year-2020', label: '2020', continued: false, groups: [{ id: 'year-2020-list', head: undefined, rows: ['The camps of North Testovia · Testwatch researchers · Testwatch · February 2020'] }] },
					{ id: 'year-2019', label: '2019', continued: false, groups: [{ id: 'year-2019-list', head: undefined, rows: [`${link.interview.title} · Vera Exampleva · Fictistan Herald · 10 April 2019`] }] },
				],
			},
		]);
		// North Testovia has one place within it and one source: its page shows them all, and it has no list pages.
		expect(linkedListPages(archive, 'places', { shown: 2 }).map((l) => l.page.href)).toEqual([]);
	});

	it('makes a section of each kind of a person’s testimonies, A–Z within it, in pages', () => {
		const lists = linkedListPages(archive, 'people', limits).filter((l) => l.id === 'aidarbek-testov');
		// A page of each list: two of his testimonies, two of the sources that mention him.
		expect(lists.map((l) => [l.slug, l.page.number])).toEqual([['testimonies', 1], ['testimonies', 2], ['sources', 1], ['sources', 2]]);
		const pages = lists.filter((l) => l.slug === 'testimonies');
		expect(pages[0].title).toBe('Testimonies of Aidarbek Testov');
		expect(pages.map((l) => shown(l.page))).toEqual([
			{
				href: '/people/aidarbek-testov/testimonies/',
				sections: [
					{ id: 'given', label: 'Testimonies given by Aidarbek Testov', continued: false, groups: [{ id: 'given-A', head: 'A', rows: [`${link.testimonyAidarbek.title} · First-hand account`] }] },
					{ id: 'about', label: 'Testimonies about Aidarbek Testov', continued: false, groups: [{ id: 'about-A', head: 'A', rows: [`${link.testimonyAidarbek.title} · First-hand account`] }] },
				],
			},
			{
				href: '/people/aidarbek-testov/testimonies/2/',
				sections: [
					{ id: 'about', label: 'Testimonies about Aidarbek Testov', continued: true, groups: [{ id: 'about-G', head: 'G', rows: [`${link.testimonyGulnara.title} · Reported account`] }] },
					{ id: 'mentioning', label: 'Testimonies mentioning Aidarbek Testov', continued: false, groups: [{ id: 'mentioning-M', head: 'M', rows: [`${link.testimonyMirza.title} · First-hand account`] }] },
				],
			},
		]);
		expect(pages[1].page.jumps).toEqual([
			{ title: 'Testimonies given by Aidarbek Testov', href: '/people/aidarbek-testov/testimonies/#given', parts: [{ title: 'A', href: '/people/aidarbek-testov/testimonies/#given-A' }] },
			{
				title: 'Testimonies about Aidarbek Testov',
				href: '/people/aidarbek-testov/testimonies/#about',
				parts: [
					{ title: 'A', href: '/people/aidarbek-testov/testimonies/#about-A' },
					{ title: 'G', href: '/people/aidarbek-testov/testimonies/2/#about-G' },
				],
			},
			{ title: 'Testimonies mentioning Aidarbek Testov', href: '/people/aidarbek-testov/testimonies/2/#mentioning', parts: [{ title: 'M', href: '/people/aidarbek-testov/testimonies/2/#mentioning-M' }] },
		]);
	});

	it('lists under a source the records drawn from it, kind by kind', () => {
		const lists = linkedListPages(archive, 'sources', limits).filter((l) => l.id === 'herald-interview');
		expect(lists.map((l) => [l.slug, l.title, l.page.href, l.page.total])).toEqual([
			['people', `People drawn from “${link.interview.title}”`, '/sources/herald-interview/people/', 3],
			['people', `People drawn from “${link.interview.title}”`, '/sources/herald-interview/people/2/', 3],
		]);
	});
});

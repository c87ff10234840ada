import { describe, expect, it } from 'vitest';
import { testimonyList, testimonyListHref } from '../../src/core/views/testimony-lists.ts';
import { link } from './core-fixture.ts';
import { moreCamps } from './more-camps.ts';
import { fixtureArchive } from './test-utils.ts';

const archive = fixtureArchive('core-archive');

describe('the testimonies index', () => {
	it('lists accounts in time order by when their events began, each with when and where, under its year', () => {
		const [page, ...more] = testimonyList(archive, 'date');
		expect(more).toEqual([]);
		expect(page.href).toBe('/testimonies/');
		expect(page.sections.map((s) => ({ id: s.id, label: s.label, rows: s.groups.flatMap((g) => g.rows) }))).toEqual([
			{
				id: 'year-2018',
				label: '2018',
				rows: [
					// "early 2018" is a date of the year alone: it stands before 5 March 2018.
					{ ...link.testimonyMirza, kind: 'First-hand account', about: 'Mirza Mockov', when: 'early 2018 to June 2018', camps: '7th Street Detention Centre', warnings: 'torture and violence' },
					{ ...link.testimonyAidarbek, kind: 'First-hand account', about: 'Aidarbek Testov', when: '5 March 2018 to November 2018', camps: 'Mockville Camp No. 1', warnings: undefined },
					// No period: dated by its events.
					{ ...link.testimonyGulnara, kind: 'Reported account', about: 'Aidarbek Testov', when: 'dated events: November 2018', camps: undefined, warnings: undefined },
				],
			},
		]);
	});

	it('files accounts with no date last, and marks inferred dates', () => {
		const edited = fixtureArchive('core-archive', {
			edit: (records) =>
				records.map((r) => {
					if (r.collection !== 'testimonies') return r;
					if (r.id === 'gulnara-testova-on-her-brother') return { ...r, data: { ...r.data, events: [] } };
					if (r.id === 'mirza-mockov-7th-street') return { ...r, data: { ...r.data, period: { start: { value: '2017', precision: 'year', inferred: true } } } };
					return r;
				}),
		});
		const [page] = testimonyList(edited, 'date');
		expect(page.sections.map((s) => ({ id: s.id, label: s.label, when: s.groups[0].rows.map((t) => t.when) }))).toEqual([
			{ id: 'year-2017', label: '2017', when: ['from 2017 (inferred)'] },
			{ id: 'year-2018', label: '2018', when: ['5 March 2018 to November 2018'] },
			{ id: 'undated', label: 'Date not stated', when: [undefined] },
		]);
		expect(page.jumps.map((j) => j.title)).toEqual(['2017', '2018', 'Date not stated']);
	});

	it('groups accounts by the place of detention they name, places in the order of the camps index, those naming none last', () => {
		const [page] = testimonyList(fixtureArchive('core-archive', { edit: moreCamps }), 'camp');
		expect(page.href).toBe('/testimonies/by-camp/');
		expect(page.sections.map((s) => ({ id: s.id, groups: s.groups.map((g) => ({ id: g.id, head: g.head?.title, rows: g.rows.map((t) => t.title) })) }))).toEqual([
			{ id: 'camps', groups: [{ id: 'camp-mockville-camp-no-1', head: 'Mockville Camp No. 1', rows: [link.testimonyAidarbek.title] }] },
			{ id: 'prisons', groups: [{ id: 'camp-7th-street-detention-centre', head: '7th Street Detention Centre', rows: [link.testimonyMirza.title] }] },
			{ id: 'no-camp', groups: [{ id: 'no-camp-list', head: undefined, rows: [link.testimonyGulnara.title] }] },
		]);
	});

	it('lists them A–Z by title', () => {
		const [page] = testimonyList(archive, 'title');
		expect(page.href).toBe('/testimonies/a-z/');
		expect(page.sections.map((s) => ({ id: s.id, rows: s.groups[0].rows.map((t) => t.href) }))).toEqual([
			{ id: 'letter-A', rows: [link.testimonyAidarbek.href] },
			{ id: 'letter-G', rows: [link.testimonyGulnara.href] },
			{ id: 'letter-M', rows: [link.testimonyMirza.href] },
		]);
	});

	it('gives each order its address, the time order at testimonies/ itself', () => {
		expect(['date', 'camp', 'title'].flatMap((o) => [1, 2].map((n) => testimonyListHref(archive, o as 'date', n)))).toEqual([
			'/testimonies/',
			'/testimonies/by-date/2/',
			'/testimonies/by-camp/',
			'/testimonies/by-camp/2/',
			'/testimonies/a-z/',
			'/testimonies/a-z/2/',
		]);
	});

	it('refuses a testimony whose id would take the address of a list', () => {
		const taken = fixtureArchive('core-archive', { edit: (records) => records.map((r) => (r.id === 'gulnara-testova-on-her-brother' ? { ...r, id: 'a-z' } : r)) });
		expect(() => testimonyList(taken, 'title')).toThrow('A testimony\'s id is "a-z", the folder of a list of testimonies (testimonies/a-z/): rename the record.');
	});
});

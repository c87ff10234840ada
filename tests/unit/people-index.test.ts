import { describe, expect, it } from 'vitest';
import { peopleIndex, peopleRoles, peopleWithRole, type PeopleIndexPage } from '../../src/core/views/people-index.ts';
import { link } from './core-fixture.ts';
import { fixtureArchive } from './test-utils.ts';

const archive = fixtureArchive('core-archive');
/** A page of the people index as a reader sees it: each group's sections, each letter's people. */
const shown = (page: PeopleIndexPage) =>
	page.sections.map((s) => ({
		id: s.id,
		label: s.label,
		note: s.note,
		continued: s.continued,
		groups: s.groups.map((g) => ({ id: g.id, head: g.head, rows: g.rows.map(({ href, title, meta }) => ({ href, title, meta })) })),
	}));

describe('the people index', () => {
	it('puts those the accounts are about first, then those who report, then officials and perpetrators, each A–Z with the unnamed after', () => {
		const index = peopleIndex(archive);
		expect(index.count).toBe(5);
		expect(index.pages).toHaveLength(1);
		expect(shown(index.pages[0])).toEqual([
			{
				id: 'accounts',
				label: 'Detainees, relatives and witnesses',
				note: '3 people: the people the accounts are about and those who saw what happened.',
				continued: false,
				groups: [
					{ id: 'accounts-A', head: 'A', rows: [{ ...link.aidarbek, meta: 'Former detainee, Witness' }] },
					// An activist who is also a detainee's relative is filed with the accounts.
					{ id: 'accounts-G', head: 'G', rows: [{ ...link.gulnara, meta: 'Relative of detainee, Activist' }] },
					{ id: 'accounts-M', head: 'M', rows: [{ ...link.mirza, meta: 'Former detainee, Witness' }] },
				],
			},
			{ id: 'reporting', label: 'Activists, lawyers, journalists and authors', note: '1 person: those who report, document and advocate.', continued: false, groups: [{ id: 'reporting-V', head: 'V', rows: [{ ...link.vera, meta: 'Journalist, Author' }] }] },
			{
				id: 'officials',
				label: 'Officials, perpetrators and public figures',
				note: '1 person: officials, guards, politicians and public figures the sources name.',
				continued: false,
				groups: [{ id: 'officials-unnamed', head: 'Not named in the sources', rows: [{ ...link.guard, meta: 'Perpetrator' }] }],
			},
		]);
	});

	it('cuts the index into pages, each group and its letters linked from every page where they begin', () => {
		const pages = peopleIndex(archive, 2).pages;
		expect(pages.map((p) => ({ href: p.href, first: p.first, last: p.last, total: p.total }))).toEqual([
			{ href: '/people/', first: 1, last: 2, total: 5 },
			{ href: '/people/page/2/', first: 3, last: 4, total: 5 },
			{ href: '/people/page/3/', first: 5, last: 5, total: 5 },
		]);
		expect(shown(pages[1]).map((s) => ({ id: s.id, continued: s.continued, groups: s.groups.map((g) => g.id) }))).toEqual([
			{ id: 'accounts', continued: true, groups: ['accounts-M'] },
			{ id: 'reporting', continued: false, groups: ['reporting-V'] },
		]);
		const jumps = [
			{
				title: 'Detainees, relatives and witnesses',
				href: '/people/#accounts',
				parts: [
					{ title: 'A', href: '/people/#accounts-A' },
					{ title: 'G', href: '/people/#accounts-G' },
					{ title: 'M', href: '/people/page/2/#accounts-M' },
				],
			},
			{ title: 'Activists, lawyers, journalists and authors', href: '/people/page/2/#reporting', parts: [{ title: 'V', href: '/people/page/2/#reporting-V' }] },
			{ title: 'Officials, perpetrators and public figures', href: '/people/page/3/#officials', parts: [{ title: 'not named', href: '/people/page/3/#officials-unnamed' }] },
		];
		expect(pages.map((p) => p.jumps)).toEqual([jumps, jumps, jumps]);
	});

	it('gives no two letters of the index the same anchor', () => {
		const ids = peopleIndex(archive).pages.flatMap((p) => p.sections.flatMap((s) => [s.id, ...s.groups.map((g) => g.id)]));
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('offers a page for each role someone has, with how many have it', () => {
		expect(peopleRoles(archive)).toEqual([
			{ role: 'former-detainee', label: 'Former detainee', count: 2, href: '/people/roles/former-detainee/' },
			{ role: 'relative-of-detainee', label: 'Relative of detainee', count: 1, href: '/people/roles/relative-of-detainee/' },
			{ role: 'witness', label: 'Witness', count: 2, href: '/people/roles/witness/' },
			{ role: 'activist', label: 'Activist', count: 1, href: '/people/roles/activist/' },
			{ role: 'journalist', label: 'Journalist', count: 1, href: '/people/roles/journalist/' },
			{ role: 'author', label: 'Author', count: 1, href: '/people/roles/author/' },
			{ role: 'perpetrator', label: 'Perpetrator', count: 1, href: '/people/roles/perpetrator/' },
		]);
	});

	it('lists everyone with one role A–Z, those not named after, in pages under the role’s address', () => {
		const [witnesses, ...more] = peopleWithRole(archive, 'witness');
		expect(more).toEqual([]);
		expect(witnesses.href).toBe('/people/roles/witness/');
		const shown = (page: typeof witnesses) => page.sections.map((s) => ({ id: s.id, label: s.label, rows: s.groups.flatMap((g) => g.rows).map(({ href, title, meta }) => ({ href, title, meta })) }));
		expect(shown(witnesses)).toEqual([
			{ id: 'letter-A', label: 'A', rows: [{ ...link.aidarbek, meta: 'Former detainee, Witness' }] },
			{ id: 'letter-M', label: 'M', rows: [{ ...link.mirza, meta: 'Former detainee, Witness' }] },
		]);
		expect(shown(peopleWithRole(archive, 'perpetrator')[0])).toEqual([{ id: 'unnamed', label: 'Not named in the sources', rows: [{ ...link.guard, meta: 'Perpetrator' }] }]);
		expect(peopleWithRole(fixtureArchive('core-archive', { base: '/archive/' }), 'author')[0].jumps).toEqual([{ title: 'V', href: '/archive/people/roles/author/#letter-V' }]);
	});

	it('refuses a person whose id would take the address of the role pages', () => {
		const taken = fixtureArchive('core-archive', { edit: (records) => records.map((r) => (r.id === 'vera-exampleva' ? { ...r, id: 'roles' } : r)) });
		expect(() => peopleRoles(taken)).toThrow('A person\'s id is "roles", the folder of the pages of people by role (people/roles/): rename the record.');
	});
});

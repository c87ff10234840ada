import { describe, expect, it } from 'vitest';
import { peopleIndex, peopleRoles, peopleWithRole } from '../../src/core/views/people-index.ts';
import { link } from './core-fixture.ts';
import { fixtureArchive } from './test-utils.ts';

const archive = fixtureArchive('core-archive');
const entries = (list: { letters: { letter: string; id: string; entries: { href: string; title: string; meta?: string }[] }[]; unnamed: { href: string; title: string; meta?: string }[] }) => ({
	letters: list.letters.map(({ letter, id, entries }) => ({ letter, id, entries: entries.map(({ href, title, meta }) => ({ href, title, meta })) })),
	unnamed: list.unnamed.map(({ href, title, meta }) => ({ href, title, meta })),
});

describe('the people index', () => {
	it('puts those the accounts are about first, then those who report, then officials and perpetrators, each A–Z with the unnamed after', () => {
		const index = peopleIndex(archive);
		expect(index.count).toBe(5);
		expect(index.groups.map((g) => ({ id: g.id, label: g.label, count: g.count, ...entries(g) }))).toEqual([
			{
				id: 'accounts',
				label: 'Detainees, relatives and witnesses',
				count: 3,
				letters: [
					{ letter: 'A', id: 'accounts-A', entries: [{ ...link.aidarbek, meta: 'Former detainee, Witness' }] },
					// An activist who is also a detainee's relative is filed with the accounts.
					{ letter: 'G', id: 'accounts-G', entries: [{ ...link.gulnara, meta: 'Relative of detainee, Activist' }] },
					{ letter: 'M', id: 'accounts-M', entries: [{ ...link.mirza, meta: 'Former detainee, Witness' }] },
				],
				unnamed: [],
			},
			{ id: 'reporting', label: 'Activists, lawyers, journalists and authors', count: 1, letters: [{ letter: 'V', id: 'reporting-V', entries: [{ ...link.vera, meta: 'Journalist, Author' }] }], unnamed: [] },
			{ id: 'officials', label: 'Officials, perpetrators and public figures', count: 1, letters: [], unnamed: [{ ...link.guard, meta: 'Perpetrator' }] },
		]);
	});

	it('gives no two letters of the page the same anchor', () => {
		const ids = peopleIndex(archive).groups.flatMap((g) => g.letters.map((l) => l.id));
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
		expect(() => peopleRoles(taken)).toThrow('A person\'s id is "roles", the folder of the role pages (people/roles/): rename the record.');
	});
});

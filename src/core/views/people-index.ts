import { personRoles } from '../../schemas/person.ts';
import type { ArchiveIndex } from '../archive.ts';
import { label } from '../labels.ts';
import { rolesFolder } from '../list-folders.ts';
import type { RecordOf } from '../records.ts';
import { atoZ, indexPages, letterGroups, letterSections, type AtoZEntry, type AtoZPage } from './indexes.ts';
import { pageList, refuseFolderIds, type ListPage, type ListSection } from './paging.ts';

/**
 * The people index as a reader uses it: those the accounts are about apart from those who
 * report on them and from officials and public figures, and a page per role.
 */

type Role = (typeof personRoles)[number];

const peopleGroups = [
	{ id: 'accounts', label: 'Detainees, relatives and witnesses', about: 'the people the accounts are about and those who saw what happened' },
	{ id: 'reporting', label: 'Activists, lawyers, journalists and authors', about: 'those who report, document and advocate' },
	{ id: 'officials', label: 'Officials, perpetrators and public figures', about: 'officials, guards, politicians and public figures the sources name' },
] as const;
type PeopleGroupId = (typeof peopleGroups)[number]['id'];

/** Every role in a group: a role added to the schema must be filed here. */
const groupOfRole: Record<Role, PeopleGroupId> = {
	'former-detainee': 'accounts',
	detainee: 'accounts',
	'relative-of-detainee': 'accounts',
	witness: 'accounts',
	activist: 'reporting',
	lawyer: 'reporting',
	journalist: 'reporting',
	author: 'reporting',
	scholar: 'reporting',
	translator: 'reporting',
	photographer: 'reporting',
	official: 'officials',
	politician: 'officials',
	'public-figure': 'officials',
	'historical-figure': 'officials',
	perpetrator: 'officials',
};

/** The folder of the role pages under people/; a person with this id would take its address. */

/** A person's group: the first, in the order above, that one of their roles belongs to. */
const groupOf = (person: RecordOf<'people'>): PeopleGroupId => peopleGroups.find((g) => person.data.roles.some((r) => groupOfRole[r] === g.id))!.id;

const rolesLine = (p: RecordOf<'people'>) => p.data.roles.map(label).join(', ');

const unnamedHead = 'Not named in the sources';

/** Each role with the number of people who have it and the address of its page, roles in the schema's order; roles nobody has are left out. */
export function peopleRoles(archive: ArchiveIndex) {
	refuseFolderIds(archive, 'people');
	return personRoles
		.map((role) => ({ role, label: label(role), count: archive.of('people').filter((p) => p.data.roles.includes(role)).length, href: archive.links.href(`people/${rolesFolder}/${role}/`) }))
		.filter((r) => r.count > 0);
}

export type PeopleIndexPage = ListPage<string, AtoZEntry>;

/**
 * The people index, in pages: a section per group (those the accounts are about, those who
 * report, officials), each A–Z by letter with those the sources do not name after; the letters
 * are linked from every page.
 */
export function peopleIndex(archive: ArchiveIndex, size?: number) {
	const people = archive.of('people');
	const sections: ListSection<string, AtoZEntry>[] = peopleGroups.flatMap((g) => {
		const members = people.filter((p) => groupOf(p) === g.id);
		if (!members.length) return [];
		const unnamed = atoZ(archive, members.filter((p) => !p.data.named), rolesLine).flatMap((l) => l.entries);
		return [
			{
				id: g.id,
				label: g.label,
				note: `${members.length.toLocaleString('en')} ${members.length === 1 ? 'person' : 'people'}: ${g.about}.`,
				groups: [
					...letterGroups(atoZ(archive, members.filter((p) => p.data.named), rolesLine), g.id),
					...(unnamed.length ? [{ id: `${g.id}-unnamed`, head: unnamedHead, label: 'not named', rows: unnamed }] : []),
				],
			},
		];
	});
	return { count: people.length, roles: peopleRoles(archive), pages: indexPages(archive, 'people', sections, size) };
}

/**
 * The pages of one role: everyone who has it, A–Z by the name the archive files them under,
 * then those the sources do not name, at most 200 to a page.
 */
export function peopleWithRole(archive: ArchiveIndex, role: Role, size?: number): AtoZPage[] {
	const people = archive.of('people').filter((p) => p.data.roles.includes(role));
	const sections: ListSection<string, AtoZEntry>[] = [
		...letterSections(atoZ(archive, people.filter((p) => p.data.named), rolesLine)),
		{ id: 'unnamed', label: unnamedHead, groups: [{ id: 'unnamed-list', rows: atoZ(archive, people.filter((p) => !p.data.named), rolesLine).flatMap((l) => l.entries) }] },
	];
	const first = archive.links.href(`people/${rolesFolder}/${role}/`);
	return pageList(sections, (n) => (n === 1 ? first : `${first}${n}/`), size);
}

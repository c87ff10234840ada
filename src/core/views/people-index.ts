import { personRoles } from '../../schemas/person.ts';
import type { ArchiveIndex } from '../archive.ts';
import { label } from '../labels.ts';
import type { RecordOf } from '../records.ts';
import { atoZ, type AtoZEntry } from './indexes.ts';
import { pageList, type ListPage, type ListSection } from './paging.ts';

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
const rolesFolder = 'roles';

/** A person's group: the first, in the order above, that one of their roles belongs to. */
const groupOf = (person: RecordOf<'people'>): PeopleGroupId => peopleGroups.find((g) => person.data.roles.some((r) => groupOfRole[r] === g.id))!.id;

const rolesLine = (p: RecordOf<'people'>) => p.data.roles.map(label).join(', ');

/** A list of people: the named A–Z (letters' ids start with `prefix`), then those the sources describe without naming. */
function peopleList(archive: ArchiveIndex, people: RecordOf<'people'>[], prefix: string) {
	return {
		count: people.length,
		letters: atoZ(archive, people.filter((p) => p.data.named), rolesLine).map((l) => ({ ...l, id: `${prefix}-${l.letter === '#' ? 'other' : l.letter}` })),
		unnamed: atoZ(archive, people.filter((p) => !p.data.named), rolesLine).flatMap((l) => l.entries),
	};
}

export type PeopleList = ReturnType<typeof peopleList>;

/** Each role with the number of people who have it and the address of its page, roles in the schema's order; roles nobody has are left out. */
export function peopleRoles(archive: ArchiveIndex) {
	if (archive.of('people').some((p) => p.id === rolesFolder)) throw new Error(`A person's id is "${rolesFolder}", the folder of the role pages (people/${rolesFolder}/): rename the record.`);
	return personRoles
		.map((role) => ({ role, label: label(role), count: archive.of('people').filter((p) => p.data.roles.includes(role)).length, href: archive.links.href(`people/${rolesFolder}/${role}/`) }))
		.filter((r) => r.count > 0);
}

/** The people index: a list per group, each A–Z with the unnamed after. */
export function peopleIndex(archive: ArchiveIndex) {
	const people = archive.of('people');
	return {
		count: people.length,
		groups: peopleGroups
			.map((g) => ({ id: g.id, label: g.label, about: g.about, ...peopleList(archive, people.filter((p) => groupOf(p) === g.id), g.id) }))
			.filter((g) => g.count > 0),
		roles: peopleRoles(archive),
	};
}

/**
 * The pages of one role: everyone who has it, A–Z by the name the archive files them under,
 * then those the sources do not name, at most 200 to a page.
 */
export function peopleWithRole(archive: ArchiveIndex, role: Role): ListPage<undefined, AtoZEntry>[] {
	const people = archive.of('people').filter((p) => p.data.roles.includes(role));
	const sections: ListSection<undefined, AtoZEntry>[] = [
		...atoZ(archive, people.filter((p) => p.data.named), rolesLine).map(({ letter, entries }) => {
			const id = `letter-${letter === '#' ? 'other' : letter}`;
			return { id, label: letter, groups: [{ id: `${id}-list`, rows: entries }] };
		}),
		{ id: 'unnamed', label: 'Not named in the sources', groups: [{ id: 'unnamed-list', rows: atoZ(archive, people.filter((p) => !p.data.named), rolesLine).flatMap((l) => l.entries) }] },
	];
	const first = archive.links.href(`people/${rolesFolder}/${role}/`);
	return pageList(sections, (n) => (n === 1 ? first : `${first}${n}/`));
}

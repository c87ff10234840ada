import type { ArchiveIndex } from '../archive.ts';
import { campGroupsOf, type CampEntry } from './camp-groups.ts';
import { detentionRows, type DetentionRow } from './detentions.ts';
import { letterOf } from './indexes.ts';
import { pageList, type ListPage, type ListSection } from './paging.ts';
import type { LinkView } from './parts.ts';

/**
 * Who was held where, as pages a reader turns: by place (in the order of the camps index) or
 * by person (A–Z). Both are made from `detentionRows`, the rows the data export writes.
 */

export type DetentionOrder = 'place' | 'person';

/** The address of each list, under the site's base path: `detentions/` by place, `detentions/by-person/`, then `…/2/` and on. */
const folders: Record<DetentionOrder, string> = { place: 'detentions/', person: 'detentions/by-person/' };

const detentionListHref = (archive: ArchiveIndex, order: DetentionOrder, page = 1) => archive.links.href(`${folders[order]}${page > 1 ? `${page}/` : ''}`);

/** The orders the list can be read in, each linked to its first page. */
export const detentionOrders = (archive: ArchiveIndex): (LinkView & { order: DetentionOrder })[] => [
	{ order: 'place', title: 'by place', href: detentionListHref(archive, 'place') },
	{ order: 'person', title: 'by person', href: detentionListHref(archive, 'person') },
];

/** A row as the list shows it: with where the place is, each place named once (a camp located at a region has it as both). */
type DetentionListRow = DetentionRow & { where: LinkView[] };

const listRows = (archive: ArchiveIndex): DetentionListRow[] =>
	detentionRows(archive).map((row) => ({ ...row, where: [row.location, row.region, row.country].filter((p, i, all): p is NonNullable<typeof p> => !!p && all.findIndex((q) => q?.href === p.href) === i) }));

/** The rows of each camp under the camp as the camps index shows it. */
export type DetentionsByPlace = ListPage<CampEntry, DetentionListRow>;
/** The rows of each person under a link to them. */
export type DetentionsByPerson = ListPage<LinkView, DetentionListRow>;

/** Every detention grouped by place, places in the camps index's order, each place's people A–Z. */
export function detentionsByPlace(archive: ArchiveIndex): DetentionsByPlace[] {
	const rows = new Map<string, DetentionListRow[]>();
	for (const row of listRows(archive)) {
		const list = rows.get(row.place.id);
		if (list) list.push(row);
		else rows.set(row.place.id, [row]);
	}
	const sections: ListSection<CampEntry, DetentionListRow>[] = campGroupsOf(archive).map((kind) => ({
		id: kind.id,
		label: kind.label,
		groups: kind.countries
			.flatMap((country) => [...country.named, ...country.described])
			.filter((camp) => rows.has(camp.id))
			.map((camp) => ({ id: `camp-${camp.id}`, head: camp, rows: rows.get(camp.id)! })),
	}));
	return pageList(sections, (n) => detentionListHref(archive, 'place', n));
}

/** Every detention grouped by person, people A–Z, each person's places in the order of their record. */
export function detentionsByPerson(archive: ArchiveIndex): DetentionsByPerson[] {
	const sections: ListSection<LinkView, DetentionListRow>[] = [];
	for (const row of listRows(archive)) {
		const letter = letterOf(row.person.title);
		let section = sections.at(-1);
		if (section?.label !== letter) sections.push((section = { id: `letter-${letter === '#' ? 'other' : letter}`, label: letter, groups: [] }));
		let group = section.groups.at(-1);
		if (group?.id !== `person-${row.person.id}`) section.groups.push((group = { id: `person-${row.person.id}`, head: { href: row.person.href, title: row.person.title }, rows: [] }));
		group.rows.push(row);
	}
	return pageList(sections, (n) => detentionListHref(archive, 'person', n));
}

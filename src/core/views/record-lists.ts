import type { CollectionName } from '../../schemas/common.ts';
import { kindNames } from '../../schemas/kinds.ts';
import type { ArchiveIndex } from '../archive.ts';
import { label, testimonyKindLabels } from '../labels.ts';
import { byName, titleOf, type ArchiveRecord, type RecordOf } from '../records.ts';
import { recordKey } from '../refs.ts';
import { atoZ, letterGroups, letterSections, sourcesByYear, type AtoZEntry } from './indexes.ts';
import { anchorsOf, pageList, shownOnPage, type ListPage, type ListSection } from './paging.ts';
import { linkTo, type LinkView } from './parts.ts';

/**
 * The records linked to a record (the accounts that name a place, the sources that mention a
 * person), as its page shows them: the first `shownOnPage` of each kind, with the true count and
 * a link to the list of all of them, in pages under the record's address
 * (`places/<id>/testimonies/`, `…/2/`). A camp's people and accounts are not here: the lists of
 * who was held where and of testimonies by place already hold them (see `camp.ts`).
 */

/** Records linked to a record, as its page shows them in part. */
export interface ShownList {
	/** The first of them, in the order the page gives them. */
	links: LinkView[];
	count: number;
	/** Where all of them are listed, when the page does not show them all (or a list of the archive holds them). */
	all?: LinkView;
}

/** The first records of a list as links, with their count and, when given, the link to all of them. */
export const shownList = (archive: ArchiveIndex, records: readonly ArchiveRecord[], all?: LinkView, shown = shownOnPage): ShownList => ({
	links: records.slice(0, shown).map((r) => linkTo(archive, r)),
	count: records.length,
	all,
});

/** One set of linked records, in the order the record's page shows them, named as a heading: "Testimonies about Aidarbek Testov". */
interface LinkedSet {
	id: string;
	label: string;
	records: ArchiveRecord[];
}

/** A list of linked records with its own pages: `slug` is its folder under the record's address. */
interface LinkedList {
	slug: string;
	/** The heading of its pages: "Testimonies that name Mockville". */
	title: string;
	/** What its rows are, in the plural: "testimonies". */
	rows: string;
	/** More than one set (a person's accounts given, about and mentioning them) makes a section of each. */
	sets: LinkedSet[];
}

const list = (slug: string, title: string, rows: string, records: ArchiveRecord[]): LinkedList => ({ slug, title, rows, sets: [{ id: slug, label: title, records }] });

/** The lists of records linked to a record, in the order its page shows them. */
function linkedLists(archive: ArchiveIndex, record: ArchiveRecord): LinkedList[] {
	const key = recordKey(record.collection, record.id);
	const name = titleOf(record);
	const referrers = (collection: CollectionName, fields?: string[]) => (archive.referrers(key, collection, fields) as ArchiveRecord[]).sort(byName);
	const sources = list('sources', `Sources that mention ${name}`, 'sources', archive.sourcesFor(record));
	switch (record.collection) {
		case 'camps':
			return [sources];
		case 'places':
			return [
				list('places', `Places within ${name}`, 'places', referrers('places', ['partOf'])),
				list('camps', `Places of detention in ${name}`, 'places of detention', referrers('camps')),
				list('testimonies', `Testimonies that name ${name}`, 'testimonies', referrers('testimonies')),
				sources,
			];
		case 'organizations':
			return [list('testimonies', `Testimonies that name ${name}`, 'testimonies', referrers('testimonies')), list('people', `People linked to ${name}`, 'people', referrers('people')), sources];
		case 'sources':
			return (['testimonies', 'people', 'camps', 'places', 'organizations'] as const).map((c) => list(c, `${kindNames[c].many} drawn from “${name}”`, kindNames[c].many.toLowerCase(), referrers(c)));
		case 'people': {
			const given = referrers('testimonies', ['witness']);
			const about = referrers('testimonies', ['subjects']);
			const mentioning = referrers('testimonies').filter((t) => !given.includes(t) && !about.includes(t));
			// People whose records name this person, where this record does not name them itself.
			const namedIn = archive.referrers(key, 'people', ['relations']).filter((p) => !record.data.relations.some((r) => r.person.id === p.id));
			const testimonies: LinkedList = {
				slug: 'testimonies',
				title: `Testimonies of ${name}`,
				rows: 'testimonies',
				sets: [
					{ id: 'given', label: `Testimonies given by ${name}`, records: given },
					{ id: 'about', label: `Testimonies about ${name}`, records: about },
					{ id: 'mentioning', label: `Testimonies mentioning ${name}`, records: mentioning },
				],
			};
			return [testimonies, list('named-in', `People whose records name ${name}`, 'people', namedIn), sources];
		}
		default:
			return [];
	}
}

/** A linked record as its list shows it: with a line about it. */
function metaOf(record: ArchiveRecord): string | undefined {
	switch (record.collection) {
		case 'testimonies':
			return testimonyKindLabels[record.data.kind];
		case 'people':
			return record.data.roles.map(label).join(', ');
		case 'camps':
		case 'places':
		case 'organizations':
			return label(record.data.kind);
		default:
			return undefined;
	}
}

/** One set as the sections of its list: sources by year of publication, newest first (`year-2019`); any other kind A–Z by letter (`letter-A`). */
const setSections = (archive: ArchiveIndex, records: ArchiveRecord[]): ListSection<string, AtoZEntry>[] =>
	records.length && records.every((r) => r.collection === 'sources') ? sourcesByYear(archive, records as RecordOf<'sources'>[]) : letterSections(atoZ(archive, records, metaOf));

export type LinkedListPage = ListPage<string, AtoZEntry>;

/** The pages of one list: a single set in sections by letter or year; several (a person's testimonies), a section each, by letter within it (`about-A`). */
function listPages(archive: ArchiveIndex, record: ArchiveRecord, linked: LinkedList, size?: number): LinkedListPage[] {
	const first = archive.links.recordListHref(record.collection, record.id, linked.slug);
	const sections: ListSection<string, AtoZEntry>[] =
		linked.sets.length === 1
			? setSections(archive, linked.sets[0].records)
			: linked.sets.filter((set) => set.records.length).map((set) => ({ id: set.id, label: set.label, groups: letterGroups(atoZ(archive, set.records, metaOf), set.id) }));
	return pageList(sections, (n) => (n === 1 ? first : `${first}${n}/`), size);
}

/** How many records a record's page shows of each set, and a list's page; smaller in the tests. */
interface Limits {
	shown?: number;
	size?: number;
}

/** Whether a list has pages of its own: when the record's page shows only the first of one of its sets. */
const paged = (linked: LinkedList, shown: number) => linked.sets.some((set) => set.records.length > shown);

/**
 * What a record's page shows of each set of records linked to it, by the set's id ("testimonies",
 * "about"): the first of them, their count, and the link to all of them where it shows only the first.
 */
export function linkedTo(archive: ArchiveIndex, record: ArchiveRecord, { shown = shownOnPage, size }: Limits = {}): Record<string, ShownList> {
	const lists: Record<string, ShownList> = {};
	for (const linked of linkedLists(archive, record)) {
		const pages = paged(linked, shown) ? listPages(archive, record, linked, size) : [];
		const anchors = anchorsOf(pages);
		for (const set of linked.sets) {
			// A list of one set begins on its first page; a set of several, at its section.
			const href = linked.sets.length === 1 ? pages[0]?.href : anchors.get(set.id);
			const title = `All ${set.records.length.toLocaleString('en')} ${set.label.charAt(0).toLowerCase()}${set.label.slice(1)}`;
			lists[set.id] = shownList(archive, set.records, set.records.length > shown && href ? { href, title } : undefined, shown);
		}
	}
	return lists;
}

export type LinkedListPages = ReturnType<typeof linkedListPages>;

/** Every page of the lists of one kind's records that have pages, for the routes `<kind>/<id>/<list>/[page]`. */
export function linkedListPages(archive: ArchiveIndex, collection: CollectionName, { shown = shownOnPage, size }: Limits = {}) {
	return archive.of(collection).flatMap((record) =>
		linkedLists(archive, record)
			.filter((linked) => paged(linked, shown))
			.flatMap((linked) => {
				// How the list is ordered, for its jump list and its headings: a section per kind of testimony with its letters, a year each, or a letter each.
				const by = linked.sets.length > 1 ? 'set' : linked.sets[0].records[0]?.collection === 'sources' ? 'year' : 'letter';
				return listPages(archive, record, linked, size).map((page) => ({ record: linkTo(archive, record), id: record.id, slug: linked.slug, title: linked.title, rows: linked.rows, by, page }));
			}),
	);
}

import { collectionNames, type CollectionName } from '../../schemas/common.ts';
import { kindNames } from '../../schemas/kinds.ts';
import type { ArchiveIndex } from '../archive.ts';
import { dateSortKey, formatDated } from '../dates.ts';
import { nameKey } from '../fold.ts';
import { label } from '../labels.ts';
import { indexPagesFolder } from '../list-folders.ts';
import { byName, titleOf, type ArchiveRecord, type RecordOf } from '../records.ts';
import { pageList, refuseFolderIds, shownOnPage, type ListPage, type ListSection } from './paging.ts';
import { linkTo, type LinkView } from './parts.ts';

/** One entry of an A–Z index: the record, its other spellings, and a line about it. */
export interface AtoZEntry extends LinkView {
	spellings?: string;
	meta?: string;
}

/** The letter an A–Z files a name under: its first letter, accents and case aside, or "#" for a digit or sign. */
export function letterOf(name: string): string {
	const first = (nameKey(name)[0] ?? '#').toUpperCase();
	return /[A-Z]/.test(first) ? first : '#';
}

/** Records grouped by the first letter of their name, letters in order; names that start with a digit or sign under "#". */
export function atoZ<R extends ArchiveRecord>(archive: ArchiveIndex, records: readonly R[], meta?: (record: R) => string | undefined): { letter: string; entries: AtoZEntry[] }[] {
	const groups = new Map<string, AtoZEntry[]>();
	for (const record of [...records].sort(byName)) {
		const letter = letterOf(titleOf(record));
		const aliases = 'aliases' in record.data ? record.data.aliases : [];
		const entry = { ...linkTo(archive, record), spellings: aliases.length ? [...new Set(aliases.map((a) => a.name))].join(', ') : undefined, meta: meta?.(record) };
		const group = groups.get(letter);
		if (group) group.push(entry);
		else groups.set(letter, [entry]);
	}
	return [...groups].map(([letter, entries]) => ({ letter, entries }));
}

/** The folder of an index's pages after the first: `places/page/2/`. */

/** The address of page n of a kind's index: `places/`, then `places/page/2/` and on. */
function indexPageHref(archive: ArchiveIndex, collection: CollectionName, n: number) {
	return archive.links.href(n === 1 ? `${collection}/` : `${collection}/${indexPagesFolder}/${n}/`);
}

/** The pages of a kind's index, refusing a record whose id would take the address of the pages after the first. */
export function indexPages<H, R>(archive: ArchiveIndex, collection: CollectionName, sections: ListSection<H, R>[], size?: number) {
	refuseFolderIds(archive, collection);
	return pageList(sections, (n) => indexPageHref(archive, collection, n), size);
}

type Letters = { letter: string; entries: AtoZEntry[] }[];
const letterId = (prefix: string, letter: string) => `${prefix}-${letter === '#' ? 'other' : letter}`;

/** An A–Z as the sections of a paged list, a letter each, anchored `letter-A` (`letter-other` for "#"). */
export const letterSections = (letters: Letters): ListSection<string, AtoZEntry>[] =>
	letters.map(({ letter, entries }) => {
		const id = letterId('letter', letter);
		return { id, label: letter, groups: [{ id: `${id}-list`, rows: entries }] };
	});

/** An A–Z as the groups of one section of a paged list (a group of people), each headed by its letter and linked from the jumps, anchored `<prefix>-A`. */
export const letterGroups = (letters: Letters, prefix: string) => letters.map(({ letter, entries }) => ({ id: letterId(prefix, letter), head: letter, label: letter, rows: entries }));

export type AtoZPage = ListPage<string, AtoZEntry>;

/** The places index: A–Z, each with its kind and the place it lies in, in pages. */
export function placesIndex(archive: ArchiveIndex, size?: number) {
	const places = archive.of('places');
	const meta = (place: RecordOf<'places'>) => `${label(place.data.kind)}${place.data.partOf ? ` in ${titleOf(archive.get(place.data.partOf))}` : ''}`;
	return { count: places.length, pages: indexPages(archive, 'places', letterSections(atoZ(archive, places, meta)), size) };
}

/** The organisations index: A–Z, each with its kind, in pages. */
export function organizationsIndex(archive: ArchiveIndex, size?: number) {
	const organizations = archive.of('organizations');
	return { count: organizations.length, pages: indexPages(archive, 'organizations', letterSections(atoZ(archive, organizations, (o) => label(o.data.kind))), size) };
}

/** A source as the lists of sources show it: its title, and its byline, publisher and date. */
const sourceEntry = (archive: ArchiveIndex, s: RecordOf<'sources'>): AtoZEntry => ({
	...linkTo(archive, s),
	meta: `${s.data.byline} · ${s.data.publisher}${s.data.originalPublisher ? ` (republishing ${s.data.originalPublisher})` : ''} · ${formatDated(s.data.published)}`,
});

/** Sources newest first, a year before the days within it. */
const newestFirst = (a: RecordOf<'sources'>, b: RecordOf<'sources'>) => dateSortKey(b.data.published).localeCompare(dateSortKey(a.data.published));

/** Sources as the sections of a paged list, newest first, a section for each year of publication (`year-2019`). */
export function sourcesByYear(archive: ArchiveIndex, sources: readonly RecordOf<'sources'>[]): ListSection<string, AtoZEntry>[] {
	const sections: ListSection<string, AtoZEntry>[] = [];
	for (const source of [...sources].sort(newestFirst)) {
		const year = source.data.published.value.slice(0, 4);
		let section = sections.at(-1);
		if (section?.label !== year) sections.push((section = { id: `year-${year}`, label: year, groups: [{ id: `year-${year}-list`, rows: [] }] }));
		section.groups[0].rows.push(sourceEntry(archive, source));
	}
	return sections;
}

/** The sources index: newest first, by year of publication, in pages. */
export const sourcesIndex = (archive: ArchiveIndex, size?: number) => indexPages(archive, 'sources', sourcesByYear(archive, archive.of('sources')), size);

/** The sources the about page credits, in the order of their ids: the first of them, and the index where all are. */
export function sourcesCredited(archive: ArchiveIndex) {
	const sources = archive.of('sources');
	return {
		entries: sources.slice(0, shownOnPage).map((s) => sourceEntry(archive, s)),
		count: sources.length,
		all: sources.length > shownOnPage ? { href: indexPageHref(archive, 'sources', 1), title: `All ${sources.length.toLocaleString('en')} sources` } : undefined,
	};
}

/** How many records of each kind the archive holds, kinds in the order of the collections. */
export const recordCounts = (archive: ArchiveIndex) => collectionNames.map((collection) => ({ collection, label: kindNames[collection].many, count: archive.of(collection).length }));


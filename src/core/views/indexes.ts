import { collectionNames } from '../../schemas/common.ts';
import { kindNames } from '../../schemas/kinds.ts';
import type { ArchiveIndex } from '../archive.ts';
import { dateSortKey, formatDated } from '../dates.ts';
import { nameKey } from '../fold.ts';
import { label } from '../labels.ts';
import { sections } from '../links.ts';
import { byName, titleOf, type ArchiveRecord, type RecordOf } from '../records.ts';
import { timelineYears } from '../timeline.ts';
import { eventsView, linkTo, type LinkView } from './parts.ts';

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
export function atoZ<R extends ArchiveRecord>(archive: ArchiveIndex, records: readonly R[], meta?: (record: R) => string): { letter: string; entries: AtoZEntry[] }[] {
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

export function placesIndex(archive: ArchiveIndex) {
	const places = archive.of('places');
	const meta = (place: RecordOf<'places'>) => `${label(place.data.kind)}${place.data.partOf ? ` in ${titleOf(archive.get(place.data.partOf))}` : ''}`;
	return { count: places.length, letters: atoZ(archive, places, meta) };
}

export function organizationsIndex(archive: ArchiveIndex) {
	const organizations = archive.of('organizations');
	return { count: organizations.length, letters: atoZ(archive, organizations, (o) => label(o.data.kind)) };
}

/** A source as the lists of sources show it. */
const sourceEntry = (archive: ArchiveIndex, s: RecordOf<'sources'>) => ({
	...linkTo(archive, s),
	byline: s.data.byline,
	publisher: s.data.publisher,
	originalPublisher: s.data.originalPublisher,
	date: formatDated(s.data.published),
});

/** Sources, newest first. */
export const sourcesIndex = (archive: ArchiveIndex) =>
	[...archive.of('sources')].sort((a, b) => dateSortKey(b.data.published).localeCompare(dateSortKey(a.data.published))).map((s) => sourceEntry(archive, s));

/** Sources in the order of their ids, as the about page credits them. */
export const sourcesCredited = (archive: ArchiveIndex) => archive.of('sources').map((s) => sourceEntry(archive, s));

/** How many records of each kind the archive holds, kinds in the order of the collections. */
export const recordCounts = (archive: ArchiveIndex) => collectionNames.map((collection) => ({ collection, label: kindNames[collection].many, count: archive.of(collection).length }));

/** The timeline's years, grouped by decade, with the number of events of each. */
export function timelineIndex(archive: ArchiveIndex) {
	const years = timelineYears(archive);
	const decades = new Map<string, { year: string; events: number; href: string }[]>();
	for (const [year, events] of years) {
		const decade = `${year.slice(0, 3)}0s`;
		const entry = { year, events: events.length, href: archive.links.href(`timeline/${year}/`) };
		const list = decades.get(decade);
		if (list) list.push(entry);
		else decades.set(decade, [entry]);
	}
	return { total: [...years.values()].reduce((n, events) => n + events.length, 0), decades: [...decades].map(([decade, list]) => ({ decade, years: list })) };
}

/** One page per year of the timeline, with the years before and after it. */
export function timelinePages(archive: ArchiveIndex) {
	const years = [...timelineYears(archive)];
	return years.map(([year, events], i) => ({ year, events: () => eventsView(archive, events), previous: years[i - 1]?.[0], next: years[i + 1]?.[0] }));
}

/** Every page of the site that a search engine should know. */
export const sitemapPaths = (archive: ArchiveIndex) => [
	...new Set([archive.links.href(), ...sections.map((s) => archive.links.href(s.path)), archive.links.href('search/'), ...archive.all.map((r) => archive.links.recordHref(r.collection, r.id))]),
];

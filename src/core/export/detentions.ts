import { schemaAt, schemaNode } from '../../schemas/reading.ts';
import type { DetentionRow } from '../views/detentions.ts';
import { cellText } from './cells.ts';

/** Who was held where, as data: one row per person × place of detention × source (detentions.csv, and "detentions" in archive.json). */

/** A date of a detention written as people.csv writes it: "[qualifier ]YYYY[-MM[-DD]]", then how it is known in brackets. */
const datedNode = schemaAt(schemaNode('people'), ['detentions', 0, 'start'])!;

export interface DetentionColumn {
	name: string;
	description: string;
	value: (row: DetentionRow) => string | undefined;
}

/**
 * The columns of detentions.csv. Each place is given by its id and its name, so the file reads
 * on its own; addresses are made by `permalink` from the links of the view.
 */
export function detentionColumns(permalink: (href: string) => string): DetentionColumn[] {
	return [
		{ name: 'personId', description: 'The id of the person held.', value: (r) => r.person.id },
		{ name: 'personName', description: 'The name the site gives the person (a public name where their identity is withheld).', value: (r) => r.person.title },
		{ name: 'personPermalink', description: 'The address of the person’s page.', value: (r) => permalink(r.person.href) },
		{ name: 'campId', description: 'The id of the place of detention (a record in camps).', value: (r) => r.place.id },
		{ name: 'campName', description: 'Its name.', value: (r) => r.place.title },
		{ name: 'campKind', description: 'What kind of place it is, e.g. Re-education camp, Detention centre, Prison.', value: (r) => r.kind },
		{ name: 'campPermalink', description: 'The address of its page.', value: (r) => permalink(r.place.href) },
		{ name: 'locationId', description: 'The id of the place (a record in places) the place of detention stands in or near; empty when the archive does not locate it, or withholds its location.', value: (r) => r.location?.id },
		{ name: 'locationName', description: 'The name of that place.', value: (r) => r.location?.title },
		{ name: 'regionId', description: 'The id of the region that place lies in, when the archive records it.', value: (r) => r.region?.id },
		{ name: 'regionName', description: 'The name of the region.', value: (r) => r.region?.title },
		{ name: 'countryId', description: 'The id of the country, when the archive records it.', value: (r) => r.country?.id },
		{ name: 'countryName', description: 'The name of the country.', value: (r) => r.country?.title },
		{ name: 'start', description: 'When the detention began, as far as the source says: "[qualifier ]YYYY[-MM[-DD]]", then in brackets how the date is known when it is inferred.', value: (r) => cellText(datedNode, r.start) },
		{ name: 'end', description: 'When it ended, written the same way.', value: (r) => cellText(datedNode, r.end) },
		{ name: 'duration', description: 'The duration as the source states it, in its words.', value: (r) => r.duration },
		{ name: 'durationReading', description: 'The duration in the archive’s own words, when the stated words need it (e.g. "15 months" for "15 hell months").', value: (r) => r.durationReading },
		{ name: 'sourceId', description: 'The id of the source that says the person was held there (a record in sources).', value: (r) => r.source.id },
		{ name: 'sourceTitle', description: 'The title of that source.', value: (r) => r.source.title },
		{ name: 'sourcePermalink', description: 'The address of the source’s page, at the passage that says so when the record quotes one.', value: (r) => permalink(r.source.href) },
	];
}

/** A detention as the cells of its row, in the order of the columns. */
export const detentionCells = (columns: readonly DetentionColumn[], row: DetentionRow) => columns.map((c) => c.value(row) ?? '');

/** A detention as archive.json gives it: the same values as its row, keyed by the column names, empty ones left out. */
export const detentionObject = (columns: readonly DetentionColumn[], row: DetentionRow) => Object.fromEntries(columns.flatMap((c) => (c.value(row) ? [[c.name, c.value(row)]] : [])));

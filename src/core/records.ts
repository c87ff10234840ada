import type { CollectionName } from '../schemas/common.ts';
import type { RecordData } from '../schemas/index.ts';
import { nameKey } from './fold.ts';
import type { Path } from './refs.ts';

/** One record of one kind: its fields, and the Markdown below them (a source's text, any other record's summary). */
export interface RecordOf<C extends CollectionName> {
	collection: C;
	/** The file name without `.md`, and the last part of the record's address. */
	id: string;
	data: RecordData<C>;
	body: string;
}

/** A record of any kind; `collection` tells which. */
export type ArchiveRecord = { [C in CollectionName]: RecordOf<C> }[CollectionName];

/** The display name of any record: a source's or testimony's title, or a name. */
export const titleOf = (record: Pick<ArchiveRecord, 'data'>): string => ('title' in record.data ? record.data.title : record.data.name);

/** A record's name and every recorded spelling, each with where it is written; none for a source or testimony. */
export function spellingsOf(data: object): { name: string; path: Path }[] {
	if (!('name' in data)) return [];
	const aliases = ('aliases' in data ? (data.aliases as { name: string }[] | undefined) : undefined) ?? [];
	return [{ name: String(data.name), path: ['name'] }, ...aliases.map((a, i) => ({ name: a.name, path: ['aliases', i, 'name'] }))];
}

/** The names a record can be found under: its name and spellings. */
export const namesOf = (record: Pick<ArchiveRecord, 'data'>) => spellingsOf(record.data).map((s) => s.name);

/** Orders records by name or title, ignoring case and accents. */
export const byName = (a: Pick<ArchiveRecord, 'data'>, b: Pick<ArchiveRecord, 'data'>) => nameKey(titleOf(a)).localeCompare(nameKey(titleOf(b)));

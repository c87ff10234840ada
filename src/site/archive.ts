import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { buildArchive, type Archive } from '../core/archive.ts';
import type { ArchiveRecord } from '../core/records.ts';
import { recordKey } from '../core/refs.ts';
import { collectionNames } from '../schemas/common.ts';
import { recordDates } from '../tools/record-dates.ts';
import { contact, licence } from './settings.ts';

/**
 * The Astro side of the archive: the content collections, read once per build, handed to the
 * archive core (`src/core/archive.ts`), which every page, the search data and the data export
 * share.
 */
async function load(): Promise<Archive> {
	const collections = await Promise.all(collectionNames.map((collection) => getCollection(collection)));
	const records = collections.flat().map((entry) => ({ collection: entry.collection, id: entry.id, data: entry.data, body: entry.body ?? '' }) as ArchiveRecord);
	const dates = recordDates(join(process.cwd(), 'content'));
	for (const note of dates.notes) console.warn(`[dates] ${note}`);
	return buildArchive(records, {
		base: import.meta.env.BASE_URL,
		site: import.meta.env.SITE,
		changed: (record) => dates.changed.get(recordKey(record.collection, record.id)),
		contact,
		licence,
		captureText: (source) => new TextDecoder(source.data.capture.encoding).decode(captureBytes(source.data.capture.file)),
	});
}

let archive: Promise<Archive> | undefined;
/** The whole archive, made once per build and shared by every page. */
export const loadArchive = () => (archive ??= load());

/** A source's raw capture as stored, byte for byte. */
export const captureBytes = (file: string) => readFileSync(join(process.cwd(), 'content', 'sources', file));

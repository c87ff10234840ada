import { createHash } from 'node:crypto';
import type { CollectionName } from '../../schemas/common.ts';
import type { ArchiveIndex } from '../archive.ts';
import { citationCsl, citationOf } from '../citation.ts';
import { quotesOf } from '../quotes.ts';
import { archiveName } from '../links.ts';
import { titleOf, type ArchiveRecord } from '../records.ts';
import { licenceTerms } from '../settings.ts';
import { detentionRows } from '../views/detentions.ts';
import { kindColumns, quoteColumns, quoteRows, type Permalink, type PlaceName } from './columns.ts';
import { csvLines } from './csv.ts';
import { detentionCells, detentionColumns, detentionObject } from './detentions.ts';
import { citationsFile, csvFile, dataFileNames, detentionsFile, exportKinds, fileDescriptions, jsonFile, mediaTypeOf, quotesFile, readmeFile, sumsFile, unitOf, type DataFile } from './files.ts';
import { archiveJson, type ArchiveAbout } from './json.ts';
import { readme } from './readme.ts';

/**
 * The archive as downloadable files (/data/): one JSON file with everything, one CSV file per
 * record kind, one CSV file of quoted passages, the citation of every record, a README
 * describing every field, and SHA256SUMS. Columns and field notes are read from the Zod
 * schemas, so the files and their documentation follow the schemas as they change.
 */

export interface DataExport {
	/** The files in the order the download page lists them. */
	list: DataFile[];
	/**
	 * A file's text in pieces, made again at each call: no file is ever held whole in memory,
	 * and none is ever one string (at 50,000 testimonies archive.json would be longer than the
	 * longest string JavaScript allows).
	 */
	pieces: (name: string) => Iterable<string>;
}

/**
 * Builds every file of the export from the archive's records as they may be published: what
 * is withheld was taken out when the archive was made (`buildArchive`), so every file —
 * JSON, CSV, quotes, README counts and checksums — holds only what the site shows.
 */
export function buildDataExport(archive: ArchiveIndex): DataExport {
	const { links, options } = archive;
	const permalink: Permalink = links.recordPermalink;
	const placeName: PlaceName = (id) => titleOf(archive.get({ collection: 'places', id }));
	const { covers, excludes } = licenceTerms(options.licence, archiveName);
	const about: ArchiveAbout = { site: links.absolute(links.href()) ?? null, license: { ...options.licence, covers, excludes } };
	const byKind = new Map<CollectionName, ArchiveRecord[]>(exportKinds.map((kind) => [kind, [...archive.of(kind)].sort((a, b) => a.id.localeCompare(b.id))]));
	const inOrder = exportKinds.flatMap((kind) => byKind.get(kind)!);
	const rows = (kind: CollectionName) => {
		const columns = kindColumns(kind, permalink, placeName);
		return csvLines(
			[columns.map((c) => c.name)],
			(function* () {
				for (const r of byKind.get(kind)!) yield columns.map((c) => c.value(r));
			})(),
		);
	};
	const detentions = detentionColumns(links.permalink);
	const detentionCount = inOrder.reduce((n, r) => n + (r.collection === 'people' ? r.data.detentions.length : 0), 0);

	// Each file as pieces, with what it counts. The files are measured a piece at a time and
	// made again when served.
	const makers: Record<string, { pieces: () => Iterable<string>; count: number }> = {
		[jsonFile]: {
			pieces: () => archiveJson(byKind, about, permalink, detentionRows(archive).map((row) => detentionObject(detentions, row))),
			count: inOrder.length,
		},
		...Object.fromEntries(exportKinds.map((kind) => [csvFile(kind), { pieces: () => rows(kind), count: byKind.get(kind)!.length }])),
		[detentionsFile]: {
			pieces: () => csvLines([detentions.map((c) => c.name)], detentionRows(archive).map((row) => detentionCells(detentions, row))),
			count: detentionCount,
		},
		[quotesFile]: {
			pieces: () => csvLines([quoteColumns.map((c) => c.name)], quoteRows(inOrder, permalink)),
			count: inOrder.reduce((n, r) => n + quotesOf(r.data).length, 0),
		},
		[citationsFile]: {
			// One record per line: the file stays greppable and diffable at tens of thousands of records.
			pieces: function* () {
				yield '{\n';
				for (const [i, r] of inOrder.entries()) yield `${i ? ',\n' : ''}${JSON.stringify(`${r.collection}/${r.id}`)}: ${JSON.stringify(citationCsl(citationOf(archive, r)))}`;
				yield '\n}\n';
			},
			count: inOrder.length,
		},
	};
	const bytes: Record<string, number> = {};
	const counts: Record<string, number> = Object.fromEntries(Object.entries(makers).map(([name, { count }]) => [name, count]));
	const hashes: Record<string, string> = {};
	const measure = (name: string, pieces: Iterable<string>) => {
		const hash = createHash('sha256');
		bytes[name] = 0;
		for (const piece of pieces) {
			hash.update(piece, 'utf8');
			bytes[name] += Buffer.byteLength(piece, 'utf8');
		}
		hashes[name] = hash.digest('hex');
	};
	for (const [name, { pieces }] of Object.entries(makers)) measure(name, pieces());
	const readmeText = readme({ site: about.site, licence: options.licence, permalink, placeName, counts });
	measure(readmeFile, [readmeText]);
	// `sha256sum` lines, "<hex>  <file>", for every other file, in name order.
	const sums = Object.keys(hashes)
		.sort()
		.map((name) => `${hashes[name]}  ${name}\n`)
		.join('');
	counts[sumsFile] = Object.keys(hashes).length;
	measure(sumsFile, [sums]);

	const list = dataFileNames.map((name) => ({ name, description: fileDescriptions[name], type: mediaTypeOf(name), bytes: bytes[name], count: counts[name], unit: unitOf(name) }));
	const pieces = (name: string): Iterable<string> => {
		if (name === readmeFile) return [readmeText];
		if (name === sumsFile) return [sums];
		const maker = makers[name];
		if (!maker) throw new Error(`The export has no file ${name}`);
		return maker.pieces();
	};
	return { list, pieces };
}

import type { CollectionName } from '../../schemas/common.ts';

/** The record kinds in the order the export lists them: accounts first, sources last. */
export const exportKinds = ['testimonies', 'people', 'camps', 'places', 'organizations', 'sources'] as const satisfies readonly CollectionName[];

export const jsonFile = 'archive.json';
export const quotesFile = 'quotes.csv';
export const detentionsFile = 'detentions.csv';
/** Also the source of every record's own /cite/<kind>/<id>.json, split from it after the build (scripts/build.ts). */
export const citationsFile = 'citations.json';
export const readmeFile = 'README.txt';
export const sumsFile = 'SHA256SUMS';
export const csvFile = (kind: CollectionName) => `${kind}.csv`;

/** Every file name of the export, known without the records (the static routes of /data/). */
export const dataFileNames = [jsonFile, ...exportKinds.map(csvFile), detentionsFile, quotesFile, citationsFile, readmeFile, sumsFile];

export const fileDescriptions: Record<string, string> = {
	[jsonFile]: 'Every record of every kind with all its fields, relations as ids, the address of its page and its text; who was held where; the licence.',
	[csvFile('testimonies')]: 'One row per testimony: who gives it, whom it is about, where and when, what happened, and its summary.',
	[csvFile('people')]: 'One row per person: names and spellings, roles, what each source says of them, ties and detentions.',
	[csvFile('camps')]: 'One row per place of detention: names, kind, location and the figures reported about it.',
	[csvFile('places')]: 'One row per place: names, kind and the larger place it lies in.',
	[csvFile('organizations')]: 'One row per organisation: names, kind, country and dated events.',
	[csvFile('sources')]: 'One row per source: where it was published, the provenance of its capture, and its cleaned text.',
	[detentionsFile]: 'Who was held where: one row per person and place of detention, as each source says, with the names and ids of both, where the place is, the dates or duration as stated, and the source.',
	[quotesFile]: 'One row per passage quoted in any record, with the address of the passage in its source.',
	[citationsFile]: 'The citation of every record in CSL-JSON, for reference managers, by "<kind>/<id>": the same item as the record’s own citation file.',
	[readmeFile]: 'What each file holds and what every field and column means.',
	[sumsFile]: 'The SHA-256 of every other file, to check a download with sha256sum -c.',
};

const mediaTypes: Record<string, string> = {
	json: 'application/json; charset=utf-8',
	csv: 'text/csv; charset=utf-8; header=present',
	txt: 'text/plain; charset=utf-8',
};
export const mediaTypeOf = (name: string) => mediaTypes[name.split('.').at(-1)!] ?? mediaTypes.txt;

/** One file of the export, as the download page lists it. */
export interface DataFile {
	name: string;
	description: string;
	/** Content-Type the file is served with. */
	type: string;
	bytes: number;
	/** Records, rows or files the file holds; undefined when counting makes no sense. */
	count?: number;
	unit?: 'records' | 'rows' | 'files';
}

/** What a file's count counts; README.txt alone has none. */
export const unitOf = (name: string): DataFile['unit'] => (name === jsonFile || name === citationsFile ? 'records' : name === sumsFile ? 'files' : name.endsWith('.csv') ? 'rows' : undefined);

/** What a record's Markdown body is called in the export: a source's text, any other record's summary. */
export const bodyField = (kind: CollectionName) => (kind === 'sources' ? 'text' : 'summary');

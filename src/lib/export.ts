import { createHash } from 'node:crypto';
import type { CollectionName } from '../schemas/common.ts';
import { schemas } from '../schemas/index.ts';
import { checkerRef, fieldPath, quotesOf, refCollectionOf, unwrap, type SchemaNode } from './content/check.ts';
import { collectionLabels } from './labels.ts';
import { quoteAnchor } from './quotes.ts';
import { archiveName, href, recordHref } from './site.ts';
import { publicData, redactionsOf, redactText, unpublishedFields } from './withhold.ts';

/**
 * The archive as downloadable files (/data/): one JSON file with everything, one CSV file per
 * record kind, one CSV file of quoted passages, the citation of every record, a README
 * describing every field, and SHA256SUMS.
 * Everything here is a function of the records passed in; columns and field notes are read
 * from the Zod schemas, so the files and their documentation follow the schemas as they change.
 */

/**
 * A record as the export reads it, as written in content/ (not yet made public): Astro's
 * collection entries and the checker's records both fit.
 */
export interface ExportRecord {
	collection: CollectionName;
	id: string;
	/** The front matter as its schema produced it, relations as `{ collection, id }`. */
	data: object;
	/** The Markdown below the front matter. */
	body?: string;
}

/** A record as it may be published, with its data as written, from which quote anchors are computed. */
interface PublicRecord extends ExportRecord {
	data: Record<string, unknown>;
	written: object;
}

const isPublished = (kind: CollectionName) => (field: string) => !unpublishedFields[kind]?.includes(field);

export interface ExportOptions {
	/** The absolute address of a record's page. */
	permalink: (collection: CollectionName, id: string) => string;
	/** The absolute address of the site's home page, named in the files. */
	home: string;
	/** A record's citation as CSL-JSON items: the record, then the sources it is drawn from. */
	citation: (collection: CollectionName, id: string) => object[];
}

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

/** The record kinds in the order the export lists them: accounts first, sources last. */
export const exportKinds = ['testimonies', 'people', 'camps', 'places', 'organizations', 'sources'] as const satisfies readonly CollectionName[];

const jsonFile = 'archive.json';
const quotesFile = 'quotes.csv';
/** Also the source of every record's own /cite/<kind>/<id>.json, split from it after the build (scripts/build.ts). */
export const citationsFile = 'citations.json';
const readmeFile = 'README.txt';
const sumsFile = 'SHA256SUMS';
const csvFile = (kind: CollectionName) => `${kind}.csv`;

/** Every file name of the export, known without the records (the static routes of /data/). */
export const dataFileNames = [jsonFile, ...exportKinds.map(csvFile), quotesFile, citationsFile, readmeFile, sumsFile];

/** What a record's Markdown body is called in the export: a source's text, any other record's summary. */
const bodyField = (kind: CollectionName) => (kind === 'sources' ? 'text' : 'summary');

const fileDescriptions: Record<string, string> = {
	[jsonFile]: 'Every record of every kind with all its fields, relations as ids, the address of its page and its text.',
	[csvFile('testimonies')]: 'One row per testimony: who gives it, whom it is about, where and when, what happened, and its summary.',
	[csvFile('people')]: 'One row per person: names and spellings, roles, what each source says of them, ties and detentions.',
	[csvFile('camps')]: 'One row per place of detention: names, kind, location and the figures reported about it.',
	[csvFile('places')]: 'One row per place: names, kind and the larger place it lies in.',
	[csvFile('organizations')]: 'One row per organisation: names, kind, country and dated events.',
	[csvFile('sources')]: 'One row per source: where it was published, the provenance of its capture, and its cleaned text.',
	[quotesFile]: 'One row per passage quoted in any record, with the address of the passage in its source.',
	[citationsFile]: 'The citation of every record in CSL-JSON, for reference managers, by "<kind>/<id>": the same items as the record’s own citation file.',
	[readmeFile]: 'What each file holds and what every field and column means.',
	[sumsFile]: 'The SHA-256 of every other file, to check a download with sha256sum -c.',
};

const mediaTypes: Record<string, string> = {
	json: 'application/json; charset=utf-8',
	csv: 'text/csv; charset=utf-8; header=present',
	txt: 'text/plain; charset=utf-8',
};
const mediaTypeOf = (name: string) => mediaTypes[name.split('.').at(-1)!] ?? mediaTypes.txt;
/** What a file's count counts; README.txt alone has none. */
const unitOf = (name: string): DataFile['unit'] => (name === jsonFile || name === citationsFile ? 'records' : name === sumsFile ? 'files' : name.endsWith('.csv') ? 'rows' : undefined);

// ---------------------------------------------------------------------------------------------
// The single entry point

/**
 * Builds every file of the export from the records as written in content/.
 *
 * This is the only way records enter the export, and where what is withheld is taken out:
 * every file — JSON, CSV, quotes, README counts and checksums — is made from the public form
 * of the records made here. A withheld person keeps only the public name; a withheld location
 * is gone; and any withheld name or location left in any field or text is replaced, as on the
 * site's pages. Pass the records as written, not `loadArchive()`'s public ones: those no longer
 * say what to replace in the Markdown text.
 */
export function buildDataExport(records: readonly ExportRecord[], options: ExportOptions): DataExport {
	const written = records.map((r) => ({ collection: r.collection, data: r.data as Record<string, unknown> }));
	const redactions = redactionsOf(written);
	const published: PublicRecord[] = records.map((r, i) => ({
		collection: r.collection,
		id: r.id,
		data: publicData(written[i], redactions),
		body: redactText((r.body ?? '').trim(), redactions),
		written: r.data,
	}));
	const byKind = new Map(exportKinds.map((kind) => [kind, published.filter((r) => r.collection === kind).sort((a, b) => a.id.localeCompare(b.id))]));
	const inOrder = exportKinds.flatMap((kind) => byKind.get(kind)!);

	// Each file as pieces, with what it counts. The files are measured a piece at a time and
	// made again when served.
	const makers: Record<string, { pieces: () => Iterable<string>; count: number }> = {
		[jsonFile]: { pieces: () => toJson(byKind, options), count: published.length },
		...Object.fromEntries(exportKinds.map((kind) => [csvFile(kind), { pieces: () => kindCsv(kind, byKind.get(kind)!, options), count: byKind.get(kind)!.length }])),
		[quotesFile]: {
			pieces: () => csvLines([quoteColumns.map((c) => c.name)], quoteRows(inOrder, options)),
			count: inOrder.reduce((n, r) => n + quotesOf(r.data).length, 0),
		},
		[citationsFile]: {
			// One record per line: the file stays greppable and diffable at tens of thousands of records.
			pieces: function* () {
				yield '{\n';
				for (const [i, r] of inOrder.entries()) yield `${i ? ',\n' : ''}${JSON.stringify(`${r.collection}/${r.id}`)}: ${JSON.stringify(options.citation(r.collection, r.id))}`;
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
	const readmeText = readme(options, counts);
	measure(readmeFile, [readmeText]);
	const sums = sha256sums(hashes);
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

/** The export as the site serves it: permalinks under the site's address and base path. */
export const siteExport = (records: readonly ExportRecord[], site: URL | string, citation: ExportOptions['citation']): DataExport =>
	buildDataExport(records, { permalink: (collection, id) => new URL(recordHref(collection, id), site).href, home: new URL(href(), site).href, citation });

// ---------------------------------------------------------------------------------------------
// Writers

/** One CSV field, quoted as RFC 4180 asks when it holds a comma, a double quote or a line break. */
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** RFC 4180 CSV: the rows as given (the first being the header), each line ending CRLF. */
const csvLine = (row: readonly string[]) => `${row.map(csvField).join(',')}\r\n`;
export const toCsv = (rows: readonly (readonly string[])[]) => rows.map(csvLine).join('');
/** The same CSV as `toCsv`, a line at a time. */
function* csvLines(...groups: Iterable<readonly string[]>[]): Generator<string> {
	for (const rows of groups) for (const row of rows) yield csvLine(row);
}

/** `sha256sum` lines, "<hex>  <file>", for every file given by its SHA-256, in name order. */
const sha256sums = (hashes: Record<string, string>) =>
	Object.keys(hashes)
		.sort()
		.map((name) => `${hashes[name]}  ${name}\n`)
		.join('');

const isRef = (value: unknown): value is { collection: string; id: string } =>
	!!value && typeof value === 'object' && Object.keys(value).length === 2 && typeof (value as { id?: unknown }).id === 'string' && typeof (value as { collection?: unknown }).collection === 'string';

/** A record's data with every relation written as the id it points to. */
function withIds(value: unknown): unknown {
	if (isRef(value)) return value.id;
	if (Array.isArray(value)) return value.map(withIds);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, withIds(v)]));
	return value;
}

/**
 * archive.json, a record at a time: the same text as `JSON.stringify({ archive, site, counts,
 * records }, null, 2)`, which would need the whole file as one string.
 */
function* toJson(byKind: Map<CollectionName, PublicRecord[]>, options: ExportOptions): Generator<string> {
	const counts = Object.fromEntries([...byKind].map(([kind, list]) => [kind, list.length]));
	// The head without its closing "\n}", then "records", indented as JSON.stringify would.
	yield `${JSON.stringify({ archive: archiveName, site: options.home, counts }, null, 2).slice(0, -2)},\n  "records": {`;
	for (const [k, [kind, list]] of [...byKind].entries()) {
		yield `${k ? ',' : ''}\n    ${JSON.stringify(kind)}: [${list.length ? '' : ']'}`;
		for (const [i, r] of list.entries()) {
			const record = { id: r.id, permalink: options.permalink(kind, r.id), ...(withIds(r.data) as object), [bodyField(kind)]: r.body };
			yield `${i ? ',' : ''}\n      ${JSON.stringify(record, null, 2).replace(/\n/g, '\n      ')}`;
		}
		if (list.length) yield '\n    ]';
	}
	yield '\n  }\n}\n';
}

// ---------------------------------------------------------------------------------------------
// Reading the schemas

/** Each kind's schema, built with the checker's relations so relations can be told apart. */
const schemaOf = Object.fromEntries(exportKinds.map((kind) => [kind, schemas[kind](checkerRef) as unknown as SchemaNode])) as Record<CollectionName, SchemaNode>;

const shapeOf = (node: SchemaNode) => unwrap(node).node.def.shape ?? {};
const typeOf = (node: SchemaNode) => (refCollectionOf(node) ? 'reference' : unwrap(node).node.def.type);
/** A date with its precision: `value` and `precision`. */
const isDated = (node: SchemaNode) => typeOf(node) === 'object' && 'value' in shapeOf(node) && 'precision' in shapeOf(node);
const only = (node: SchemaNode, keys: readonly string[]) => Object.keys(shapeOf(node)).every((k) => keys.includes(k));
/** The field a date (`value`), a statement from a source (`value`) or a spelling (`name`) is written by in CSV: "head (source; …)". */
const headOf = (node: SchemaNode): string | undefined => {
	if (typeOf(node) !== 'object') return undefined;
	if (isDated(node)) return 'value';
	if (only(node, ['value', 'source', 'quote', 'inferred', 'note'])) return 'value';
	if (only(node, ['name', 'source', 'lang'])) return 'name';
	return undefined;
};
/** The object inside a field, or inside each item of a list field. */
function innerObject(node: SchemaNode): { node: SchemaNode; list: boolean } | undefined {
	const type = typeOf(node);
	if (type === 'object') return { node: unwrap(node).node, list: false };
	if (type === 'array') {
		const element = unwrap(node).node.def.element!;
		if (typeOf(element) === 'object') return { node: unwrap(element).node, list: true };
	}
	return undefined;
}

/** A field's type in a reader's words. */
function typeText(node: SchemaNode): string {
	const ref = refCollectionOf(node);
	if (ref) return `id of a record in ${ref}`;
	const { def } = unwrap(node).node;
	switch (def.type) {
		case 'array':
			return `list; each item: ${typeText(def.element!)}`;
		case 'object':
			return 'group of the fields listed below it';
		case 'enum':
			return `one of: ${Object.values(def.entries ?? {}).join(', ')}`;
		case 'boolean':
			return 'true or false';
		case 'number':
			return 'number';
		case 'string':
			return def.format === 'url' ? 'web address' : def.format === 'date' ? 'day, YYYY-MM-DD' : 'text';
		default:
			return def.type;
	}
}

export interface FieldDoc {
	/** Path inside a record, e.g. `relations[].person`. */
	path: string;
	type: string;
	/** True when the field may be absent from a record. */
	optional: boolean;
	description: string;
}

/** Every field of a schema at any depth, in schema order, with its type and description. */
function fieldDocs(node: SchemaNode, prefix = ''): FieldDoc[] {
	return Object.entries(shapeOf(node)).flatMap(([key, child]) => {
		const path = `${prefix}${key}`;
		const { optional, description } = unwrap(child);
		const inner = innerObject(child);
		return [
			{ path, type: typeText(child), optional, description: description ?? '' },
			...(inner ? fieldDocs(inner.node, `${path}${inner.list ? '[]' : ''}.`) : []),
		];
	});
}

/** The fields of each record in archive.json: the schema's, with id, address and body around them. */
export function recordFieldDocs(kind: CollectionName): FieldDoc[] {
	const one = collectionLabels[kind].one.toLowerCase();
	return [
		{ path: 'id', type: 'text', optional: false, description: `The ${one}'s id: the name of its file in the archive, and the last part of its address.` },
		{ path: 'permalink', type: 'web address', optional: false, description: `The address of the ${one}'s page on the site.` },
		...fieldDocs(schemaOf[kind]).filter((f) => isPublished(kind)(f.path.split(/[.[]/)[0])),
		kind === 'sources'
			? { path: 'text', type: 'Markdown', optional: false, description: 'The cleaned text of the source, which every quote is checked against.' }
			: { path: 'summary', type: 'Markdown', optional: false, description: `The archive's own description of the ${one}, in Markdown; may be empty.` },
	];
}

// ---------------------------------------------------------------------------------------------
// Flattening into CSV cells

const itemSeparator = ' | ';
const nestedSeparator = ' / ';

/**
 * One value as CSV text. Lists are joined with " | " (" / " inside a list item); a date or a
 * statement is its head ("late 2017", "Kazakh", a spelling) followed by its source and notes
 * in brackets; any other group of fields is "field: value; …". Quoted passages (`quote`) are
 * left out of groups: quotes.csv lists every one with the field it supports.
 */
function cellText(node: SchemaNode, value: unknown, nested = false): string {
	if (value === undefined || value === null) return '';
	if (isRef(value)) return value.id;
	const type = typeOf(node);
	if (type === 'array') {
		const element = unwrap(node).node.def.element!;
		return (value as unknown[]).map((v) => cellText(element, v, true)).join(nested ? nestedSeparator : itemSeparator);
	}
	if (type !== 'object') return String(value);
	const shape = shapeOf(node);
	const o = value as Record<string, unknown>;
	const head = headOf(node);
	const parts = Object.entries(shape).flatMap(([key, child]) => {
		const v = o[key];
		if (key === 'quote' || key === head || v === undefined || v === false || (Array.isArray(v) && !v.length)) return [];
		if (head && isDated(node) && (key === 'precision' || key === 'qualifier')) return [];
		if (head && key === 'source') return [cellText(child, v, true)];
		if (v === true) return [key];
		return [`${key}: ${cellText(child, v, true)}`];
	});
	if (!head) return parts.join('; ');
	const text = isDated(node) && o.qualifier ? `${o.qualifier} ${o.value}` : String(o[head]);
	return parts.length ? `${text} (${parts.join('; ')})` : text;
}

/** How a column's cells are written, for README.txt. */
function cellFormat(node: SchemaNode): string {
	const ref = refCollectionOf(node);
	if (ref) return `The id of a record in ${ref}.`;
	const type = typeOf(node);
	if (type === 'array') {
		const element = unwrap(node).node.def.element!;
		const listed = 'separated by " | "';
		if (refCollectionOf(element)) return `Ids of records in ${refCollectionOf(element)}, ${listed}.`;
		if (typeOf(element) === 'enum') return `Values ${listed}, from: ${Object.values(unwrap(element).node.def.entries ?? {}).join(', ')}.`;
		if (typeOf(element) !== 'object') return `Items ${listed}.`;
		return `Items ${listed}, each ${groupFormat(element)}.`;
	}
	if (type === 'object') return `Written ${groupFormat(node)}.`;
	if (type === 'enum') return `One of: ${Object.values(unwrap(node).node.def.entries ?? {}).join(', ')}.`;
	if (type === 'boolean') return 'True or false.';
	return '';
}

function groupFormat(node: SchemaNode): string {
	const head = headOf(node);
	const fields = Object.keys(shapeOf(node)).filter((k) => k !== 'quote' && k !== head && !(isDated(node) && (k === 'precision' || k === 'qualifier')));
	const rest = fields.filter((k) => k !== 'source');
	if (isDated(node)) return `"[qualifier ]YYYY[-MM[-DD]]", then in brackets, when present: ${fields.join(', ')}`;
	if (head) return `"${head} (${fields.includes('source') ? 'source-id' : ''}${rest.length ? `${fields.includes('source') ? '; ' : ''}${rest.join('; ')} when present` : ''})"`;
	return `"field: value; …" with the fields ${fields.join(', ')} (empty ones left out)`;
}

interface Column {
	name: string;
	description: string;
	format: string;
	value: (record: ExportRecord) => string;
}

/**
 * The columns of a kind's CSV file, read from its schema: one per field; a group of fields that
 * is not a date or a statement is split into one column per field ("capture.sha256").
 */
function schemaColumns(node: SchemaNode, read: (record: ExportRecord) => Record<string, unknown> | undefined, prefix = '', keep = (_field: string) => true): Column[] {
	return Object.entries(shapeOf(node)).filter(([key]) => keep(key)).flatMap(([key, child]) => {
		const name = `${prefix}${key}`;
		const get = (record: ExportRecord) => read(record)?.[key];
		if (typeOf(child) === 'object' && !headOf(child)) return schemaColumns(child, (r) => get(r) as Record<string, unknown> | undefined, `${name}.`);
		return [{ name, description: unwrap(child).description ?? '', format: cellFormat(child), value: (r: ExportRecord) => cellText(child, get(r)) }];
	});
}

function kindColumns(kind: CollectionName, options: ExportOptions): Column[] {
	const [id, permalink, ...rest] = recordFieldDocs(kind);
	const body = rest.at(-1)!;
	return [
		{ name: id.path, description: id.description, format: '', value: (r) => r.id },
		{ name: permalink.path, description: permalink.description, format: '', value: (r) => options.permalink(kind, r.id) },
		...schemaColumns(schemaOf[kind], (r) => r.data as Record<string, unknown>, '', isPublished(kind)),
		{ name: body.path, description: body.description, format: 'Markdown.', value: (r) => r.body ?? '' },
	];
}

function kindCsv(kind: CollectionName, records: readonly ExportRecord[], options: ExportOptions): Iterable<string> {
	const columns = kindColumns(kind, options);
	const rows = function* () {
		for (const r of records) yield columns.map((c) => c.value(r));
	};
	return csvLines([columns.map((c) => c.name)], rows());
}

// ---------------------------------------------------------------------------------------------
// quotes.csv

const quoteColumns = [
	{ name: 'recordKind', description: 'The kind of record the passage is quoted in: testimonies, people, camps, places or organizations.' },
	{ name: 'recordId', description: 'The id of that record.' },
	{ name: 'recordPermalink', description: 'The address of that record’s page.' },
	{ name: 'field', description: 'Where in the record the passage stands, e.g. quotes[0].text or ethnicity[1].quote (see archive.json).' },
	{ name: 'sourceId', description: 'The id of the source the passage is taken from.' },
	{ name: 'sourcePermalink', description: 'The address of the passage on the source’s page: the page’s address with the anchor of the highlighted passage.' },
	{ name: 'text', description: 'The passage, character for character as in the source.' },
	{ name: 'speakerId', description: 'The id of the person whose words these are, when a testimony names the speaker; empty otherwise.' },
] as const;


const valueAt = (data: unknown, path: readonly (string | number)[]) => path.reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string | number, unknown>)[k]), data);

function* quoteRows(records: readonly PublicRecord[], options: ExportOptions): Generator<string[]> {
	for (const record of records) {
		yield* quotesOf(record.data).map((quote) => {
			const holder = valueAt(record.data, quote.path.slice(0, -1)) as { speaker?: { id: string } };
			// The source page marks the passage as written, so its anchor comes from the words as written.
			const writtenText = valueAt(record.written, quote.path);
			return [
				record.collection,
				record.id,
				options.permalink(record.collection, record.id),
				fieldPath(quote.path),
				quote.source,
				`${options.permalink('sources', quote.source)}#${quoteAnchor(typeof writtenText === 'string' ? writtenText : quote.text)}`,
				quote.text,
				quote.path.at(-1) === 'text' ? (holder.speaker?.id ?? '') : '',
			];
		});
	}
}

// ---------------------------------------------------------------------------------------------
// README.txt

const heading = (text: string, rule = '-') => `${text}\n${rule.repeat([...text].length)}\n`;
const entry = (name: string, ...lines: string[]) => `  ${name}\n${lines.filter(Boolean).map((l) => `      ${l}\n`).join('')}`;

function readme(options: ExportOptions, counts: Record<string, number>): string {
	const out: string[] = [];
	out.push(heading(`${archiveName}: the data`, '='));
	out.push(
		`The whole archive published at ${options.home}, as files: every record of every kind, each with the address of its page. The files are made from the archive's records at every build, so they always match the site.\n`,
	);
	out.push(heading('Files'));
	for (const name of dataFileNames) {
		const count = counts[name];
		out.push(entry(name, fileDescriptions[name], count === undefined ? '' : `${count} ${unitOf(name)}${name.endsWith('.csv') ? ' below the header' : ''}.`));
	}
	out.push('');
	out.push(heading('Conventions'));
	out.push(
		[
			'- Text is UTF-8, without a byte-order mark.',
			'- CSV files follow RFC 4180: a header row, then one row per record; fields separated by commas; a field holding a comma, a double quote or a line break is put in double quotes, a double quote inside it written twice; lines end with CRLF. Line breaks inside a field are kept as in the archive.',
			'- A relation to another record is written as that record\'s id, the name of its file. The record\'s page is at <site>/<kind>/<id>/, given in full as `permalink`.',
			'- Dates are written as far as the source gives them: YYYY, YYYY-MM or YYYY-MM-DD, with a precision of year, month or day. A qualifier such as "late" may stand before them, and "inferred" marks a date the archive worked out rather than read.',
			'- archive.json holds every field of every record in full. The CSV files flatten them:',
			'  lists are joined with " | " (" / " within one item);',
			'  a date is "[qualifier ]YYYY[-MM[-DD]]", then in brackets what else is known of it, e.g. "late 2017 (inferred; basis: …)";',
			'  a statement from a source (ethnicity, age, occupation, …) is "value (source-id)", with "inferred" and its note in the brackets when present;',
			'  a spelling is "name (source-id; lang: …)";',
			'  any other group is "field: value; field: value", empty fields left out;',
			'  a single group that is neither (a camp\'s location, a source\'s capture) has a column per field, e.g. capture.sha256.',
			'- The passage a fact is quoted from (`quote`) is left out of CSV list cells; quotes.csv holds every quoted passage in any record, with the field it supports and the address of the passage in its source.',
			'- Optional fields are left out of archive.json when a record has no value, and empty in CSV.',
			'- What the archive withholds to protect people is in no file, as on the site: a person whose identity is withheld appears only under the name the site shows, without other spellings, and a place of detention whose location is withheld has no location.',
			'',
		].join('\n'),
	);
	out.push(heading('Checking the files'));
	out.push('SHA256SUMS gives the SHA-256 of every other file, in the format of sha256sum. In the folder holding the downloaded files run:\n\n  sha256sum -c SHA256SUMS\n\n(add --ignore-missing when only some of the files were downloaded).\n');

	out.push(heading(jsonFile));
	out.push(
		'One JSON object: "archive" (the archive\'s name), "site" (its address), "counts" (records of each kind), and "records", which holds one list per kind (testimonies, people, camps, places, organizations, sources), each record an object with the fields below. A path such as relations[].person means the field person of each item of the list relations.\n',
	);
	for (const kind of exportKinds) {
		out.push(`records.${kind}[]: one object per ${collectionLabels[kind].one.toLowerCase()}\n`);
		for (const field of recordFieldDocs(kind)) out.push(entry(field.path, `${field.type[0].toUpperCase()}${field.type.slice(1)}${field.optional ? '; may be absent' : ''}.`, field.description));
		out.push('');
	}
	for (const kind of exportKinds) {
		out.push(heading(csvFile(kind)));
		out.push(`One row per ${collectionLabels[kind].one.toLowerCase()}, in order of id. The fields inside list items are described under archive.json, records.${kind}[]. Columns:\n`);
		for (const column of kindColumns(kind, options)) out.push(entry(column.name, column.description, column.format));
		out.push('');
	}
	out.push(heading(quotesFile));
	out.push('One row per passage quoted in any record (testimonies\' quotes, and the quote beside any statement, relation, detention, event, figure or location), record by record in the order of archive.json. Columns:\n');
	for (const column of quoteColumns) out.push(entry(column.name, column.description));
	out.push('');
	out.push(heading(readmeFile));
	out.push('This file.\n');
	out.push(heading(sumsFile));
	out.push('One line per file: its SHA-256 in lower-case hexadecimal, two spaces, and its name.\n');
	return out.join('\n');
}

import type { CollectionName } from '../../schemas/common.ts';
import { kindNames } from '../../schemas/kinds.ts';
import { enumValues, refCollectionOf, schemaNode, unwrap, type SchemaNode } from '../../schemas/reading.ts';
import { quoteAnchor, quotesOf } from '../quotes.ts';
import type { ArchiveRecord } from '../records.ts';
import { fieldPath, isRef, valueAt, type Ref } from '../refs.ts';
import { unpublishedFields } from '../withhold.ts';
import { cellFormat, cellText, headOf, shapeOf, typeOf } from './cells.ts';

/** The fields and columns of the export, read from the schemas so they follow the schemas as they change. */

/** What the files need to know of the site: the address of each record's page. */
export type Permalink = (collection: CollectionName, id: string) => string;

const isPublished = (kind: CollectionName) => (field: string) => !unpublishedFields[kind]?.includes(field);

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
			return `one of: ${enumValues(node)!.join(', ')}`;
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
	const one = kindNames[kind].one.toLowerCase();
	return [
		{ path: 'id', type: 'text', optional: false, description: `The ${one}'s id: the name of its file in the archive, and the last part of its address.` },
		{ path: 'permalink', type: 'web address', optional: false, description: `The address of the ${one}'s page on the site: in full when the build was given the site's address, otherwise from the site's root (/${kind}/<id>/).` },
		...fieldDocs(schemaNode(kind)).filter((f) => isPublished(kind)(f.path.split(/[.[]/)[0])),
		kind === 'sources'
			? { path: 'text', type: 'Markdown', optional: false, description: 'The cleaned text of the source, which every quote is checked against.' }
			: { path: 'summary', type: 'Markdown', optional: false, description: `The archive's own description of the ${one}, in Markdown; may be empty.` },
	];
}

export interface Column {
	name: string;
	description: string;
	format: string;
	value: (record: ArchiveRecord) => string;
}

/** The name of a place record, by its id: location columns carry names beside ids, so a file reads on its own. */
export type PlaceName = (id: string) => string;

/** A name column beside a column of relations to places ("location.place.name", "places.names"), or none. */
function placeNames(node: SchemaNode, name: string, get: (record: ArchiveRecord) => unknown, placeName: PlaceName): Column[] {
	if (refCollectionOf(node) === 'places') {
		return [{ name: `${name}.name`, description: `The name of the place in ${name}.`, format: '', value: (r) => (isRef(get(r)) ? placeName((get(r) as Ref).id) : '') }];
	}
	const element = typeOf(node) === 'array' ? unwrap(node).node.def.element! : undefined;
	if (element && refCollectionOf(element) === 'places') {
		return [{ name: `${name}.names`, description: `The names of the places in ${name}, in the same order.`, format: 'Names separated by " | ".', value: (r) => ((get(r) as Ref[] | undefined) ?? []).map((ref) => placeName(ref.id)).join(' | ') }];
	}
	return [];
}

/**
 * The columns of a kind's CSV file, read from its schema: one per field; a group of fields that
 * is not a date or a statement is split into one column per field ("capture.sha256"); a relation
 * to places is followed by the places' names.
 */
function schemaColumns(node: SchemaNode, read: (record: ArchiveRecord) => Record<string, unknown> | undefined, placeName: PlaceName, prefix = '', keep = (_field: string) => true): Column[] {
	return Object.entries(shapeOf(node)).filter(([key]) => keep(key)).flatMap(([key, child]) => {
		const name = `${prefix}${key}`;
		const get = (record: ArchiveRecord) => read(record)?.[key];
		if (typeOf(child) === 'object' && !headOf(child)) return schemaColumns(child, (r) => get(r) as Record<string, unknown> | undefined, placeName, `${name}.`);
		return [{ name, description: unwrap(child).description ?? '', format: cellFormat(child), value: (r: ArchiveRecord) => cellText(child, get(r)) }, ...placeNames(child, name, get, placeName)];
	});
}

export function kindColumns(kind: CollectionName, permalink: Permalink, placeName: PlaceName): Column[] {
	const [id, link, ...rest] = recordFieldDocs(kind);
	const body = rest.at(-1)!;
	return [
		{ name: id.path, description: id.description, format: '', value: (r) => r.id },
		{ name: link.path, description: link.description, format: '', value: (r) => permalink(kind, r.id) },
		...schemaColumns(schemaNode(kind), (r) => r.data as Record<string, unknown>, placeName, '', isPublished(kind)),
		{ name: body.path, description: body.description, format: 'Markdown.', value: (r) => r.body.trim() },
	];
}

export const quoteColumns = [
	{ name: 'recordKind', description: 'The kind of record the passage is quoted in: testimonies, people, camps, places or organizations.' },
	{ name: 'recordId', description: 'The id of that record.' },
	{ name: 'recordPermalink', description: 'The address of that record’s page.' },
	{ name: 'field', description: 'Where in the record the passage stands, e.g. quotes[0].text or ethnicity[1].quote (see archive.json).' },
	{ name: 'sourceId', description: 'The id of the source the passage is taken from.' },
	{ name: 'sourcePermalink', description: 'The address of the passage on the source’s page: the page’s address with the anchor of the highlighted passage.' },
	{ name: 'text', description: 'The passage, character for character as in the source.' },
	{ name: 'speakerId', description: 'The id of the person whose words these are, when a testimony names the speaker; empty otherwise.' },
] as const;

/** One row per quoted passage, record by record; the anchor is the one the source's page marks the passage with. */
export function* quoteRows(records: readonly ArchiveRecord[], permalink: Permalink): Generator<string[]> {
	for (const record of records) {
		for (const quote of quotesOf(record.data)) {
			const holder = valueAt(record.data, quote.path.slice(0, -1)) as { speaker?: { id: string } };
			yield [
				record.collection,
				record.id,
				permalink(record.collection, record.id),
				fieldPath(quote.path),
				quote.source,
				`${permalink('sources', quote.source)}#${quoteAnchor(quote.text)}`,
				quote.text,
				quote.path.at(-1) === 'text' ? (holder.speaker?.id ?? '') : '',
			];
		}
	}
}

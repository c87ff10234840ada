import { enumValues, refCollectionOf, unwrap, type SchemaNode } from '../../schemas/reading.ts';
import { isRef } from '../refs.ts';

/** How a field of a schema is written in a CSV cell, read from the schema. */

export const shapeOf = (node: SchemaNode) => unwrap(node).node.def.shape ?? {};
export const typeOf = (node: SchemaNode) => (refCollectionOf(node) ? 'reference' : unwrap(node).node.def.type);
/** A date with its precision: `value` and `precision`. */
const isDated = (node: SchemaNode) => typeOf(node) === 'object' && 'value' in shapeOf(node) && 'precision' in shapeOf(node);
const only = (node: SchemaNode, keys: readonly string[]) => Object.keys(shapeOf(node)).every((k) => keys.includes(k));
/** The field a date (`value`), a statement from a source (`value`) or a spelling (`name`) is written by in CSV: "head (source; …)". */
export const headOf = (node: SchemaNode): string | undefined => {
	if (typeOf(node) !== 'object') return undefined;
	if (isDated(node)) return 'value';
	if (only(node, ['value', 'source', 'quote', 'inferred', 'note'])) return 'value';
	if (only(node, ['name', 'source', 'lang'])) return 'name';
	return undefined;
};

const itemSeparator = ' | ';
const nestedSeparator = ' / ';

/**
 * One value as CSV text. Lists are joined with " | " (" / " inside a list item); a date or a
 * statement is its head ("late 2017", "Kazakh", a spelling) followed by its source and notes
 * in brackets; any other group of fields is "field: value; …". Quoted passages (`quote`) are
 * left out of groups: quotes.csv lists every one with the field it supports.
 */
export function cellText(node: SchemaNode, value: unknown, nested = false): string {
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
export function cellFormat(node: SchemaNode): string {
	const ref = refCollectionOf(node);
	if (ref) return `The id of a record in ${ref}.`;
	const type = typeOf(node);
	if (type === 'array') {
		const element = unwrap(node).node.def.element!;
		const listed = 'separated by " | "';
		if (refCollectionOf(element)) return `Ids of records in ${refCollectionOf(element)}, ${listed}.`;
		if (typeOf(element) === 'enum') return `Values ${listed}, from: ${enumValues(element)!.join(', ')}.`;
		if (typeOf(element) !== 'object') return `Items ${listed}.`;
		return `Items ${listed}, each ${groupFormat(element)}.`;
	}
	if (type === 'object') return `Written ${groupFormat(node)}.`;
	if (type === 'enum') return `One of: ${enumValues(node)!.join(', ')}.`;
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

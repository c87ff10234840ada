import { collectionNames, type CollectionName } from '../schemas/common.ts';
import { kindNames } from '../schemas/kinds.ts';
import { enumValues, refCollectionOf, schemaNode, unwrap, type SchemaNode } from '../schemas/reading.ts';
import { idProblem, shownId } from './input.ts';

/**
 * The collection for a kind of record as an archivist types it: the word (`person`), its
 * British spelling where it differs (`organisation`), or the plural (`people`); undefined when
 * there is none.
 */
export function collectionOf(kind: string): CollectionName | undefined {
	const word = kind.trim().toLowerCase();
	return collectionNames.find((c) => c === word || kindNames[c].word === word || kindNames[c].one.toLowerCase() === word);
}

export interface ScaffoldOptions {
	collection: CollectionName;
	id: string;
	/** Fills the record's `name` (or a testimony's or source's `title`). */
	name?: string;
	/** A source id: every field that refers to a source is filled with it. */
	source?: string;
	/** The day the file is made, YYYY-MM-DD (a source's `capture.added`). */
	today?: string;
}

type Line = string;
type Group = 'required' | 'defaulted' | 'optional';

/**
 * Wraps a note to about 100 characters a line. Notes beside commented-out fields start with
 * "## ", so removing "# " from every line of such a field leaves its notes as comments.
 */
function comment(indent: string, text: string, mark = '#', width = 100): Line[] {
	const lines: Line[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && indent.length + mark.length + 1 + line.length + 1 + word.length > width) {
			lines.push(`${indent}${mark} ${line}`);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(`${indent}${mark} ${line}`);
	return lines;
}

const minimum = (node: SchemaNode) => node.def.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
const groupOf = (node: SchemaNode): Group => {
	const { optional, hasDefault } = unwrap(node);
	return hasDefault ? 'defaulted' : optional ? 'optional' : 'required';
};

/** The hint added after a field's description: its choices, or what kind of id it takes. */
function hint(node: SchemaNode): string {
	const inner = unwrap(node).node;
	const ref = refCollectionOf(node);
	if (ref) return `The id of a record in content/${ref}/.`;
	const choices = enumValues(inner);
	if (choices) return `One of: ${choices.join(', ')}.`;
	if (inner.def.type === 'array') {
		const element = inner.def.element!;
		const elementRef = refCollectionOf(element);
		const atLeast = minimum(inner) > 0 ? 'one or more' : 'any number';
		if (elementRef) return `Ids of records in content/${elementRef}/, ${atLeast}, e.g. [first-id, second-id].`;
		const elementChoices = enumValues(element);
		if (elementChoices) return `${atLeast[0].toUpperCase()}${atLeast.slice(1)} of: ${elementChoices.join(', ')}.`;
	}
	return '';
}

/**
 * Writes the front matter of a new record from its schema: every field with its description
 * as a comment, required fields first and left empty for the archivist to fill in, fields with
 * a default written with it, and optional fields commented out. Reference fields to sources take
 * `source` when given. The body is left empty: testimonies and sources must have one.
 */
export function scaffold(options: ScaffoldOptions): string {
	const { collection, id } = options;
	const badId = idProblem(id);
	if (badId) throw new Error(`${shownId(id)} is not a valid id: ${badId.reason}, e.g. "${badId.suggestion}"`);
	const root = schemaNode(collection);
	const prefill: Record<string, string | number> = {};
	if (options.name) prefill[collection === 'testimonies' || collection === 'sources' ? 'title' : 'name'] = options.name;
	if (collection === 'sources') {
		Object.assign(prefill, { 'capture.file': `${id}.capture.txt`, 'capture.encoding': 'utf-8', 'capture.format': 'text', 'capture.added': options.today ?? new Date().toISOString().slice(0, 10) });
	}

	/** The placeholder value of a scalar field, as YAML. */
	const scalar = (node: SchemaNode, path: string): string => {
		const { node: inner, hasDefault, defaultValue } = unwrap(node);
		if (path in prefill) return JSON.stringify(prefill[path]);
		const ref = refCollectionOf(node);
		if (ref) return ref === 'sources' && options.source ? options.source : '""';
		if (hasDefault && defaultValue !== undefined && typeof defaultValue !== 'object') return typeof defaultValue === 'string' ? JSON.stringify(defaultValue) : String(defaultValue);
		if (inner.def.type === 'boolean') return 'false';
		if (inner.def.type === 'number') return '0';
		return '""';
	};

	/** The lines of one field; `commented` writes them as YAML comments, to be uncommented. */
	const field = (key: string, node: SchemaNode, indent: string, path: string, commented: boolean, listItem = false): Line[] => {
		const { node: inner, description } = unwrap(node);
		const extra = hint(node);
		// A description that already lists the choices needs no second list.
		const listed = enumValues(inner) ?? (inner.def.type === 'array' ? enumValues(inner.def.element) : undefined);
		const text = [
			description,
			listed && description && listed.every((v) => description.includes(v)) ? '' : extra,
			groupOf(node) === 'optional' && /[.[]/.test(path) ? '(Optional: delete the line if it is not needed.)' : '',
		]
			.filter(Boolean)
			.join(' ');
		const c = commented ? '# ' : '';
		const lead = listItem ? `${indent.slice(2)}${c}- ` : `${indent}${c}`;
		const lines = comment(listItem ? indent.slice(2) : indent, text, commented ? '##' : '#');
		const isRef = refCollectionOf(node) !== undefined;
		if (!isRef && inner.def.type === 'object') {
			return [...lines, `${lead}${key}:`, ...object(inner, `${indent}  `, path, commented)];
		}
		if (!isRef && inner.def.type === 'array') {
			const element = inner.def.element!;
			const elementInner = unwrap(element).node;
			if (elementInner.def.type === 'object' && refCollectionOf(element) === undefined) {
				const item = object(elementInner, `${indent}    `, `${path}[]`, commented || minimum(inner) === 0, true);
				if (minimum(inner) > 0) return [...lines, `${lead}${key}:`, ...item];
				// An empty list, with one entry written out below as a commented example.
				return [...lines, `${lead}${key}: []`, `${indent}## For each entry, copy these lines, remove the "# " in front of them, and delete the [] above:`, ...item];
			}
			const elementRef = refCollectionOf(element);
			const filled = elementRef === 'sources' && options.source ? `[${options.source}]` : '[]';
			return [...lines, `${lead}${key}: ${filled}`];
		}
		return [...lines, `${lead}${key}: ${scalar(node, path)}`];
	};

	/** The fields of an object: required, then with a default, then optional (commented out). */
	const object = (node: SchemaNode, indent: string, path: string, commented: boolean, listItem = false): Line[] => {
		const entries = Object.entries(node.def.shape ?? {});
		const order: Group[] = ['required', 'defaulted', 'optional'];
		const sorted = order.flatMap((group) => entries.filter(([, n]) => groupOf(n) === group));
		const lines: Line[] = [];
		sorted.forEach(([key, child], i) => {
			const childPath = path ? `${path}.${key}` : key;
			const off = commented || groupOf(child) === 'optional';
			lines.push(...field(key, child, indent, childPath, off, listItem && i === 0));
		});
		return lines;
	};

	const entries = Object.entries(root.def.shape ?? {});
	const section = (group: Group, title: string): Line[] => {
		const fields = entries.filter(([, node]) => groupOf(node) === group);
		if (!fields.length) return [];
		return ['', ...comment('', title), ...fields.flatMap(([key, node]) => field(key, node, '', key, group === 'optional'))];
	};
	const kind = kindNames[collection].word;
	const intro = [
		`# A new ${kind} record: content/${collection}/${id}.md. Its id is the file name.`,
		'# Lines starting with # are notes for you; they do not appear on the site and you may delete them.',
		...(collection === 'sources' ? ['# A source is best made with `npm run import -- <capture> --url … --publisher …`, which fills in the capture fields.'] : []),
		'# When you have filled in the values, run `npm run check`: it lists every value still missing.',
	];
	const lines = [
		'---',
		...intro,
		...section('required', '── Required: fill in every value (empty quotes "" and empty lists [] are placeholders). ──'),
		...section('defaulted', '── Optional, with a default: leave as they are, or fill in. ──'),
		...section('optional', '── Optional: to use one, remove the "# " in front of its lines and fill in the values. ──'),
		'---',
		'',
	];
	return lines.join('\n');
}

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { idPattern, type CollectionName, type RefFactory } from '../../schemas/common.ts';
import { schemas } from '../../schemas/index.ts';
import { dateProblem } from '../dates.ts';
import { markdownBlocks } from '../markdown-text.ts';
import { explainMissingQuote, foldSpace } from '../quotes.ts';
import { nameProblem, nameKey } from '../names.ts';
import { closest } from '../similar.ts';
import { recordKey, referencesOf } from '../graph.ts';
import { escapeRegExp } from '../regexp.ts';
import { lineAt, loadRecords, type Problem, type RawRecord } from './load.ts';

type Path = (string | number)[];
export interface Ref {
	collection: CollectionName;
	id: string;
}
/** A record that passed its schema, with the values the schema produced. */
export interface CheckedRecord extends RawRecord {
	value: Record<string, unknown>;
}

/** The collection each reference schema made by `checkerRef` points to, by the schema's definition. */
const refCollections = new WeakMap<object, CollectionName>();

/** The stand-in for Astro's `reference()` outside Astro: same `{ collection, id }` result. */
export const checkerRef: RefFactory = (collection) => {
	const schema = z
		.string({ error: 'must be the id of a record (its file name without .md)' })
		.regex(idPattern, 'must be an id: lower-case words joined by hyphens')
		.transform((id) => ({ collection, id }));
	// `.describe()` and `.optional()` keep or wrap this definition, so it still identifies the reference.
	refCollections.set(schema.def, collection);
	return schema;
};

/** A Zod schema node, as far as the checker and the scaffolder look into it. */
export interface SchemaNode {
	def: {
		type: string;
		innerType?: SchemaNode;
		in?: SchemaNode;
		out?: SchemaNode;
		element?: SchemaNode;
		shape?: Record<string, SchemaNode>;
		entries?: Record<string, string>;
		format?: string;
		defaultValue?: unknown;
		checks?: { _zod: { def: { check: string; minimum?: number; value?: unknown } } }[];
	};
	description?: string;
}

/** The schema under `optional`, `default`, `nullable` and pipes, with what the wrappers say. */
export function unwrap(node: SchemaNode): { node: SchemaNode; optional: boolean; hasDefault: boolean; defaultValue?: unknown; description?: string } {
	let optional = false;
	let hasDefault = false;
	let defaultValue: unknown;
	let description = node.description;
	for (;;) {
		const def = node.def;
		if (refCollections.has(def)) break;
		if (def.type === 'optional' || def.type === 'nullable') optional = true;
		else if (def.type === 'default') {
			hasDefault = true;
			defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
		} else if (def.type !== 'pipe') break;
		// A preprocessed value is described by what it becomes; a transformed one by what it was.
		node = def.type === 'pipe' ? (def.in!.def.type === 'transform' ? def.out! : def.in!) : def.innerType!;
		description ??= node.description;
	}
	return { node, optional, hasDefault, defaultValue, description };
}

/** The collection a reference schema points to, or undefined when it is not a reference. */
export const refCollectionOf = (node: SchemaNode): CollectionName | undefined => refCollections.get(unwrap(node).node.def);

/** The schema node at a path of field names and list positions. */
export function schemaAt(schema: SchemaNode, path: readonly (string | number)[]): SchemaNode | undefined {
	let node: SchemaNode | undefined = schema;
	for (const key of path) {
		if (!node) return undefined;
		const inner: SchemaNode = unwrap(node).node;
		node = typeof key === 'number' ? inner.def.element : inner.def.shape?.[key];
	}
	return node;
}

/** A field's path as an archivist reads it: `quotes[0].text`. */
export const fieldPath = (path: readonly (string | number)[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');

const problemAt = (record: RawRecord, path: Path, message: string, fix: string, severity: Problem['severity'] = 'error'): Problem => ({
	file: record.file,
	line: record.lineOf(path),
	field: path.length ? fieldPath(path) : '(file)',
	message,
	fix,
	severity,
});

const describeValue = (value: unknown) =>
	Array.isArray(value) ? 'a list' : value === null ? 'empty' : typeof value === 'object' ? 'a group of fields' : `${typeof value === 'string' ? 'the text' : `the ${typeof value}`} ${JSON.stringify(value)}`;
const kinds: Record<string, string> = { array: 'a list', object: 'a group of fields', string: 'text', number: 'a number', boolean: 'true or false' };

/** A suggested id for a value that was written as a name: "Kairat Samarkan" → "kairat-samarkan". */
const asId = (value: string) => nameKey(value).replace(/\s+/g, '-');

/** What is wrong and how to fix it, for one schema issue, in the archivist's terms. */
function explainIssue(issue: z.core.$ZodIssue, value: unknown, node: SchemaNode | undefined): { message: string; fix: string } {
	const about = node ? unwrap(node) : undefined;
	const description = about?.description;
	// "The people…" becomes "write the people…", but "SHA-256 of…" keeps its capitals.
	const lower = (description && /^.[^A-Z0-9]/.test(description) ? `${description[0].toLowerCase()}${description.slice(1)}` : description)?.replace(/\.$/, '');
	const write = lower ? `write ${lower}` : 'correct the value';
	const ref = node ? refCollectionOf(node) : undefined;
	const elementOf = about?.node.def.type === 'array' ? about.node.def.element : undefined;
	const choices = (n: SchemaNode | undefined) => {
		const inner = n && unwrap(n).node;
		return inner?.def.type === 'enum' ? Object.values(inner.def.entries ?? {}) : undefined;
	};
	if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
		const options = choices(node);
		return { message: 'is missing', fix: options ? `write one of: ${options.join(', ')}${lower ? ` (${lower})` : ''}` : write };
	}
	if (value === '' && issue.code !== 'invalid_type') {
		const options = choices(node);
		return { message: 'is empty', fix: options ? `write one of: ${options.join(', ')}${lower ? ` (${lower})` : ''}` : write };
	}
	if (issue.code === 'invalid_type') {
		if (value === null) return { message: 'has no value', fix: write };
		if (ref) {
			return {
				message: `must be the id of a record of ${ref} (its file name without .md), not ${describeValue(value)}`,
				fix: Array.isArray(value) ? 'write a single id, without [ ]' : `write the id, e.g. ${ref === 'people' ? 'witness: kairat-samarkan' : 'a-record-id'}`,
			};
		}
		return { message: `must be ${kinds[issue.expected] ?? issue.expected}, not ${describeValue(value)}`, fix: issue.expected === 'array' ? `write a list, e.g. [${typeof value === 'string' ? value : 'first, second'}]; ${write}` : write };
	}
	if (issue.code === 'invalid_value') {
		const options = issue.values.map(String);
		const near = typeof value === 'string' ? closest(value, options, 1)[0] : undefined;
		return { message: `is ${JSON.stringify(value)}, which is not in the vocabulary: ${options.join(', ')}`, fix: near ? `did you mean "${near}"? Use one of the listed values` : 'use one of the listed values' };
	}
	if (issue.code === 'too_small') {
		if (issue.origin === 'array') {
			const options = choices(elementOf);
			return {
				message: `needs at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}${Array.isArray(value) ? `, but has ${value.length}` : ''}`,
				fix: options ? `${write}; choose from: ${options.join(', ')}` : write,
			};
		}
		if (issue.origin === 'string') return { message: 'is empty', fix: write };
		return { message: `is ${JSON.stringify(value)}, but must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`, fix: write };
	}
	if (issue.code === 'invalid_format') {
		if (issue.format === 'url') return { message: `is not a full web address: ${JSON.stringify(value)}`, fix: 'copy the address from the browser, starting with https://' };
		if (ref && typeof value === 'string') {
			const id = asId(value);
			return { message: `${JSON.stringify(value)} is not an id: an id is lower-case words joined by hyphens`, fix: id ? `write the record's id (its file name without .md), e.g. "${id}"` : "write the record's id (its file name without .md)" };
		}
		if (issue.format === 'date') return { message: `${JSON.stringify(value)} is not a day written YYYY-MM-DD`, fix: write };
		return { message: `${JSON.stringify(value)} is not in the expected form: ${issue.message}`, fix: write };
	}
	if (issue.code === 'invalid_union' || issue.code === 'custom') return { message: issue.message, fix: write };
	return { message: `${issue.message}${value === undefined ? '' : ` (it is ${describeValue(value)})`}`, fix: write };
}

const getAt = (data: unknown, path: Path) => path.reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string | number, unknown>)[k]), data);

/** Fields written in the data that its schema does not have, at any depth. */
function unknownFields(node: SchemaNode, data: unknown, path: Path): { path: Path; known: string[] }[] {
	const inner = unwrap(node).node;
	if (inner.def.type === 'array' && Array.isArray(data)) return data.flatMap((item, i) => unknownFields(inner.def.element!, item, [...path, i]));
	if (inner.def.type !== 'object' || !data || typeof data !== 'object' || Array.isArray(data)) return [];
	const shape = inner.def.shape!;
	const found: { path: Path; known: string[] }[] = [];
	for (const [key, value] of Object.entries(data)) {
		if (key in shape) found.push(...unknownFields(shape[key], value, [...path, key]));
		else found.push({ path: [...path, key], known: Object.keys(shape) });
	}
	return found;
}

/** Each collection's schema, built once. */
const schemaCache = new Map<CollectionName, z.ZodObject>();
const schemaOf = (collection: CollectionName) => {
	let schema = schemaCache.get(collection);
	if (!schema) schemaCache.set(collection, (schema = schemas[collection](checkerRef) as unknown as z.ZodObject));
	return schema;
};

/** Validates front matter against its collection's schema; unknown fields are reported too. */
export function checkSchema(record: RawRecord): { problems: Problem[]; value?: Record<string, unknown> } {
	const schema = schemaOf(record.collection);
	const root = schema as unknown as SchemaNode;
	const problems: Problem[] = [];
	for (const { path, known } of unknownFields(root, record.data, [])) {
		const key = String(path.at(-1));
		const suggestion = closest(key, known, 1)[0];
		const where = path.length > 1 ? `this part of ${record.collection}` : record.collection;
		problems.push(problemAt(record, path, `"${key}" is not a field of ${where}`, suggestion ? `did you mean "${suggestion}"? Otherwise remove it` : `remove it; the fields here are: ${known.join(', ')}`));
	}
	const result = schema.safeParse(record.data);
	if (!result.success) {
		for (const issue of result.error.issues) {
			const path = issue.path as Path;
			const { message, fix } = explainIssue(issue, getAt(record.data, path), schemaAt(root, path));
			problems.push(problemAt(record, path, message, fix));
		}
	}
	if (!idPattern.test(record.id)) {
		problems.push(problemAt(record, [], `the file name "${record.id}.md" is not a valid id`, `rename the file with lower-case letters, digits and hyphens only, e.g. "${asId(record.id) || 'a-record-id'}.md"`));
	}
	return { problems, value: result.success ? (result.data as Record<string, unknown>) : undefined };
}

/**
 * Reports references to records that do not exist, suggesting the closest ids. A record that
 * exists but has problems of its own counts as existing: its own problems are reported once.
 */
export function checkReferences(records: CheckedRecord[], present: readonly { collection: string; id: string }[] = records): Problem[] {
	const ids = new Map<string, string[]>();
	for (const r of present) {
		const list = ids.get(r.collection);
		if (list) list.push(r.id);
		else ids.set(r.collection, [r.id]);
	}
	const exists = new Set(present.map((r) => recordKey(r.collection, r.id)));
	// Ids by every spelling of their name, so `gulbahar-jalilova` can point to `goulbakhar-jalilova`.
	const byName = new Map<string, string>();
	for (const r of records) for (const { name } of namesOf(r)) byName.set(`${r.collection}/${asId(name)}`, r.id);
	const problems: Problem[] = [];
	for (const record of records) {
		for (const { ref, path } of referencesOf(record.value)) {
			if (exists.has(recordKey(ref.collection, ref.id))) continue;
			const elsewhere = present.find((r) => r.id === ref.id && r.collection !== ref.collection);
			const named = byName.get(`${ref.collection}/${ref.id}`);
			const suggestions = [...new Set([...(named ? [named] : []), ...closest(ref.id, ids.get(ref.collection) ?? [], 3)])].slice(0, 3);
			const use = suggestions.length ? `use an existing id of ${ref.collection}: ${suggestions.map((s) => `"${s}"`).join(', ')}` : undefined;
			const create = `create content/${ref.collection}/${ref.id}.md (npm run new -- ${singular[ref.collection as CollectionName] ?? ref.collection} --id ${ref.id})`;
			problems.push(
				elsewhere
					? problemAt(
							record,
							path,
							`"${ref.id}" is a record of ${elsewhere.collection}, but this field takes a record of ${ref.collection}`,
							`move the id to a field that takes ${elsewhere.collection}${use ? `, or ${use}` : ''}`,
						)
					: problemAt(record, path, `refers to "${ref.id}", but there is no content/${ref.collection}/${ref.id}.md`, use ? `${use}; or ${create}` : `correct the id, or ${create}`),
			);
		}
	}
	return problems;
}

const singular: Record<CollectionName, string> = {
	sources: 'source',
	testimonies: 'testimony',
	people: 'person',
	camps: 'camp',
	places: 'place',
	organizations: 'organization',
};

/** The text of a source that quotes may be taken from: headline, standfirst and body, by block. */
export function sourceBlocks(record: { data: Record<string, unknown>; body: string }): string[] {
	return [String(record.data.title ?? ''), String(record.data.standfirst ?? ''), ...markdownBlocks(record.body)].filter(Boolean);
}

/** Every quoted passage in a validated record: `quote` beside a `source`, and `text` in `quotes` lists. */
export function quotesOf(value: unknown, path: Path = []): { text: string; source: string; path: Path }[] {
	if (Array.isArray(value)) return value.flatMap((v, i) => quotesOf(v, [...path, i]));
	if (!value || typeof value !== 'object') return [];
	const o = value as Record<string, unknown>;
	const found: { text: string; source: string; path: Path }[] = [];
	const source = o.source as Ref | undefined;
	if (source?.collection === 'sources') {
		if (typeof o.quote === 'string') found.push({ text: o.quote, source: source.id, path: [...path, 'quote'] });
		if (typeof o.text === 'string' && path.at(-2) === 'quotes') found.push({ text: o.text, source: source.id, path: [...path, 'text'] });
	}
	for (const [k, v] of Object.entries(o)) if (k !== 'source') found.push(...quotesOf(v, [...path, k]));
	return found;
}

/** The line of a source file where a passage begins, found by its first words; undefined if not found. */
function lineInSource(source: CheckedRecord, passage: string): number | undefined {
	const words = passage.split(' ').filter((w) => w !== '…');
	for (const count of [8, 5, 3]) {
		if (words.length < count) continue;
		const pattern = new RegExp(words.slice(0, count).map(escapeRegExp).join('\\s+'));
		const match = pattern.exec(source.body);
		if (match) return source.bodyLine + lineAt(source.body, match.index) - 1;
	}
	return undefined;
}

/** Reports quotes that do not occur verbatim, within one block, in the source they name. */
export function checkQuotes(records: CheckedRecord[]): Problem[] {
	// Only whether a quote is there counts here, not where (which `locateQuote` also works out, for
	// highlighting): it is there when its folded text is in one folded block. A folded quote has no
	// line break, so a source's folded blocks joined by line breaks are searched at once.
	const sources = new Map(
		records
			.filter((r) => r.collection === 'sources')
			.map((record) => {
				const blocks = sourceBlocks(record);
				return [record.id, { record, blocks, folded: blocks.map(foldSpace).join('\n') }];
			}),
	);
	const problems: Problem[] = [];
	for (const record of records) {
		for (const quote of quotesOf(record.value)) {
			const source = sources.get(quote.source);
			if (!source) continue;
			const needle = foldSpace(quote.text);
			if (needle && source.folded.includes(needle)) continue;
			const fix = 'copy the passage from the source page exactly (same words, punctuation and quote marks), within one paragraph';
			if (!needle) {
				problems.push(problemAt(record, quote.path, 'the quote is empty', fix));
				continue;
			}
			const other = [...sources.values()].find((s) => s !== source && s.folded.includes(needle))?.record;
			if (other) {
				problems.push(problemAt(record, quote.path, `the quote is not in source "${quote.source}", but it is word for word in source "${other.id}"`, `if it was taken from there, change its source to ${other.id}`));
				continue;
			}
			const near = explainMissingQuote(source.blocks, quote.text);
			if (!near) {
				problems.push(problemAt(record, quote.path, `the quote is not in source "${quote.source}", and no passage of it comes close`, `check that the source is the right one, then ${fix}`));
				continue;
			}
			const line = lineInSource(source.record, near.passage);
			const where = line ? ` (${source.record.file}:${line})` : '';
			if (near.acrossBlocks) {
				problems.push(problemAt(record, quote.path, `the quote runs from one paragraph of source "${quote.source}" into the next${where}`, 'split it into two quotes, one for each paragraph'));
				continue;
			}
			const shown = near.differences.slice(0, 4);
			const more = near.differences.length - shown.length;
			problems.push(
				problemAt(
					record,
					quote.path,
					`the quote is not in source "${quote.source}" word for word: ${shown.join('; ')}${more > 0 ? `; and ${more} more difference${more === 1 ? '' : 's'}` : ''}. Closest passage${where}: “${near.passage}”`,
					fix,
				),
			);
		}
	}
	return problems;
}

/** Reports dates that are not real, not yet come, or do not match their precision. */
export function checkDates(record: CheckedRecord, today = new Date()): Problem[] {
	const problems: Problem[] = [];
	const walk = (value: unknown, path: Path) => {
		if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i]));
		if (!value || typeof value !== 'object') return;
		const o = value as Record<string, unknown>;
		if (typeof o.value === 'string' && typeof o.precision === 'string' && /^\d{4}/.test(o.value)) {
			const problem = dateProblem(o.value, o.precision as 'day', today);
			if (problem) problems.push(problemAt(record, [...path, 'value'], problem, 'write the date the source gives, as YYYY, YYYY-MM or YYYY-MM-DD, with the matching precision (year, month or day)'));
		}
		for (const [k, v] of Object.entries(o)) walk(v, [...path, k]);
	};
	walk(record.value, []);
	return problems;
}

/** Names and aliases a record claims, for people, camps, places and organisations. */
export function namesOf(record: { collection: string; value: Record<string, unknown> }): { name: string; path: Path }[] {
	if (!['people', 'camps', 'places', 'organizations'].includes(record.collection)) return [];
	if (record.value.named === false) return [];
	const aliases = (record.value.aliases as { name: string }[] | undefined) ?? [];
	return [{ name: String(record.value.name), path: ['name'] }, ...aliases.map((a, i) => ({ name: a.name, path: ['aliases', i, 'name'] }))];
}

const distinctIds = (record: CheckedRecord) =>
	((record.value.distinctFrom as ({ id: string } | { organization: { id: string } })[] | undefined) ?? []).map((d) => ('organization' in d ? d.organization.id : d.id));

/** Reports names claimed by two records of a kind that are not marked distinct, and suspicious characters in names. */
export function checkNames(records: CheckedRecord[]): Problem[] {
	const problems: Problem[] = [];
	const claimed = new Map<string, CheckedRecord>();
	for (const record of records) {
		const own = new Set<string>();
		for (const { name, path } of namesOf(record)) {
			const problem = nameProblem(name);
			if (problem) problems.push(problemAt(record, path, problem, 'delete the name and type it again with plain Latin letters on an English keyboard layout; a name in another script goes in aliases with its lang'));
			const key = `${record.collection}/${nameKey(name)}`;
			if (own.has(key)) continue;
			own.add(key);
			const other = claimed.get(key);
			if (other && other.id !== record.id && !distinctIds(record).includes(other.id) && !distinctIds(other).includes(record.id)) {
				const field = path[0] === 'name' ? 'name' : 'alias';
				problems.push(
					problemAt(
						record,
						path,
						`the ${field} “${name}” is also claimed by ${other.file} (line ${other.lineOf(namesOf(other).find((n) => `${record.collection}/${nameKey(n.name)}` === key)!.path)})`,
						`if both are the same, merge the records; if they are different, add "${other.id}" to distinctFrom`,
					),
				);
			} else if (!other) claimed.set(key, record);
		}
	}
	return problems;
}

/** Reports source captures that are missing or whose bytes no longer match their SHA-256. */
export function checkCapture(root: string, record: CheckedRecord): Problem[] {
	const capture = record.value.capture as { file: string; sha256: string; bytes: number };
	const path = join(root, 'content', 'sources', capture.file);
	if (!existsSync(path)) {
		return [problemAt(record, ['capture', 'file'], `the raw capture content/sources/${capture.file} is missing`, 'restore the capture file beside this record (never edit it)')];
	}
	const bytes = readFileSync(path);
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	if (sha256 !== capture.sha256) {
		return [problemAt(record, ['capture', 'sha256'], `the capture's SHA-256 is ${sha256}, not the recorded value: the capture was changed or the hash mistyped`, 'restore the original capture byte for byte, or re-import it')];
	}
	if (bytes.length !== capture.bytes) {
		return [problemAt(record, ['capture', 'bytes'], `the capture has ${bytes.length} bytes, not ${capture.bytes}`, 'correct the byte count')];
	}
	return [];
}

/** HTML that could run code, each with the words an archivist knows it by. */
const unsafeHtml: [RegExp, string][] = [
	[/<\s*script\b/i, 'a <script> element'],
	[/<\s*(iframe|object|embed|style|form)\b/i, 'an embedded <$1> element'],
	[/<[^>]*\son[a-z]+\s*=/i, 'an event-handler attribute (such as onerror= or onclick=)'],
	[/javascript\s*:/i, 'a javascript: link'],
];

/** Reports record bodies that are empty where a summary is required, or carry active HTML. */
/**
 * A withheld person's id is published in every address of their page: it must not give
 * away a word of the name or spellings it withholds.
 */
export function checkWithheldId(record: CheckedRecord): Problem[] {
	if (record.collection !== 'people' || !record.value.withhold) return [];
	const words = new Set(namesOf({ collection: 'people', value: { ...record.value, named: true } }).flatMap(({ name }) => nameKey(name).split(' ')).filter((w) => w.length > 2));
	const leaked = record.id.split('-').filter((part) => words.has(part));
	if (!leaked.length) return [];
	return [
		problemAt(record, ['withhold'], `the file name "${record.id}.md" contains “${leaked.join('”, “')}” from the withheld name, and file names are published in the page's address`, 'rename the file after the public name, e.g. witness-a.md, and update the records that refer to it'),
	];
}

export function checkBody(record: CheckedRecord): Problem[] {
	const problems: Problem[] = [];
	const bodyLine = record.bodyLine;
	if (!record.body.trim()) {
		const required = record.collection === 'sources' || record.collection === 'testimonies';
		problems.push({
			file: record.file,
			line: bodyLine,
			field: '(body)',
			message: required ? 'the text below the front matter is empty' : 'there is no description below the front matter',
			fix: record.collection === 'sources' ? 're-import the capture' : 'write a short summary in your own words below the closing "---"',
			severity: required ? 'error' : 'warning',
		});
	}
	for (const [pattern, what] of unsafeHtml) {
		const match = pattern.exec(record.body);
		if (!match) continue;
		problems.push({
			file: record.file,
			line: bodyLine + lineAt(record.body, match.index) - 1,
			field: '(body)',
			message: `the text contains ${what.replace('$1', match[1] ?? '')}, which could run code in readers' browsers`,
			fix: 'remove the HTML; write plain Markdown ([link text](https://…) for links)',
			severity: 'error',
		});
	}
	if (record.collection === 'testimonies' && record.value.kind !== 'summarised' && !record.value.witness) {
		problems.push({ ...problemAt(record, ['witness'], `a ${record.value.kind} testimony needs the person who gives it`, 'add witness: <person id>, or set kind: summarised'), line: record.lineOf(['kind']) });
	}
	return problems;
}

/** Roles of people whose accounts the archive exists to hold: each should have a testimony. */
const rolesWithTestimony = new Set(['former-detainee', 'detainee', 'relative-of-detainee', 'witness']);

/**
 * Warns of people who were detained, are relatives of a detainee or witnesses, and whom no
 * testimony mentions (as witness, subject, reporter, speaker or anywhere else). Testimonies
 * that failed their own checks still count, by the ids written in them.
 */
export function checkPeopleWithoutTestimony(records: CheckedRecord[], testimonies: readonly { data: unknown }[] = records.filter((r) => r.collection === 'testimonies')): Problem[] {
	const mentioned = new Set<string>();
	const collect = (value: unknown) => {
		if (typeof value === 'string') mentioned.add(value);
		else if (Array.isArray(value)) value.forEach(collect);
		else if (value && typeof value === 'object') Object.values(value).forEach(collect);
	};
	for (const t of testimonies) collect(t.data);
	return records
		.filter((r) => r.collection === 'people' && !mentioned.has(r.id))
		.filter((r) => ((r.value.roles as string[] | undefined) ?? []).some((role) => rolesWithTestimony.has(role)))
		.map((r) =>
			problemAt(
				r,
				['roles'],
				`no testimony mentions this person, though their roles (${(r.value.roles as string[]).join(', ')}) say they have an account to give`,
				`add their testimony (npm run new -- testimony --id ${r.id} --source <source id>), or name them in a testimony as witness, subjects or a quote's speaker`,
				'warning',
			),
		);
}

/** Runs one check, turning a failure of the checker itself into a problem instead of a crash. */
function guarded(record: { file: string }, run: () => Problem[]): Problem[] {
	try {
		return run();
	} catch (error) {
		return [{ file: record.file, line: 1, field: '(check)', message: `the checker could not read this record (${error instanceof Error ? error.message : String(error)})`, fix: 'look for an unusual value in the file; if it seems right, report it to the developers with this line', severity: 'error' }];
	}
}

/** Validates every record under `root/content`: all problems at once, errors and warnings. */
export function checkArchive(root: string, today = new Date()): { records: CheckedRecord[]; problems: Problem[] } {
	const raw = loadRecords(root);
	const problems: Problem[] = [];
	// Added one by one: a very large archive may have more problems than a call can take as arguments.
	const add = (found: Problem[]) => {
		for (const p of found) problems.push(p);
	};
	for (const record of raw) add(record.problems);
	const records: CheckedRecord[] = [];
	for (const record of raw) {
		if (record.unreadable) continue;
		let value: Record<string, unknown> | undefined;
		add(
			guarded(record, () => {
				const checked = checkSchema(record);
				value = checked.value;
				return checked.problems;
			}),
		);
		if (value) records.push({ ...record, value });
	}
	const whole = { file: 'content/' };
	add(guarded(whole, () => checkReferences(records, raw)));
	add(guarded(whole, () => checkQuotes(records)));
	add(guarded(whole, () => checkNames(records)));
	add(guarded(whole, () => checkPeopleWithoutTestimony(records, raw.filter((r) => r.collection === 'testimonies'))));
	for (const record of records) {
		add(guarded(record, () => [...checkDates(record, today), ...checkBody(record), ...checkWithheldId(record), ...(record.collection === 'sources' ? checkCapture(root, record) : [])]));
	}
	problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	return { records, problems };
}

/** One line per problem: `file:line — field — what is wrong — how to fix`. */
export const formatProblem = (p: Problem) => `${p.file}:${p.line} — ${p.field} — ${p.message} — ${p.fix}`;

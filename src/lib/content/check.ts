import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { idPattern, type CollectionName, type RefFactory } from '../../schemas/common.ts';
import { schemas } from '../../schemas/index.ts';
import { dateProblem } from '../dates.ts';
import { markdownBlocks } from '../markdown-text.ts';
import { closestPassage, locateQuote } from '../quotes.ts';
import { nameProblem, nameKey } from '../names.ts';
import { closest } from '../similar.ts';
import { recordKey, referencesOf } from '../graph.ts';
import { loadRecords, type Problem, type RawRecord } from './load.ts';

type Path = (string | number)[];
export interface Ref {
	collection: CollectionName;
	id: string;
}
/** A record that passed its schema, with the values the schema produced. */
export interface CheckedRecord extends RawRecord {
	value: Record<string, unknown>;
}

/** The stand-in for Astro's `reference()` outside Astro: same `{ collection, id }` result. */
export const checkerRef: RefFactory = (collection) =>
	z
		.string({ error: 'must be the id of a record (its file name without .md)' })
		.regex(idPattern, 'must be an id: lower-case words joined by hyphens')
		.transform((id) => ({ collection, id }));

const problemAt = (record: RawRecord, path: Path, message: string, fix: string, severity: Problem['severity'] = 'error'): Problem => ({
	file: record.file,
	line: record.lineOf(path),
	field: path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') : '(file)',
	message,
	fix,
	severity,
});

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
	if (issue.code === 'invalid_type') {
		return value === undefined ? 'is missing' : `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of fields' : `a ${issue.expected}`}, not ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a group of fields' : `${typeof value} ${JSON.stringify(value)}`}`;
	}
	if (issue.code === 'invalid_value') return `is ${JSON.stringify(value)}; it must be one of: ${issue.values.join(', ')}`;
	if (issue.code === 'too_small') {
		return issue.origin === 'array' ? `needs at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}` : 'is empty';
	}
	if (issue.code === 'invalid_format' && issue.format === 'url') return `is not a web address: ${JSON.stringify(value)}`;
	return issue.message;
}

function descriptionAt(schema: z.ZodType, path: Path): string | undefined {
	let node: unknown = schema;
	for (const key of path) {
		const def = (node as { def?: { type?: string; innerType?: unknown; element?: unknown; shape?: Record<string, unknown>; in?: unknown } })?.def;
		if (!def) return undefined;
		let inner: unknown = node;
		for (let i = 0; i < 5; i++) {
			const d = (inner as { def?: { type?: string; innerType?: unknown; in?: unknown } }).def;
			if (d?.type === 'optional' || d?.type === 'default' || d?.type === 'nullable') inner = d.innerType;
			else if (d?.type === 'pipe') inner = d.in;
			else break;
		}
		const innerDef = (inner as { def: { type: string; element?: unknown; shape?: Record<string, unknown> } }).def;
		node = typeof key === 'number' ? innerDef.element : innerDef.shape?.[key];
	}
	return (node as { description?: string })?.description;
}

const getAt = (data: unknown, path: Path) => path.reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string | number, unknown>)[k]), data);

/** Validates front matter against its collection's schema; unknown fields are reported too. */
export function checkSchema(record: RawRecord): { problems: Problem[]; value?: Record<string, unknown> } {
	const schema = schemas[record.collection](checkerRef) as unknown as z.ZodObject;
	const problems: Problem[] = [];
	for (const key of Object.keys(record.data)) {
		if (!(key in schema.shape)) {
			const suggestion = closest(key, Object.keys(schema.shape), 1)[0];
			problems.push(problemAt(record, [key], `is not a field of ${record.collection}`, suggestion ? `did you mean "${suggestion}"? Otherwise remove it` : 'remove it'));
		}
	}
	const result = schema.safeParse(record.data);
	if (!result.success) {
		for (const issue of result.error.issues) {
			const path = issue.path as Path;
			const description = descriptionAt(schema, path);
			problems.push(problemAt(record, path, describeIssue(issue, getAt(record.data, path)), description ? `write ${description[0].toLowerCase()}${description.slice(1)}` : 'correct the value'));
		}
	}
	if (!idPattern.test(record.id)) {
		problems.push(problemAt(record, [], `the file name "${record.id}.md" is not a valid id`, 'rename the file with lower-case letters, digits and hyphens only'));
	}
	return { problems, value: result.success ? (result.data as Record<string, unknown>) : undefined };
}


/** Reports references to records that do not exist, suggesting the closest ids. */
export function checkReferences(records: CheckedRecord[]): Problem[] {
	const ids = new Map<string, string[]>();
	for (const r of records) ids.set(r.collection, [...(ids.get(r.collection) ?? []), r.id]);
	const exists = new Set(records.map((r) => recordKey(r.collection, r.id)));
	const problems: Problem[] = [];
	for (const record of records) {
		for (const { ref, path } of referencesOf(record.value)) {
			if (exists.has(recordKey(ref.collection, ref.id))) continue;
			const elsewhere = records.find((r) => r.id === ref.id && r.collection !== ref.collection);
			const suggestions = closest(ref.id, ids.get(ref.collection) ?? [], 3);
			problems.push(
				problemAt(
					record,
					path,
					elsewhere
						? `"${ref.id}" is a record of ${elsewhere.collection}, but this field takes one of ${ref.collection}`
						: `refers to "${ref.id}", but there is no content/${ref.collection}/${ref.id}.md`,
					suggestions.length ? `use an existing id, e.g. ${suggestions.map((s) => `"${s}"`).join(', ')}, or create the record` : `create content/${ref.collection}/${ref.id}.md or correct the id`,
				),
			);
		}
	}
	return problems;
}

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

/** Reports quotes that do not occur verbatim, within one block, in the source they name. */
export function checkQuotes(records: CheckedRecord[]): Problem[] {
	const blocksOf = new Map(records.filter((r) => r.collection === 'sources').map((r) => [r.id, sourceBlocks(r)]));
	const problems: Problem[] = [];
	for (const record of records) {
		for (const quote of quotesOf(record.value)) {
			const blocks = blocksOf.get(quote.source);
			if (!blocks || locateQuote(blocks, quote.text)) continue;
			const near = closestPassage(blocks, quote.text);
			problems.push(
				problemAt(
					record,
					quote.path,
					`the quote is not in source "${quote.source}" word for word${near ? `. Closest passage: “${near.passage}”; ${near.differences.slice(0, 3).join('; ')}` : ''}`,
					'copy the passage from the source page exactly (same words, punctuation and quote marks), within one paragraph',
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
			if (problem) problems.push(problemAt(record, path, problem, 'retype the name with plain Latin letters, without invisible characters'));
			const key = `${record.collection}/${nameKey(name)}`;
			if (own.has(key)) continue;
			own.add(key);
			const other = claimed.get(key);
			if (other && other.id !== record.id && !distinctIds(record).includes(other.id) && !distinctIds(other).includes(record.id)) {
				problems.push(
					problemAt(
						record,
						path,
						`the name “${name}” is also claimed by ${other.file}`,
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

const unsafeHtml = /<\s*(script|iframe|object|embed|style|form)\b|\son\w+\s*=|javascript\s*:/i;

/** Reports record bodies that are empty where a summary is required, or carry active HTML. */
export function checkBody(record: CheckedRecord): Problem[] {
	const problems: Problem[] = [];
	const bodyLine = record.lineOf([]) + Object.keys(record.data).length;
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
	if (unsafeHtml.test(record.body)) {
		problems.push({ file: record.file, line: bodyLine, field: '(body)', message: 'the text contains HTML that could run code (a script, an event handler or a javascript: link)', fix: 'remove the HTML; write plain Markdown', severity: 'error' });
	}
	if (record.collection === 'testimonies' && record.value.kind !== 'summarised' && !record.value.witness) {
		problems.push(problemAt(record, ['witness'], 'a first-hand or reported testimony needs the person who gives it', 'add witness: <person id>, or set kind: summarised'));
	}
	return problems;
}

/** Validates every record under `root/content`: all problems at once, errors and warnings. */
export function checkArchive(root: string, today = new Date()): { records: CheckedRecord[]; problems: Problem[] } {
	const raw = loadRecords(root);
	const problems: Problem[] = raw.flatMap((r) => r.problems);
	const records: CheckedRecord[] = [];
	for (const record of raw) {
		if (record.problems.some((p) => p.severity === 'error' && p.field.startsWith('('))) {
			if (record.problems.some((p) => p.field === '(YAML)' || p.field === '(front matter)')) continue;
		}
		const { problems: schemaProblems, value } = checkSchema(record);
		problems.push(...schemaProblems);
		if (value) records.push({ ...record, value });
	}
	problems.push(...checkReferences(records), ...checkQuotes(records), ...checkNames(records));
	for (const record of records) {
		problems.push(...checkDates(record, today), ...checkBody(record));
		if (record.collection === 'sources') problems.push(...checkCapture(root, record));
	}
	problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	return { records, problems };
}

/** One line per problem: `file:line — field — what is wrong — how to fix`. */
export const formatProblem = (p: Problem) => `${p.file}:${p.line} — ${p.field} — ${p.message} — ${p.fix}`;

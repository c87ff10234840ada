import { z } from 'astro/zod';
import { addressKind } from '../../core/addresses.ts';
import { idFromName } from '../../core/fold.ts';
import { closest } from '../../core/similar.ts';
import { valueAt, type Path } from '../../core/refs.ts';
import { idProblem, shownId } from '../input.ts';
import { enumValues, plainSchema, refCollectionOf, schemaAt, unwrap, type SchemaNode } from '../../schemas/reading.ts';
import type { RawRecord } from '../read.ts';
import { problemAt, type Problem } from './problems.ts';

const describeValue = (value: unknown) =>
	Array.isArray(value) ? 'a list' : value === null ? 'empty' : typeof value === 'object' ? 'a group of fields' : `${typeof value === 'string' ? 'the text' : `the ${typeof value}`} ${JSON.stringify(value)}`;
const kinds: Record<string, string> = { array: 'a list', object: 'a group of fields', string: 'text', number: 'a number', boolean: 'true or false' };

/** What is wrong and how to fix it, for one schema issue, in the archivist's terms. */
function explainIssue(issue: z.core.$ZodIssue, value: unknown, node: SchemaNode | undefined): { message: string; fix: string } {
	const about = node ? unwrap(node) : undefined;
	const description = about?.description;
	// "The people…" becomes "write the people…", but "SHA-256 of…" keeps its capitals.
	const lower = (description && /^.[^A-Z0-9]/.test(description) ? `${description[0].toLowerCase()}${description.slice(1)}` : description)?.replace(/\.$/, '');
	const write = lower ? `write ${lower}` : 'correct the value';
	const ref = node ? refCollectionOf(node) : undefined;
	const elementOf = about?.node.def.type === 'array' ? about.node.def.element : undefined;
	const oneOf = (options: string[] | undefined) => (options ? `write one of: ${options.join(', ')}${lower ? ` (${lower})` : ''}` : write);
	if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return { message: 'is missing', fix: oneOf(enumValues(node)) };
	if (value === '' && issue.code !== 'invalid_type') return { message: 'is empty', fix: oneOf(enumValues(node)) };
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
			const options = enumValues(elementOf);
			return {
				message: `needs at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}${Array.isArray(value) ? `, but has ${value.length}` : ''}`,
				fix: options ? `${write}; choose from: ${options.join(', ')}` : write,
			};
		}
		if (issue.origin === 'string') return { message: 'is empty', fix: write };
		return { message: `is ${JSON.stringify(value)}, but must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`, fix: write };
	}
	if (issue.code === 'invalid_format') {
		if (issue.format === 'url') {
			const { kind, protocol } = addressKind(String(value));
			// A javascript: or data: address would run or show whatever it holds when a reader follows it.
			if (kind !== 'web' && protocol) return { message: `is a ${protocol}: address, and only web addresses (http:// or https://) are accepted: ${JSON.stringify(value)}`, fix: 'copy the address of the published page from the browser, starting with https://' };
			return { message: `is not a full web address: ${JSON.stringify(value)}`, fix: 'copy the address from the browser, starting with https://' };
		}
		if (ref && typeof value === 'string') {
			const id = idFromName(value);
			return { message: `${JSON.stringify(value)} is not an id: an id is lower-case words joined by hyphens`, fix: id ? `write the record's id (its file name without .md), e.g. "${id}"` : "write the record's id (its file name without .md)" };
		}
		if (issue.format === 'date') return { message: `${JSON.stringify(value)} is not a day written YYYY-MM-DD`, fix: write };
		return { message: `${JSON.stringify(value)} is not in the expected form: ${issue.message}`, fix: write };
	}
	if (issue.code === 'too_big' && issue.origin === 'number') return { message: `is ${JSON.stringify(value)}, more than the ${issue.maximum} it may be`, fix: write };
	if (issue.code === 'invalid_union' || issue.code === 'custom') return { message: issue.message, fix: write };
	return { message: `${issue.message}${value === undefined ? '' : ` (it is ${describeValue(value)})`}`, fix: write };
}

/** Fields written in the data that its schema does not have, at any depth. */
function unknownFields(node: SchemaNode, data: unknown, path: Path): { path: Path; known: string[] }[] {
	const inner = unwrap(node).node;
	if (inner.def.type === 'array' && Array.isArray(data)) return data.flatMap((item, i) => unknownFields(inner.def.element!, item, [...path, i]));
	if (inner.def.type !== 'object' || !data || typeof data !== 'object' || Array.isArray(data)) return [];
	const shape = inner.def.shape!;
	const found: { path: Path; known: string[] }[] = [];
	for (const [key, value] of Object.entries(data)) {
		// Own fields only: `constructor` or `__proto__` is in every object, and no field of a record.
		if (Object.hasOwn(shape, key)) found.push(...unknownFields(shape[key], value, [...path, key]));
		else found.push({ path: [...path, key], known: Object.keys(shape) });
	}
	return found;
}

/** Validates front matter against its kind's schema; unknown fields and a file name that is not an id are reported too. */
export function checkSchema(record: RawRecord): { problems: Problem[]; value?: Record<string, unknown> } {
	const schema = plainSchema(record.collection);
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
			const { message, fix } = explainIssue(issue, valueAt(record.data, path), schemaAt(root, path));
			problems.push(problemAt(record, path, message, fix));
		}
	}
	const badId = idProblem(record.id);
	if (badId) {
		problems.push(problemAt(record, [], `the file name ${shownId(`${record.id}.md`)} is not a valid id: ${badId.reason}`, `rename the file, e.g. "${badId.suggestion}.md", and change the records that refer to it`));
	}
	return { problems, value: result.success ? (result.data as Record<string, unknown>) : undefined };
}

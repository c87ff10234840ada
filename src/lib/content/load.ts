import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { collectionNames, type CollectionName } from '../../schemas/common.ts';

/** Something wrong with one record, written for the archivist who has to fix it. */
export interface Problem {
	file: string;
	line: number;
	field: string;
	message: string;
	fix: string;
	severity: 'error' | 'warning';
}

/** A record file as read from disk, before validation. */
export interface RawRecord {
	collection: CollectionName;
	id: string;
	/** Path relative to the project root, e.g. content/people/serikzhan-bilash.md. */
	file: string;
	data: Record<string, unknown>;
	body: string;
	/** The 1-based line of a field given by its path, or of its nearest parent that exists. */
	lineOf: (path: readonly (string | number)[]) => number;
	/** Problems found while reading the file (encoding, front matter, YAML). */
	problems: Problem[];
}

/** Reads one record file's text into a raw record. */
export function parseRecord(collection: CollectionName, id: string, file: string, text: string): RawRecord {
	const problems: Problem[] = [];
	const problem = (line: number, field: string, message: string, fix: string) =>
		problems.push({ file, line, field, message, fix, severity: 'error' });
	if (text.startsWith('\uFEFF')) {
		problem(1, '(file)', 'the file starts with an invisible byte-order mark (BOM)', 'save the file as UTF-8 without BOM');
		text = text.slice(1);
	}
	if (text.includes('\r')) {
		problem(1, '(file)', 'the file has Windows (CRLF) line endings', 'save the file with Unix (LF) line endings');
		text = text.replace(/\r\n?/g, '\n');
	}
	const empty: RawRecord = { collection, id, file, data: {}, body: '', lineOf: () => 1, problems };
	const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)([\s\S]*)$/.exec(text);
	if (!match) {
		problem(1, '(front matter)', 'the file does not start with front matter between two "---" lines', 'begin the file with a line "---", the fields, and another line "---"');
		return empty;
	}
	const lineCounter = new LineCounter();
	const doc = parseDocument(match[1], { lineCounter, prettyErrors: false, uniqueKeys: true });
	const frontLine = (offset: number) => lineCounter.linePos(offset).line + 1;
	for (const error of doc.errors) {
		problem(
			frontLine(error.pos[0]),
			'(YAML)',
			`the front matter is not valid YAML: ${error.message.split('\n')[0]}`,
			'check indentation, colons and quotes on this line; put text containing ": " or starting with a quote mark in double quotes',
		);
	}
	if (doc.errors.length) return empty;
	const data = doc.toJS();
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		problem(2, '(front matter)', 'the front matter is not a list of fields', 'write one "field: value" per line');
		return empty;
	}
	const lineOf = (path: readonly (string | number)[]) => {
		for (let depth = path.length; depth > 0; depth--) {
			const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
			if (node?.range) return frontLine(node.range[0]);
			const pairKey = doc.getIn(path.slice(0, depth - 1), true) as { items?: { key?: { value?: unknown; range?: number[] } }[] } | undefined;
			const key = pairKey?.items?.find((item) => item.key?.value === path[depth - 1])?.key;
			if (key?.range) return frontLine(key.range[0]);
		}
		return 1;
	};
	return { collection, id, file, data, body: match[2], lineOf, problems };
}

/** Reads every record under `content/`, collection by collection, in file-name order. */
export function loadRecords(root: string): RawRecord[] {
	const records: RawRecord[] = [];
	for (const collection of collectionNames) {
		const dir = join(root, 'content', collection);
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
			const file = join('content', collection, name);
			records.push(parseRecord(collection, name.slice(0, -3), file, readFileSync(join(root, file), 'utf8')));
		}
	}
	return records;
}

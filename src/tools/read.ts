import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import { collectionNames, type CollectionName } from '../schemas/common.ts';
import type { Problem } from './check/problems.ts';

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
	/** The 1-based line where the body (the text below the front matter) begins. */
	bodyLine: number;
	/** Problems found while reading the file (encoding, front matter, YAML). */
	problems: Problem[];
	/** True when the front matter could not be read at all, so no field can be checked. */
	unreadable?: boolean;
}

/**
 * Front matter that js-yaml may let pass though `yaml` reports a mistake, or may read otherwise.
 * Each part begins with the character it is about and looks behind for what must precede it, so
 * the search skips ahead to those characters: several times faster, and it runs on every record.
 */
const doubtful = new RegExp(
	[
		/\t/, // a tab
		/(?<=\S)#/, // "#" straight after a value
		/(?<=^ *)-(?= *$)/, // an empty list item
		/(?<=^[ -]*|[[{,\]}] *)[?:](?=[ ,\]}]|$)/, // a key that is empty, marked with "?", or a list or group of fields
		/(?<=^|[ [{,])[!&]\S/, // a tag or an anchor
	]
		.map((pattern) => pattern.source)
		.join('|'),
	'm',
);

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
	const replaced = text.indexOf('\uFFFD');
	if (replaced !== -1) {
		problem(lineAt(text, replaced), '(file)', 'the file has bytes that are not UTF-8 text (shown as �)', 'save the file as UTF-8; retype the characters shown as �');
	}
	const empty: RawRecord = { collection, id, file, data: {}, body: '', lineOf: () => 1, bodyLine: 1, problems, unreadable: true };
	const match = /^---\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)([\s\S]*)$/.exec(text);
	if (!match) {
		problem(1, '(front matter)', 'the file does not start with front matter between two "---" lines', 'begin the file with a line "---", the fields, and another line "---"');
		return empty;
	}
	const front = match[1] ?? '';
	// The data is read with js-yaml, the reader Astro uses, several times faster than `yaml`. `yaml`
	// keeps the positions of fields and explains errors best, so it parses a record only when one
	// of those is wanted; most records never need it.
	let parsed: { doc: ReturnType<typeof parseDocument>; frontLine: (offset: number) => number } | undefined;
	const positions = () => {
		if (!parsed) {
			const lineCounter = new LineCounter();
			const doc = parseDocument(front, { lineCounter, prettyErrors: false, uniqueKeys: true });
			parsed = { doc, frontLine: (offset) => lineCounter.linePos(offset).line + 1 };
		}
		return parsed;
	};
	let data: unknown;
	let failure: YAMLException | undefined;
	let warned = false;
	try {
		// Astro's default schema makes an unquoted day a Date, and a day that does not exist another
		// day (2019-02-30 becomes 2 March). The core schema keeps it as written, as `yaml` does, so it
		// is still reported; a real day comes out of the schemas the same either way.
		data = load(front, { schema: CORE_SCHEMA, onWarning: () => (warned = true) });
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		failure = error;
	}
	// Where js-yaml fails, warns (as it does for an unclosed quote, which `yaml` reports) or may read
	// otherwise than `yaml`, `yaml` reads the record, as it always has.
	if (failure || warned || doubtful.test(front)) {
		const { doc, frontLine } = positions();
		// Later YAML errors are nearly always knock-on effects of the first; one clear message is enough.
		const error = doc.errors[0];
		if (error) {
			const { field, message, fix } = explainYamlError(error.code, error.message, front, error.pos[0]);
			problem(frontLine(error.pos[0]), field, message, fix);
			return empty;
		}
		if (failure) {
			// The two readers disagree, and Astro would stop where js-yaml does. js-yaml may place the
			// error past the last line, which would be the closing "---".
			const { field, message, fix } = explainYamlError('', failure.reason, front, failure.mark.position);
			problem(lineAt(front, failure.mark.position) + 1, field, message, fix);
			return empty;
		}
		data = doc.toJS();
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		problem(2, '(front matter)', 'the front matter is not a list of fields', 'write one "field: value" per line');
		return empty;
	}
	const lineOf = (path: readonly (string | number)[]) => {
		const { doc, frontLine } = positions();
		for (let depth = path.length; depth > 0; depth--) {
			const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
			if (node?.range) return frontLine(node.range[0]);
			const pairKey = doc.getIn(path.slice(0, depth - 1), true) as { items?: { key?: { value?: unknown; range?: number[] } }[] } | undefined;
			const key = pairKey?.items?.find((item) => item.key?.value === path[depth - 1])?.key;
			if (key?.range) return frontLine(key.range[0]);
		}
		return 1;
	};
	const bodyLine = lineAt(text, text.length - match[2].length);
	return { collection, id, file, data: data as Record<string, unknown>, body: match[2], lineOf, bodyLine, problems };
}

/** The 1-based line of `text` that `offset` is on. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

/** A YAML error in words an archivist can act on; the parser's own words follow in brackets. */
function explainYamlError(code: string, raw: string, yaml: string, offset: number): { field: string; message: string; fix: string } {
	const said = ` (YAML: ${raw.split('\n')[0]})`;
	const lineText = yaml.slice(yaml.lastIndexOf('\n', offset - 1) + 1).split('\n')[0];
	if (code === 'DUPLICATE_KEY') {
		const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(yaml.slice(offset))?.[1] ?? lineText.trim();
		return { field: key, message: `the field "${key}" is written twice in the same place`, fix: 'keep one of the two and delete the other' };
	}
	if (code === 'TAB_AS_INDENT') return { field: '(YAML)', message: `a tab is used to indent this line${said}`, fix: 'indent with spaces only' };
	if (code === 'MISSING_CHAR' && /closing/i.test(raw)) {
		return { field: '(YAML)', message: `a value opened with a quote mark is never closed${said}`, fix: 'add the closing quote mark at the end of the value, on the same line' };
	}
	if (code === 'BLOCK_AS_IMPLICIT_KEY' && /compact/.test(raw)) {
		return { field: '(YAML)', message: `a value contains ": " (a colon and a space), which YAML reads as the start of another field${said}`, fix: 'put the whole value in double quotes: field: "text: more text"' };
	}
	if (code === 'UNEXPECTED_TOKEN' && /scalar/.test(raw)) {
		return { field: '(YAML)', message: `there is more text after a value's closing quote mark${said}`, fix: "put the whole value in double quotes; inside them write a straight double quote as \\\" (curly quotes and apostrophes need nothing)" };
	}
	return {
		field: '(YAML)',
		message: `the front matter is not valid YAML here${said}`,
		fix: 'check indentation (spaces, lined up with the field above), colons and quotes on this line; put text containing ": " or starting with a quote mark in double quotes',
	};
}

/** Reads every record under `content/`, collection by collection, in file-name order. */
export function readRecords(root: string): RawRecord[] {
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

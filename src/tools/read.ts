import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load, YAMLException, type LoadOptions } from 'js-yaml';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { fieldPath, type Path } from '../core/refs.ts';
import { collectionNames, type CollectionName } from '../schemas/common.ts';
import type { Problem } from './check/problems.ts';
import { entryProblem, readContentFile } from './files.ts';

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

/**
 * How deeply lists and groups of fields may nest in front matter. The deepest field of a record
 * (a claim's source in a disagreement) is at depth 4; js-yaml counts a level for each list and
 * group, so 16 leaves room while a front matter built to exhaust the reader is stopped at once.
 */
const maxNesting = 16;

/**
 * Characters YAML does not allow in a file (controls other than tab and line breaks): a NUL byte,
 * most often, left by a tool that wrote the file.
 */
const unprintable = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/g;

/** The path of the field written on a line of the front matter, or of the field it continues; [] when none. */
function fieldOnLine(data: unknown, lineOf: (path: Path) => number, line: number): Path {
	let best: { path: Path; line: number } = { path: [], line: 0 };
	const walk = (value: unknown, path: Path) => {
		if (!value || typeof value !== 'object') return;
		for (const [key, child] of Object.entries(value)) {
			const at = [...path, Array.isArray(value) ? Number(key) : key];
			const start = lineOf(at);
			if (start > line) continue;
			if (start >= best.line) best = { path: at, line: start };
			walk(child, at);
		}
	};
	walk(data, []);
	return best.path;
}

/** The first alias (`*name`) in a YAML document, with its offset; undefined when there is none. */
function firstAlias(doc: Document): { name: string; offset: number } | undefined {
	let found: { name: string; offset: number } | undefined;
	visit(doc, {
		Alias(_, node) {
			found = { name: node.source, offset: node.range?.[0] ?? 0 };
			return visit.BREAK;
		},
	});
	return found;
}

/**
 * Reads one record file's text into a raw record. Whatever the text, it returns: a file that
 * cannot be read as a record comes back unreadable, with problems that say why.
 */
export function parseRecord(collection: CollectionName, id: string, file: string, text: string): RawRecord {
	const problems: Problem[] = [];
	const problem = (line: number, field: string, message: string, fix: string) =>
		problems.push({ file, line, field, message, fix, severity: 'error' });
	// A control character is reported once, where it first is, by the field it is in; all are
	// taken out before reading, so that the rest of the file is still checked.
	const control = text.search(unprintable);
	const controlLine = control === -1 ? 0 : lineAt(text, control);
	const controlCode = control === -1 ? '' : text.codePointAt(control)!.toString(16).toUpperCase().padStart(4, '0');
	let record: RawRecord;
	try {
		record = readText(collection, id, file, control === -1 ? text : text.replace(unprintable, ''), problems, problem);
	} catch (error) {
		// A reader giving way (its stack exhausted, or a fault of its own) is still this file's problem.
		const what = error instanceof RangeError ? 'it is nested or repeated beyond what the reader can follow' : error instanceof Error ? error.message : String(error);
		problem(1, '(front matter)', `the file could not be read as a record (${what})`, 'compare it with a record that works, and simplify the front matter; if it looks right, report it to the developers with this line');
		record = { collection, id, file, data: {}, body: '', lineOf: () => 1, bodyLine: 1, problems, unreadable: true };
	}
	if (control !== -1) {
		const inBody = record.bodyLine > 1 && controlLine >= record.bodyLine;
		const path = inBody || record.unreadable ? [] : fieldOnLine(record.data, record.lineOf, controlLine);
		problem(
			controlLine,
			inBody ? '(body)' : path.length ? fieldPath(path) : '(front matter)',
			`the file holds an invisible control character (U+${controlCode}${controlCode === '0000' ? ', a NUL byte' : ''}), which is not text`,
			'delete it: retype the text around it (or paste it as plain text), and save the file as UTF-8 text',
		);
	}
	return record;
}

/** `parseRecord` on text with no control character left: the encoding, the front matter and the YAML. */
function readText(collection: CollectionName, id: string, file: string, text: string, problems: Problem[], problem: (line: number, field: string, message: string, fix: string) => void): RawRecord {
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
	const match = /^---\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)([\s\S]*)$/.exec(text);
	if (!match) {
		problem(1, '(front matter)', 'the file does not start with front matter between two "---" lines', 'begin the file with a line "---", the fields, and another line "---"');
		return { collection, id, file, data: {}, body: '', lineOf: () => 1, bodyLine: 1, problems, unreadable: true };
	}
	const bodyLine = lineAt(text, text.length - match[2].length);
	const empty: RawRecord = { collection, id, file, data: {}, body: '', lineOf: () => 1, bodyLine, problems, unreadable: true };
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
		// js-yaml documents `maxDepth`, but its published types do not have it yet.
		data = load(front, { schema: CORE_SCHEMA, maxDepth: maxNesting, onWarning: () => (warned = true) } as LoadOptions);
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		failure = error;
	}
	if (failure && /maxDepth/.test(failure.reason)) {
		problem(lineAt(front, failure.mark.position) + 1, '(front matter)', `the front matter nests lists and groups of fields more than ${maxNesting} levels deep`, 'records nest a few levels at most (a list of groups of fields, such as quotes or disagreements): look for stray [ { or "- " marks, and for indentation that runs on');
		return empty;
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
		// An alias repeats a value written elsewhere; a few nested ones repeat it billions of times
		// (the "billion laughs"). No record needs one.
		const alias = firstAlias(doc);
		if (alias) {
			problem(frontLine(alias.offset), '(YAML)', `the front matter uses a YAML alias (*${alias.name}), which repeats a value written elsewhere in the file; records do not use aliases`, `write the value out in full where it is needed, and remove the anchor (&${alias.name})`);
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
	if (/unknown tag|unresolved tag/i.test(raw)) {
		return { field: '(YAML)', message: `a YAML tag (a word starting with "!") is used${said}; records hold only text, numbers, true or false, lists and fields`, fix: 'remove the tag; put the value in double quotes if it is text' };
	}
	if (/alias/i.test(raw) || code === 'BAD_ALIAS') {
		return { field: '(YAML)', message: `a YAML alias (a word starting with "*") is used${said}; records do not use aliases`, fix: 'write the value out in full; put text starting with * in double quotes' };
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

/** A record that could not be read at all, with the one problem that says why. */
const refusedRecord = (collection: CollectionName, id: string, file: string, field: string, message: string, fix: string): RawRecord => ({
	collection,
	id,
	file,
	data: {},
	body: '',
	lineOf: () => 1,
	bodyLine: 1,
	problems: [{ file, line: 1, field, message, fix, severity: 'error' }],
	unreadable: true,
});

/** Whether bytes are UTF-16 text: a UTF-16 byte-order mark, or the NUL beside each ASCII letter that UTF-16 puts there. */
const isUtf16 = (bytes: Buffer) =>
	(bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length >= 8 && bytes[1] === 0 && bytes[3] === 0 && bytes[5] === 0) || (bytes.length >= 8 && bytes[0] === 0 && bytes[2] === 0 && bytes[4] === 0);

/**
 * Reads every record under `content/`, collection by collection, in file-name order. Whatever is
 * there, it returns: a folder, a symbolic link, a file too large or not readable, named like a
 * record, comes back as an unreadable record whose problem says why, and nothing is read through
 * a link.
 */
export function readRecords(root: string): RawRecord[] {
	const records: RawRecord[] = [];
	for (const collection of collectionNames) {
		const folder = join('content', collection);
		let stats: Stats;
		try {
			stats = lstatSync(join(root, folder));
		} catch {
			continue;
		}
		const refused = entryProblem(join(root, folder), stats, 'folder');
		if (refused) {
			records.push(refusedRecord(collection, collection, folder, '(folder)', refused.message, refused.fix));
			continue;
		}
		let names: string[];
		try {
			names = readdirSync(join(root, folder));
		} catch (error) {
			records.push(refusedRecord(collection, collection, folder, '(folder)', `the folder could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, 'make the folder readable (check its permissions)'));
			continue;
		}
		for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
			const file = join(folder, name);
			const id = name.slice(0, -3);
			const read = readContentFile(root, file, 'record');
			if (read.kind === 'missing') continue;
			if (read.kind === 'refused') records.push(refusedRecord(collection, id, file, '(file)', read.message, read.fix));
			else if (isUtf16(read.bytes)) records.push(refusedRecord(collection, id, file, '(file)', 'the file is saved as UTF-16 text, not UTF-8', 'save the file as UTF-8 (in the editor\'s "Save as" or "Encoding" menu)'));
			else records.push(parseRecord(collection, id, file, read.bytes.toString('utf8')));
		}
	}
	return records;
}

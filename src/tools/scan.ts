import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { gunzipSync } from 'node:zlib';
import { withheldValuesIn } from '../core/withhold.ts';

/**
 * What `npm run build` (scripts/build.ts) is told by the Astro process it starts, when it asks by
 * setting `reportWithheldTo` in the environment: the values its final scan must find nowhere.
 */
export interface WithheldMessage {
	withheldValues: string[];
}
export const reportWithheldTo = 'ARCHIVE_REPORT_WITHHELD';

/**
 * How much of a file is read at a time, and how much of the end of one piece is read again with
 * the next. Pieces are small because a piece that may hold a value is read again word by word.
 */
const pieceBytes = 1 << 16;
const overlapChars = 16_384;
/** One buffer for every piece of every file: the scan reads tens of thousands of files. */
const buffer = Buffer.alloc(pieceBytes);

/** A file's text a piece at a time, each piece starting with the end of the one before, so no value is cut in two. */
function* piecesOf(path: string): Generator<string> {
	const fd = openSync(path, 'r');
	try {
		const head = Buffer.alloc(2);
		readSync(fd, head, 0, 2, 0);
		if (head[0] === 0x1f && head[1] === 0x8b) {
			// Pagefind's index files are gzipped, and small: unpacked whole.
			const bytes = readFileSync(path);
			let text: string;
			try {
				text = gunzipSync(bytes).toString('utf8');
			} catch {
				text = bytes.toString('utf8'); // not gzip after all
			}
			yield text;
			return;
		}
		const decoder = new StringDecoder('utf8');
		let tail = '';
		for (let position = 0; ; ) {
			const read = readSync(fd, buffer, 0, pieceBytes, position);
			if (!read) break;
			position += read;
			const text = tail + decoder.write(buffer.subarray(0, read));
			yield text;
			tail = text.slice(-overlapChars);
		}
		const rest = decoder.end();
		if (rest) yield tail + rest;
	} finally {
		closeSync(fd);
	}
}

/**
 * Every file of a built site as text, a piece at a time (a data export can be hundreds of
 * megabytes: no file is read whole), with its path inside the site.
 */
export function* builtTexts(dir: string, include: (file: string) => boolean = () => true): Generator<{ file: string; text: string }> {
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const file = relative(dir, path);
		if (include(file)) for (const text of piecesOf(path)) yield { file, text };
	}
}

/** A withheld value found in a built file (`file` is its path inside the site). */
export interface Leak {
	file: string;
	value: string;
}

/**
 * Where, in a built site, any of the given values appears, in any form a reader would recognise
 * (`createWithheldMatcher`): in a file's text, or in its path, which is a page's address. Only
 * the files whose path inside the site `include` accepts are read.
 */
export function findValues(dir: string, values: readonly string[], include: (file: string) => boolean = () => true): Leak[] {
	const found = new Map<string, Set<string>>();
	const add = (file: string, text: string) => {
		for (const value of withheldValuesIn(text, values)) found.set(file, (found.get(file) ?? new Set()).add(value));
	};
	let last = '';
	for (const { file, text } of builtTexts(dir, include)) {
		if (file !== last) add(file, (last = file));
		add(file, text);
	}
	return [...found].flatMap(([file, set]) => [...set].map((value) => ({ file, value })));
}

/** What the build's scanning thread (scan-worker.ts) is given: the site, the values, and the folder it leaves to the build. */
export interface ScanJob {
	dir: string;
	values: string[];
	skip: string;
}

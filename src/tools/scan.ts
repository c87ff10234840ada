import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/** Every file of a built site as text; Pagefind's gzipped index files are unpacked first. */
export function* builtTexts(dir: string): Generator<{ file: string; text: string }> {
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		let bytes = readFileSync(path);
		if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
			try {
				bytes = gunzipSync(bytes);
			} catch {
				// Not gzip after all: scan the bytes as they are.
			}
		}
		yield { file: relative(dir, path), text: bytes.toString('utf8') };
	}
}

/** Where, in a built site, any of the given values appears (case and spacing ignored). */
export function findValues(dir: string, values: readonly string[]): { file: string; value: string }[] {
	const found: { file: string; value: string }[] = [];
	for (const { file, text } of builtTexts(dir)) for (const value of withheldValuesIn(text, values)) found.push({ file, value });
	return found;
}

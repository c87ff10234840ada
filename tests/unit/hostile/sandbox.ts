import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { vi } from 'vitest';
import { records } from '../../../src/loaders/records.ts';
import { createArchiveMarkdownProcessor } from '../../../src/plugins/index.ts';
import { fixturesDir } from '../test-utils.ts';
import { secret, type Entry } from './cases.ts';

/** A temporary folder for one case: the valid archive, a folder outside it, and captures to import. */
export interface Sandbox {
	root: string;
	archive: string;
	outside: string;
	captures: string;
	sources: string;
	/** A case's text with {root}, {archive}, {outside}, {captures} and {sources} replaced by the folders. */
	fill: (text: string) => string;
}

const made: string[] = [];
/** Removes every sandbox made so far. */
export const removeSandboxes = () => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
};

/** Puts one entry at a path, in place of whatever is there (a file or folder of the valid archive). */
function put(path: string, entry: Entry, fill: (text: string) => string): void {
	rmSync(path, { recursive: true, force: true });
	mkdirSync(dirname(path), { recursive: true });
	if (typeof entry === 'string' || Buffer.isBuffer(entry)) writeFileSync(path, entry);
	else if ('link' in entry) symlinkSync(fill(entry.link), path);
	else if ('folder' in entry) mkdirSync(path);
	else if ('pipe' in entry) execFileSync('mkfifo', [path]);
	else {
		// A file of zeros of that size, with no byte written: the file system leaves it sparse.
		writeFileSync(path, '');
		truncateSync(path, entry.size);
	}
}

/** A new sandbox with a case's files put in place (paths from the archive's folder). */
export function sandbox(files: Record<string, Entry> = {}): Sandbox {
	const root = mkdtempSync(join(tmpdir(), 'hostile-'));
	made.push(root);
	const box = { root, archive: join(root, 'archive'), outside: join(root, 'outside'), captures: join(root, 'captures'), sources: join(root, 'archive', 'content', 'sources') };
	const fill = (text: string) => text.replace(/\{(root|archive|outside|captures|sources)\}/g, (_, name: keyof typeof box) => box[name]);
	cpSync(join(fixturesDir, 'valid-archive'), box.archive, { recursive: true });
	mkdirSync(box.outside);
	mkdirSync(box.captures);
	writeFileSync(join(box.outside, 'secret.md'), secret);
	writeFileSync(join(box.outside, 'secret.txt'), secret);
	for (const [path, entry] of Object.entries(files)) put(join(box.archive, path), entry, fill);
	return { ...box, fill };
}

/**
 * Every entry under a folder, links not followed, by path: a file's size and SHA-256, a link's
 * target, a folder or a pipe (never opened). Two snapshots are equal when nothing was written.
 */
export function snapshot(dir: string): Record<string, string> {
	const entries: Record<string, string> = {};
	const walk = (path: string) => {
		const stats = lstatSync(path);
		const key = relative(dir, path) || '.';
		if (stats.isSymbolicLink()) entries[key] = `link to ${readlinkSync(path)}`;
		else if (stats.isDirectory()) {
			entries[key] = 'folder';
			for (const name of readdirSync(path)) walk(join(path, name));
		} else if (stats.isFile()) entries[key] = `${stats.size} bytes, ${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
		else entries[key] = 'not a file';
	};
	walk(dir);
	return entries;
}

/**
 * What `npm run build` does with an archive: its content loader reads and checks every record, as
 * Astro asks it to, and stops the build (exit code 1) before any page is made when a record is
 * refused. Returns the exit code it asked for and what it logged as errors.
 */
export async function build(archive: string): Promise<{ code: unknown; errors: string }> {
	const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
	const store = { clear: vi.fn(), set: vi.fn(() => true) };
	const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
	try {
		await records('sources').load({ config: { root: pathToFileURL(`${archive}/`) }, logger, store } as unknown as LoaderContext);
		return { code: exit.mock.calls[0]?.[0], errors: logger.error.mock.calls.map((call) => String(call[0])).join('\n') };
	} finally {
		exit.mockRestore();
	}
}

/** A record's text as its page would show it, through the archive's Markdown pipeline. */
export async function rendered(archive: string, file: string): Promise<string> {
	const text = readFileSync(join(archive, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
	const processor = await createArchiveMarkdownProcessor({ quotesFor: () => [], targets: [] });
	return (await processor.render(text, { fileURL: pathToFileURL(join(archive, file)) })).code;
}

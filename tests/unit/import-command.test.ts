import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { idFromName } from '../../src/core/fold.ts';
import { planWrite } from '../../src/tools/capture/import.ts';
import { captureDir } from './seeds.ts';

const script = join(import.meta.dirname, '..', '..', 'scripts', 'import.ts');
const seed = join(captureDir, 'kazakh-activist-forced-to-falsely-confess.capture.txt');
const args = (out: string) => [script, seed, '--url', 'https://bitterwinter.org/kazakh-activist-forced-to-falsely-confess/', '--publisher', 'Bitter Winter', '--out', out];
const run = (argv: string[]) => spawnSync(process.execPath, argv, { encoding: 'utf8' });

/** Temporary folders made by a test, removed after it. */
const made: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'import-'));
	made.push(dir);
	return dir;
};
/** The content/sources folder of a new, empty temporary archive: the only kind of folder --out takes. */
const tempSources = () => {
	const content = join(tempDir(), 'content');
	mkdirSync(content);
	return join(content, 'sources');
};
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the import command', () => {
	it('writes the record and the untouched capture, and is idempotent', () => {
		const out = tempSources();
		const first = run(args(out));
		expect(first.status, first.stderr).toBe(0);
		expect(first.stderr).toMatch(/\[1\/1\] kazakh-activist.*: read 11,960 bytes/);
		const md = join(out, 'kazakh-activist-forced-to-falsely-confess.md');
		const before = readFileSync(md, 'utf8');
		expect(readFileSync(join(out, 'kazakh-activist-forced-to-falsely-confess.capture.txt')).equals(readFileSync(seed))).toBe(true);
		const second = run(args(out));
		expect(second.status).toBe(0);
		expect(second.stderr).toContain('unchanged');
		expect(readFileSync(md, 'utf8')).toBe(before);
	});

	it('never overwrites an edited record without --force', () => {
		const out = tempSources();
		execFileSync(process.execPath, args(out), { stdio: 'pipe' });
		const md = join(out, 'kazakh-activist-forced-to-falsely-confess.md');
		const edited = readFileSync(md, 'utf8').replace('publisher: Bitter Winter', 'publisher: Bitter Winter magazine');
		writeFileSync(md, edited);
		const refused = run(args(out));
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/already exists and differs .*Nothing was written.*--force/);
		expect(readFileSync(md, 'utf8')).toBe(edited);
		const forced = run([...args(out), '--force']);
		expect(forced.status).toBe(0);
		expect(readFileSync(md, 'utf8')).not.toBe(edited);
	});

	it('refuses a bad capture with a clear message and writes nothing', () => {
		const dir = tempDir();
		const empty = join(dir, 'empty.txt');
		writeFileSync(empty, '');
		mkdirSync(join(dir, 'content'));
		const result = run([script, empty, '--url', 'https://example.org/a/', '--publisher', 'X', '--out', join(dir, 'content', 'sources')]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('not imported: the capture is empty');
		expect(readdirSync(join(dir, 'content'))).toEqual([]);
	});

	it('plans writes and makes ids', () => {
		expect(planWrite(undefined, 'a', false)).toBe('create');
		expect(planWrite('a', 'a', false)).toBe('unchanged');
		expect(planWrite('a', 'b', false)).toBe('refuse');
		expect(planWrite('a', 'b', true)).toBe('overwrite');
		expect(idFromName('The Drama of Ethnic Kazakhs’ Persecution in Xinjiang: Full Book, With Pictures and More')).toBe('drama-of-ethnic-kazakhs-persecution-in-xinjiang-full-book');
	});
});

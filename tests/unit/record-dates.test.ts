import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordDates } from '../../src/tools/record-dates.ts';

/** The day each record was last changed, read from a small git history made here with fixed dates. */

const root = mkdtempSync(join(tmpdir(), 'record-dates-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const git = (dir: string, args: string[], day?: string) =>
	execFileSync('git', args, {
		cwd: dir,
		stdio: 'pipe',
		env: { ...process.env, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@archive.test', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@archive.test', ...(day ? { GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` } : {}) },
	});
const write = (dir: string, path: string, text: string) => {
	mkdirSync(join(dir, path, '..'), { recursive: true });
	writeFileSync(join(dir, path), text);
};
const commit = (dir: string, day: string) => {
	git(dir, ['add', '-A']);
	git(dir, ['commit', '-q', '-m', `change of ${day}`], day);
};

/** A repository whose archive is in content/, beside other files, changed on three days. */
const repo = join(root, 'repo');
mkdirSync(repo);
git(repo, ['init', '-q', '-b', 'main']);
write(repo, 'content/people/aidarbek-testov.md', 'v1');
write(repo, 'content/places/mockville.md', 'v1');
write(repo, 'content/sources/letter.md', 'v1');
write(repo, 'content/sources/letter.capture.txt', 'raw');
write(repo, 'README.md', 'x');
commit(repo, '2024-01-10');
write(repo, 'content/people/aidarbek-testov.md', 'v2');
write(repo, 'README.md', 'y');
commit(repo, '2024-05-20');
write(repo, 'content/sources/letter.capture.txt', 'raw, changed');
write(repo, 'content/places/mockville.md', 'v2');
commit(repo, '2025-02-03');

describe('the day each record was last changed', () => {
	it('is the day of the last commit that changed the record’s file', () => {
		const { changed, notes } = recordDates(join(repo, 'content'));
		expect(Object.fromEntries(changed)).toEqual({ 'people/aidarbek-testov': '2024-05-20', 'places/mockville': '2025-02-03', 'sources/letter': '2024-01-10' });
		expect(notes).toEqual([]);
	});

	it('is not known for a record with changes not yet committed, or not yet in the history', () => {
		const work = join(root, 'work');
		git(root, ['clone', '-q', repo, work]);
		write(work, 'content/people/aidarbek-testov.md', 'v3, not committed');
		write(work, 'content/camps/new-camp.md', 'new');
		const { changed, notes } = recordDates(join(work, 'content'));
		expect(Object.fromEntries(changed)).toEqual({ 'places/mockville': '2025-02-03', 'sources/letter': '2024-01-10' });
		expect(notes).toEqual(['2 record(s) have changes not yet committed, and carry no date until they are: people/aidarbek-testov, camps/new-camp.']);
	});

	it('is not known, in a shallow clone, for a record last changed in or before its oldest commit', () => {
		const shallow = join(root, 'shallow');
		git(root, ['clone', '-q', '--depth', '2', `file://${repo}`, shallow]);
		const { changed, notes } = recordDates(join(shallow, 'content'));
		// The oldest commit fetched (20 May 2024) shows every file as new: only the newer one is a real change.
		expect(Object.fromEntries(changed)).toEqual({ 'places/mockville': '2025-02-03' });
		expect(notes).toHaveLength(1);
		expect(notes[0]).toMatch(/^The git history of content\/ is shallow: 2 record\(s\) were last changed in or before its oldest commit, .*fetch-depth: 0/);
	});

	it('is not known for any record outside a git repository', () => {
		const plain = join(root, 'plain');
		write(plain, 'content/people/aidarbek-testov.md', 'v1');
		const { changed, notes } = recordDates(join(plain, 'content'));
		expect(changed.size).toBe(0);
		expect(notes).toEqual([expect.stringMatching(/^content\/ is not in a git repository with a commit, so no record carries the date it was last changed/)]);
	});
});

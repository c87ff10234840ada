import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The day each record was last changed, read from the git history of content/: the version of
 * the record a citation names. A record gets no date where the history cannot tell it, and the
 * build is never asked to stand in for it with the day it runs:
 * - content/ is not in a git repository (a copy without its history);
 * - the history is shallow (a CI checkout with `fetch-depth: 1`, GitHub Actions' default) and
 *   the record was last changed in the oldest commit fetched, which shows every file as new;
 * - the record has changes not yet committed.
 */
export interface RecordDates {
	/** YYYY-MM-DD by record key ("people/kairat-samarkan"). */
	changed: Map<string, string>;
	/** What the build should say about records left without a date, if any. */
	notes: string[];
}

/** git, run in `dir`, its output as text; throws when git is missing or fails. */
const git = (dir: string, ...args: string[]) =>
	execFileSync('git', ['-c', 'core.quotePath=false', '-c', 'log.showRoot=true', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 2 ** 30 });

/** A record's key from its path under content/, e.g. "people/x.md" → "people/x"; undefined for any other file. */
const keyOf = (path: string) => /^([a-z]+\/[^/]+)\.md$/.exec(path.trim())?.[1];

/** The commits a shallow clone was cut at: their file lists are whole trees, not changes. */
function shallowBoundaries(dir: string): Set<string> {
	if (git(dir, 'rev-parse', '--is-shallow-repository').trim() !== 'true') return new Set();
	const file = resolve(dir, git(dir, 'rev-parse', '--git-path', 'shallow').trim());
	return new Set(existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
}

export function recordDates(contentDir: string): RecordDates {
	const changed = new Map<string, string>();
	try {
		git(contentDir, 'rev-parse', 'HEAD');
	} catch {
		return { changed, notes: ['content/ is not in a git repository with a commit, so no record carries the date it was last changed; citations say "n.d." (no date). Build from a clone of the archive\'s repository to date them.'] };
	}
	const boundaries = shallowBoundaries(contentDir);
	const log = git(contentDir, 'log', '--format=%x1e%H %cs', '--name-only', '--no-renames', '--relative', '--', '.');
	const onlyInBoundary = new Set<string>();
	for (const commit of log.split('\x1e').slice(1)) {
		const [head, ...files] = commit.split('\n');
		const [hash, day] = head.split(' ');
		for (const file of files) {
			const key = keyOf(file);
			if (!key) continue;
			if (boundaries.has(hash)) {
				onlyInBoundary.add(key);
				continue;
			}
			// The newest change wins, whatever order the log walks merged branches in.
			if (!(changed.get(key)! >= day)) changed.set(key, day);
		}
	}
	const notes: string[] = [];
	const undated = [...onlyInBoundary].filter((key) => !changed.has(key)).length;
	if (undated) {
		notes.push(
			`The git history of content/ is shallow: ${undated} record(s) were last changed in or before its oldest commit, which git shows as adding every file, so they carry no date and their citations say "n.d.". Fetch the whole history to date them (with actions/checkout, fetch-depth: 0).`,
		);
	}
	const uncommitted = new Set([...git(contentDir, 'diff', '--name-only', '--relative', 'HEAD', '--', '.').split('\n'), ...git(contentDir, 'ls-files', '--others', '--exclude-standard', '--', '.').split('\n')].map(keyOf).filter((k) => k !== undefined));
	for (const key of uncommitted) changed.delete(key);
	if (uncommitted.size) notes.push(`${uncommitted.size} record(s) have changes not yet committed, and carry no date until they are: ${[...uncommitted].slice(0, 5).join(', ')}${uncommitted.size > 5 ? ', …' : ''}.`);
	return { changed, notes };
}

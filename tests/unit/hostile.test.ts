import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArchive, formatProblem, type Problem } from '../../src/tools/check/index.ts';
import { hostileCases, type CheckCase, type CommandCase } from './hostile/cases.ts';
import { build, removeSandboxes, rendered, sandbox, snapshot } from './hostile/sandbox.ts';
import { fixturesDir } from './test-utils.ts';

/**
 * The hostile-input suite: every case of tests/unit/hostile/cases.ts, class by class. A refused
 * record is reported against its own file and field, in one plain line, stops the build before
 * any page and reaches no page; the valid records around it pass untouched. A refused command
 * says which capture and which option, and writes nothing anywhere.
 */

const scripts = join(import.meta.dirname, '..', '..', 'scripts');
/** A stack trace, or JavaScript's words for a value that was never there. */
const internals = /\bat .*\.(ts|js|mjs):\d+|\bundefined\b|\[object Object\]|TypeError|ReferenceError|RangeError/;

afterAll(removeSandboxes);

/** The records of the valid archive, by file: all must pass beside any case but those it replaces. */
const validFiles = checkArchive(join(fixturesDir, 'valid-archive')).records.map((r) => r.file);

/** The files of a case inside the archive (its folders included), against which alone problems may be reported. */
const ownFiles = (c: CheckCase) => Object.keys(c.files).filter((path) => !path.startsWith('../'));

/** Asserts that a check reports the case's problem, and none in any other file. */
function expectRefused(c: CheckCase, problems: Problem[]): Problem {
	const lines = problems.map(formatProblem);
	// A field may have several problems (a frame's document holding a script): the one that says all the words.
	const hit = problems.find((p) => p.file === c.refused.file && p.field === c.refused.field && c.refused.says.every((words) => `${p.message} — ${p.fix}`.includes(words)));
	expect(hit, `no problem in ${c.refused.file} at ${c.refused.field} saying ${c.refused.says.map((w) => `“${w}”`).join(', ')}; got:\n${lines.join('\n')}`).toBeDefined();
	expect(hit!.severity).toBe('error');
	for (const line of lines) expect(line).not.toMatch(new RegExp(`\\n|${internals.source}`));
	return hit!;
}

async function runCheckCase(c: CheckCase) {
	const box = sandbox(c.files);
	const { records, problems } = checkArchive(box.archive);
	const hit = expectRefused(c, problems);
	// The valid records around it are read and pass, with no knock-on problem.
	const own = ownFiles(c);
	expect(problems.filter((p) => !own.includes(p.file)).map(formatProblem)).toEqual([]);
	const kept = validFiles.filter((file) => !own.some((path) => file === path || file.startsWith(`${path}/`)));
	expect(records.map((r) => r.file)).toEqual(expect.arrayContaining(kept));
	// Nothing is published: the build stops before any page, with the same line.
	const stopped = await build(box.archive);
	expect(stopped.code).toBe(1);
	expect(stopped.errors).toContain(formatProblem(hit));
	// Nor would the refused record's text carry it onto a page.
	if (c.unpublished) {
		const html = await rendered(box.archive, c.refused.file);
		for (const pattern of c.unpublished) expect(html).not.toMatch(pattern);
	}
}

function runCommandCase(c: CommandCase) {
	const box = sandbox(c.files);
	const before = snapshot(box.root);
	const args = c.args.map(box.fill);
	if (c.via === 'import' && !args.includes('--out')) args.push('--out', box.sources);
	const result = spawnSync(process.execPath, [join(scripts, `${c.via}.ts`), ...args], { encoding: 'utf8' });
	const said = `${result.stdout}${result.stderr}`;
	expect(said).not.toMatch(internals);
	const after = snapshot(box.root);
	if (c.refused) {
		expect(result.status, said).not.toBe(0);
		for (const words of c.refused.says) expect(said).toContain(words);
		// Nothing was written, in the archive or anywhere else.
		expect(after).toEqual(before);
		return;
	}
	expect(result.status, said).toBe(0);
	for (const words of c.written!.says ?? []) expect(said).toContain(words);
	const changed = Object.keys(after).filter((path) => after[path] !== before[path]);
	expect(changed.sort()).toEqual(c.written!.files.map((file) => join('archive', file)).sort());
	expect(Object.keys(before).filter((path) => !(path in after))).toEqual([]);
	expect(checkArchive(box.archive).problems.map(formatProblem)).toEqual([]);
}

describe.each(Object.entries(hostileCases).filter(([, cases]) => cases.length))('hostile input: %s', (_, cases) => {
	for (const c of cases) {
		if (c.via === 'check') it(`${c.name}: refused by the check, naming the file and the field`, () => runCheckCase(c));
		else it(`${c.name}: npm run ${c.via} ${c.refused ? 'refuses it and writes nothing' : 'takes it, writing only its files'}`, () => runCommandCase(c));
	}
});

describe('the hostile records all at once', () => {
	const together = Object.values(hostileCases)
		.flat()
		.filter((c): c is CheckCase => c.via === 'check' && !c.alone);

	it('are at least 40 cases, at least 3 in every class', () => {
		const all = Object.values(hostileCases).flat();
		expect(all.length).toBeGreaterThanOrEqual(40);
		for (const [name, cases] of Object.entries(hostileCases)) expect(cases.length, name).toBeGreaterThanOrEqual(3);
		// Each case's files have paths of their own, so that all can share one archive.
		const paths = together.flatMap(ownFiles);
		expect(new Set(paths).size).toBe(paths.length);
	});

	it('are each reported by npm run check against their own file, in one plain line, and nothing else', () => {
		const box = sandbox(Object.assign({}, ...together.map((c) => c.files)));
		const result = spawnSync(process.execPath, [join(scripts, 'check.ts'), '--root', box.archive], { encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(result.stderr).toBe('');
		expect(result.stdout).not.toMatch(internals);
		const { problems } = checkArchive(box.archive);
		for (const c of together) expect(result.stdout).toContain(formatProblem(expectRefused(c, problems)));
		const own = new Set(together.flatMap(ownFiles));
		expect(problems.filter((p) => !own.has(p.file)).map(formatProblem)).toEqual([]);
		expect(result.stdout).toMatch(new RegExp(`Errors \\(${problems.length}\\)`));
	});
});

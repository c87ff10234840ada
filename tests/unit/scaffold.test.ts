import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { idFromName } from '../../src/core/fold.ts';
import { collectionNames, type CollectionName } from '../../src/schemas/common.ts';
import { schemaNode, unwrap } from '../../src/schemas/reading.ts';
import { checkArchive, formatProblem } from '../../src/tools/check/index.ts';
import { parseRecord } from '../../src/tools/read.ts';
import { collectionOf, scaffold } from '../../src/tools/scaffold.ts';

const validArchive = join(import.meta.dirname, '..', 'fixtures', 'valid-archive');
const newScript = join(import.meta.dirname, '..', '..', 'scripts', 'new.ts');
const quote = 'Kairat Samarkan was unable to bear the anguish he suffered in the camp and tried to kill himself by crashing his head into the wall.';

/** Temporary folders made by a test, removed after it. */
const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
/** A fresh copy of the valid fixture archive in a temporary folder. */
const archive = () => {
	const dir = mkdtempSync(join(tmpdir(), 'scaffold-'));
	made.push(dir);
	cpSync(validArchive, dir, { recursive: true });
	return dir;
};
/** Checks the archive in `dir` and returns the problems of one file. */
const problemsOf = (dir: string, file: string) => checkArchive(dir).problems.filter((p) => p.file === file);

/** The values a new record of each kind leaves for the archivist, as the check names them. */
const placeholders: Record<CollectionName, string[]> = {
	testimonies: ['title', 'kind', 'subjects', 'experiences', 'quotes[0].text'],
	people: ['name', 'roles'],
	camps: ['name', 'kind'],
	places: ['name', 'kind'],
	organizations: ['name', 'kind'],
	sources: ['title', 'byline', 'publisher', 'published.value', 'published.precision', 'published.basis', 'url', 'capture.sha256', 'capture.bytes'],
};

describe('kinds and ids', () => {
	it('knows each kind by its singular and plural name', () => {
		expect(collectionOf('testimony')).toBe('testimonies');
		expect(collectionOf('person')).toBe('people');
		expect(collectionOf('People')).toBe('people');
		expect(collectionOf('organisation')).toBe('organizations');
		expect(collectionOf('camps')).toBe('camps');
		expect(collectionOf('thing')).toBeUndefined();
	});

	it('makes ids from names', () => {
		expect(idFromName('Kairat Samarkan')).toBe('kairat-samarkan');
		expect(idFromName('Ürümqi')).toBe('urumqi');
		expect(idFromName('“Political re-education” centre in Bouryltogay district')).toBe('political-re-education-centre-in-bouryltogay-district');
	});

	it('refuses an id that is not one', () => {
		expect(() => scaffold({ collection: 'people', id: 'Kairat Samarkan' })).toThrow(/not a valid id.*"kairat-samarkan"/);
	});
});

describe.each(collectionNames)('a new record of %s', (collection) => {
	const text = scaffold({ collection, id: 'new-record', source: 'drama-excerpt', today: '2026-01-15' });
	const schema = schemaNode(collection);
	const fields = Object.entries(schema.def.shape!);

	it('is a well-formed record file: front matter between --- lines, valid YAML, no BOM or CRLF', () => {
		expect(text.startsWith('---\n')).toBe(true);
		expect(text).not.toMatch(/\r|\uFEFF/);
		const record = parseRecord(collection, 'new-record', `content/${collection}/new-record.md`, text);
		expect(record.problems).toEqual([]);
		expect(record.unreadable).toBeUndefined();
	});

	it('has every field of the schema, each under a comment taken from its description', () => {
		const lines = text.split('\n');
		for (const [key, node] of fields) {
			const at = lines.findIndex((line) => new RegExp(`^(# )?${key}:`).test(line));
			expect(at, key).toBeGreaterThan(0);
			const description = unwrap(node).description!;
			expect(description, key).toBeTruthy();
			// The comment lines right above the field, joined, start with the description.
			let start = at;
			// (Notes start with "#" or "##"; a commented-out field above, "# key: …", ends them.)
			while (start > 0 && /^#{1,2} /.test(lines[start - 1]) && !/^# \w+:( |$)|──/.test(lines[start - 1])) start--;
			const note = lines.slice(start, at).map((l) => l.replace(/^#{1,2} /, '')).join(' ');
			expect(note.startsWith(description), `${key}: ${note}`).toBe(true);
		}
	});

	it('writes required fields first, then those with a default; optional ones are commented out', () => {
		const data = parseRecord(collection, 'new-record', 'x.md', text).data;
		const written = Object.keys(data);
		const groups = written.map((key) => {
			const { optional, hasDefault } = unwrap(schema.def.shape![key]);
			expect(optional && !hasDefault, `${key} should be commented out`).toBe(false);
			return hasDefault ? 1 : 0;
		});
		expect(groups).toEqual([...groups].sort());
		expect(groups.indexOf(1)).toBeGreaterThan(0);
		for (const [key, node] of fields) {
			const { optional, hasDefault } = unwrap(node);
			if (optional && !hasDefault) expect(text, key).toMatch(new RegExp(`^# ${key}:`, 'm'));
			else expect(written, key).toContain(key);
		}
	});

	it('fails the check only on the values the archivist has to fill in, each with a clear message', () => {
		const dir = archive();
		const file = `content/${collection}/new-record.md`;
		writeFileSync(join(dir, file), text);
		const problems = problemsOf(dir, file);
		expect(problems.map((p) => p.field).sort()).toEqual([...placeholders[collection]].sort());
		for (const p of problems) {
			expect(p.message, formatProblem(p)).toMatch(/^(is empty|needs at least 1 entry, but has 0|is 0, but must be more than 0)$/);
			expect(p.fix, formatProblem(p)).toMatch(/^write /);
		}
		// Nothing about the structure, and nothing about the records already there.
		expect(checkArchive(dir).problems.filter((p) => p.file !== file)).toEqual([]);
	});
});

describe('filling in a new testimony', () => {
	it('pre-fills the source, and passes the check once the values are written', () => {
		const text = scaffold({ collection: 'testimonies', id: 'samarkan-suicide-attempt', source: 'drama-excerpt' });
		expect(text).toMatch(/^ {4}source: drama-excerpt$/m);
		let filled = text
			.replace('title: ""', 'title: "Kairat Samarkan: a suicide attempt in the camp"')
			.replace('kind: ""', 'kind: first-hand')
			.replace('subjects: []', 'subjects: [kairat-samarkan]')
			.replace('experiences: []', 'experiences: [detention-in-camp, suicide-attempt]')
			.replace('- text: ""', `- text: "${quote}"`)
			.replace('# witness: ""', 'witness: kairat-samarkan');
		// Use the commented example of a duration, as CONTRIBUTING.md says: remove "# " and the [].
		const lines = filled.split('\n');
		const at = lines.indexOf('durations: []');
		lines[at] = 'durations:';
		for (let i = at + 1; /^(\s+|## For each)/.test(lines[i]); i++) lines[i] = lines[i].replace('# ', '');
		filled = lines
			// "three months" is the source's own words and needs no reading beside it: the optional line goes, as its note says.
			.filter((line) => !/^\s+reading: ""$/.test(line))
			.join('\n')
			.replace(/(- text: )""/, '$1"three months"')
			.replace(/(\n\s+of: )""/, '$1"detention in the camp"')
			.replace(/(\n\s+quote: )""/, '$1"He got into the camp on November 20, 2017 and stayed there for three months."');
		filled += 'Kairat Samarkan tried to kill himself in the camp, the book says.\n';
		const dir = archive();
		const file = 'content/testimonies/samarkan-suicide-attempt.md';
		writeFileSync(join(dir, file), filled);
		expect(problemsOf(dir, file).map(formatProblem)).toEqual([]);
		const record = checkArchive(dir).records.find((r) => r.id === 'samarkan-suicide-attempt')!;
		expect(record.value.durations).toEqual([
			{ text: 'three months', of: 'detention in the camp', source: { collection: 'sources', id: 'drama-excerpt' }, quote: 'He got into the camp on November 20, 2017 and stayed there for three months.' },
		]);
	});
});

describe('npm run new', () => {
	const run = (...args: string[]) => spawnSync(process.execPath, [newScript, ...args], { encoding: 'utf8' });

	it('writes the file, and refuses to write over it a second time', () => {
		const dir = archive();
		const first = run('testimony', '--id', 'samarkan-2', '--source', 'drama-excerpt', '--root', dir);
		expect(first.status, first.stderr).toBe(0);
		expect(first.stdout).toMatch(/Wrote .*content\/testimonies\/samarkan-2\.md\./);
		const path = join(dir, 'content', 'testimonies', 'samarkan-2.md');
		const written = readFileSync(path, 'utf8');
		// A new testimony's template, with the source filled in: the check asks only for the values left to write.
		expect(written.startsWith('---\n')).toBe(true);
		expect(written).toMatch(/^ {4}source: drama-excerpt$/m);
		expect(problemsOf(dir, 'content/testimonies/samarkan-2.md').map((p) => p.field).sort()).toEqual([...placeholders.testimonies].sort());
		writeFileSync(path, `${written}Edited by an archivist.\n`);
		const second = run('testimony', '--id', 'samarkan-2', '--root', dir);
		expect(second.status).toBe(1);
		expect(second.stderr).toMatch(/samarkan-2\.md already exists\. Nothing was written/);
		expect(readFileSync(path, 'utf8')).toBe(`${written}Edited by an archivist.\n`);
	});

	it('makes the id from --name and fills the name in', () => {
		const dir = archive();
		const result = run('person', '--name', 'Leila Adilzhan', '--root', dir);
		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(join(dir, 'content', 'people', 'leila-adilzhan.md'), 'utf8')).toMatch(/^name: "Leila Adilzhan"$/m);
	});

	it('answers mistakes in plain words, without writing anything', () => {
		const dir = archive();
		const noSource = run('testimony', '--id', 'x', '--source', 'drama-exerpt', '--root', dir);
		expect(noSource.status).toBe(1);
		expect(noSource.stderr).toContain('There is no source "drama-exerpt"');
		expect(noSource.stderr).toContain('Did you mean "drama-excerpt"?');
		const noKind = run('thing', '--id', 'x', '--root', dir);
		expect(noKind.status).toBe(2);
		expect(noKind.stderr).toContain('"thing" is not a kind of record');
		const noId = run('camp', '--root', dir);
		expect(noId.status).toBe(2);
		expect(noId.stderr).toContain('Give the new record an id');
		const badId = run('camp', '--id', 'Zhanakala Camp', '--root', dir);
		expect(badId.status).toBe(2);
		expect(badId.stderr).toContain('e.g. "zhanakala-camp"');
		for (const r of [noSource, noKind, noId, badId]) expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
		expect(checkArchive(dir).records).toHaveLength(7);
	});
});

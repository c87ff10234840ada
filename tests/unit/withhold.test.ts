import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempProject } from '../../scripts/temp-project.ts';
import { publicData, redactionsOf, redactText } from '../../src/core/withhold.ts';
import { builtTexts, findValues } from '../../src/tools/scan.ts';

const root = join(import.meta.dirname, '..', '..');
const secrets = ['Secretname Hiddenova', 'Sekretname Khiddenova', 'No. 14 Hidden Lane, Secretvillage'];

/** Temporary projects made by the tests, removed when they are done. */
const made: string[] = [];
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('withholding', () => {
	const person = { collection: 'people', data: { name: 'Secretname Hiddenova', aliases: [{ name: 'Sekretname Khiddenova' }], withhold: { publicName: 'Witness A', reason: 'safety' } } };
	const camp = { collection: 'camps', data: { name: 'Camp', location: { description: 'No. 14 Hidden Lane, Secretvillage' }, withholdLocation: { reason: 'safety' } } };
	const testimony = { collection: 'testimonies', data: { title: 'SECRETNAME  hiddenova speaks', quotes: [{ text: 'at No. 14 Hidden Lane, Secretvillage' }] } };
	const redactions = redactionsOf([person, camp, testimony]);

	it('collects the withheld values, longest first', () => {
		expect(redactions.map((r) => r.value)).toEqual(['No. 14 Hidden Lane, Secretvillage', 'Sekretname Khiddenova', 'Secretname Hiddenova']);
	});

	it('replaces them whatever their case and spacing, as whole words only', () => {
		expect(redactText('Said SECRETNAME  hiddenova at No. 14 Hidden Lane, Secretvillage.', redactions)).toBe('Said Witness A at [location withheld].');
		expect(redactText('Dina and Dinara', [{ value: 'Dina', replacement: 'Witness B' }])).toBe('Witness B and Dinara');
	});

	it('never rewrites the ids of references, even when a withheld name is part of one', () => {
		const record = { collection: 'testimonies', data: { title: 'Dina', camps: [{ collection: 'camps', id: 'camp-of-dina-nurdybaikyzy' }] } };
		expect(publicData(record, [{ value: 'dina', replacement: 'Witness B' }])).toEqual({ title: 'Witness B', camps: [{ collection: 'camps', id: 'camp-of-dina-nurdybaikyzy' }] });
	});

	it('publishes a withheld person under the public name only, and a camp without its location', () => {
		expect(publicData(person, redactions)).toMatchObject({ name: 'Witness A', aliases: [], named: false });
		expect(publicData(person, redactions)).not.toHaveProperty('withhold');
		expect(publicData(camp, redactions)).toMatchObject({ location: undefined });
		expect(publicData(camp, redactions)).not.toHaveProperty('withholdLocation');
		expect(JSON.stringify(publicData(testimony, redactions))).not.toMatch(/secretname|hidden lane/i);
	});

	it('keeps every withheld value out of every file of a built archive, its search index and its exports', () => {
		const project = createTempProject(root, 'archive-withheld-');
		made.push(project);
		cpSync(join(root, 'tests', 'fixtures', 'withheld', 'content'), join(project, 'content'), { recursive: true });
		const build = spawnSync(process.execPath, [join(project, 'scripts', 'build.ts')], { cwd: project, encoding: 'utf8' });
		expect(build.status, build.stdout + build.stderr).toBe(0);
		expect(build.stdout).toContain('withheld value(s) appear in no built file');
		const dist = join(project, 'dist');
		expect(findValues(dist, secrets)).toEqual([]);
		expect(findValues(dist, ['Witness A']).length).toBeGreaterThan(3);
		// The scan reads the search index unpacked: prove it sees real index text.
		expect([...builtTexts(dist)].some(({ file, text }) => file.startsWith('pagefind/fragment/') && text.includes('Witness A'))).toBe(true);
		expect(readFileSync(join(dist, 'people', 'witness-a', 'index.html'), 'utf8')).toContain('Witness A');
		// A capture is kept byte for byte, so one that names the withheld person is not offered;
		// its source's text is published redacted, and the other source's capture as usual.
		expect(existsSync(join(dist, 'sources', 'teacher-named', 'teacher-named.capture.txt'))).toBe(false);
		const named = readFileSync(join(dist, 'sources', 'teacher-named', 'index.html'), 'utf8');
		expect(named).toContain('Not offered: it names a person or a place of detention that this archive withholds');
		expect(named).toContain('Witness A, a teacher from a village');
		expect(readFileSync(join(dist, 'sources', 'village-teacher', 'village-teacher.capture.txt'))).toEqual(readFileSync(join(project, 'content', 'sources', 'village-teacher.capture.txt')));
	}, 180_000);
});

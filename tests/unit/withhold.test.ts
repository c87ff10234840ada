import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
		// A saved HTML page that names her with an entity between the words is not offered either.
		expect(existsSync(join(dist, 'sources', 'teachers-in-the-north', 'teachers-in-the-north.capture.html.txt'))).toBe(false);
		expect(readFileSync(join(dist, 'sources', 'teachers-in-the-north', 'index.html'), 'utf8')).toContain('A teacher, Witness A, says');
		// The forms a reader would not notice as different (bold, soft hyphen and entity, upper case,
		// decomposed accent, a Cyrillic letter) are all replaced on the testimony's page.
		const page = readFileSync(join(dist, 'testimonies', 'witness-a-eleven-months', 'index.html'), 'utf8');
		expect(page.match(/Witness A/g)!.length).toBeGreaterThanOrEqual(6);
	}, 180_000);

	it('stops a build whose output still names a withheld person, and leaves no site behind to publish', () => {
		const project = createTempProject(root, 'archive-withheld-leak-');
		made.push(project);
		cpSync(join(root, 'tests', 'fixtures', 'withheld', 'content'), join(project, 'content'), { recursive: true });
		// A page that the checks of the records cannot see: only the final scan of the built files can.
		writeFileSync(join(project, 'src', 'pages', 'leak.astro'), '<p>Secret\u00adname&nbsp;HIDDENOVA</p>\n');
		const build = spawnSync(process.execPath, [join(project, 'scripts', 'build.ts')], { cwd: project, encoding: 'utf8' });
		expect(build.status).toBe(1);
		expect(build.stderr).toContain('Withheld values reached the built site: leak/index.html contains “Secretname Hiddenova”');
		expect(build.stderr).toContain('was removed, so that nothing half-built or unchecked can be published');
		expect(existsSync(join(project, 'dist'))).toBe(false);
	}, 180_000);
});
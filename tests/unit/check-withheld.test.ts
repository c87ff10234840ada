import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArchive, formatProblem } from '../../src/tools/check/index.ts';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'withheld');
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The withheld fixture in a temporary folder, changed as a case says. */
function archiveWith(change: (file: (path: string) => { read: () => string; write: (text: string) => void }) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'archive-withheld-check-'));
	made.push(dir);
	cpSync(fixture, dir, { recursive: true });
	change((path) => ({ read: () => readFileSync(join(dir, 'content', path), 'utf8'), write: (text) => writeFileSync(join(dir, 'content', path), text) }));
	return dir;
}

const testimony = 'testimonies/witness-a-eleven-months.md';
const appendToBody = (text: string) => (file: Parameters<Parameters<typeof archiveWith>[0]>[0]) => file(testimony).write(`${file(testimony).read()}\n${text}\n`);

/** A withheld name or location written where redaction cannot reach it, and the problem the check must give: file, line, field and words. */
const refused: [what: string, change: Parameters<typeof archiveWith>[0], file: string, line: number, field: string, says: string][] = [
	['a link whose address carries the name', appendToBody('See [her story](https://example.net/secretname-hiddenova/).'), testimony, 18, '(body)', 'a link or image address or title gives away the withheld “Secretname Hiddenova”'],
	['an image whose alternative text is the name', appendToBody('![Secretname Hiddenova](portrait.png)'), testimony, 18, '(body)', "an image's alternative text gives away the withheld “Secretname Hiddenova”"],
	['a link whose title is the name', appendToBody('See [her story](/x/ "Secretname Hiddenova").'), testimony, 18, '(body)', 'a link or image address or title gives away'],
	['the name split by a link', appendToBody('[Secretname](https://example.net/) Hiddenova spoke.'), testimony, 18, '(body)', 'would still be published in the text'],
	['the name in an HTML attribute', appendToBody('<abbr title="Secretname Hiddenova">SH</abbr> spoke.'), testimony, 18, '(body)', 'HTML gives away the withheld “Secretname Hiddenova”'],
	[
		'a source address that carries the name',
		(file) => file('sources/village-teacher.md').write(file('sources/village-teacher.md').read().replace('https://example.org/2021/05/village-teacher/', 'https://example.org/2021/05/secretname-hiddenova-speaks/')),
		'content/sources/village-teacher.md',
		6,
		'url',
		'the address gives away the withheld “Secretname Hiddenova”',
	],
	[
		'a camp named after the village its withheld location is in',
		(file) => file('camps/school-camp.md').write(file('camps/school-camp.md').read().replace('name: Camp in a village school (not named)', 'name: Camp in the Secretvillage school')),
		'content/camps/school-camp.md',
		2,
		'name',
		'gives away “secretvillage” from its withheld location',
	],
	[
		// Redaction reads words as a reader does and leaves it; search would run the words together and find it by her name.
		'an organisation that goes by the name run together',
		(file) => file('organizations/example-monitor.md').write(file('organizations/example-monitor.md').read().replace('kind: media', 'kind: media\naliases:\n  - { name: SecretnameHiddenova }')),
		'content/organizations/example-monitor.md',
		5,
		'aliases[0].name',
		'the name “SecretnameHiddenova” reads as the withheld “Secretname Hiddenova” once search folds its spelling and spacing',
	],
	[
		'a record naming the camp and the village of its withheld location',
		appendToBody('She still dreams of Secretvillage.'),
		testimony,
		1,
		'(file)',
		'it names the camp school-camp, whose location is withheld, and also “secretvillage”',
	],
	[
		// The source's words that give a withheld site's coordinates are its location too.
		'a record naming the camp and a word of the source that gives its withheld coordinates',
		(file) => {
			const camp = 'camps/school-camp.md';
			file(camp).write(file(camp).read().replace('  inferred: true\n', '  inferred: true\n  coordinates:\n    value: "Teacher Speaks"\n    latitude: 44.1\n    longitude: 80.6\n    source: village-teacher\n    quote: "A Village Teacher Speaks"\n'));
			appendToBody('The Teacher spoke again.')(file);
		},
		testimony,
		1,
		'(file)',
		'it names the camp school-camp, whose location is withheld, and also “teacher”',
	],
];

describe('the check refuses a withheld value where redaction cannot reach it', () => {
	it.each(refused)('%s', (_what, change, file, line, field, says) => {
		const { problems } = checkArchive(archiveWith(change));
		const errors = problems.filter((p) => p.severity === 'error');
		expect(errors.map(formatProblem), 'one error, naming the file, line and field').toHaveLength(1);
		expect(errors[0]).toMatchObject({ file: file.startsWith('content/') ? file : `content/${file}`, line, field });
		expect(errors[0].message).toContain(says);
	});

	it('refuses a file name that carries the name', () => {
		const dir = archiveWith((file) => file(testimony).write(file(testimony).read()));
		renameSync(join(dir, 'content', testimony), join(dir, 'content', 'testimonies', 'secretname-hiddenova-speaks.md'));
		const errors = checkArchive(dir).problems.filter((p) => p.severity === 'error');
		expect(errors).toMatchObject([{ file: 'content/testimonies/secretname-hiddenova-speaks.md', field: '(file)', message: expect.stringContaining('gives away the withheld “Secretname Hiddenova”') }]);
	});
});

describe('the check lets pass what redaction replaces', () => {
	it.each([
		['the name in bold', appendToBody('**Secretname** Hiddenova spoke again.')],
		['the name with a soft hyphen and an entity', appendToBody('Secret&shy;name&nbsp;Hiddenova spoke again.')],
		['the name in upper case, across a line break', appendToBody('SECRETNAME\nHIDDENOVA spoke again.')],
		[
			// The words that place a camp name it: its own name says nothing of where it is.
			'a camp whose withheld location names the camp itself',
			(file: Parameters<Parameters<typeof archiveWith>[0]>[0]) => {
				for (const path of ['camps/school-camp.md', testimony]) file(path).write(file(path).read().replaceAll('No. 14 Hidden Lane', 'Lotusgate Camp, No. 14 Hidden Lane'));
				file('camps/school-camp.md').write(file('camps/school-camp.md').read().replace('name: Camp in a village school (not named)', 'name: Lotusgate Camp'));
			},
		],
	] as const)('%s', (_what, change) => {
		expect(checkArchive(archiveWith(change)).problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
	});

	it('warns, without failing, that a capture naming the person, in any form, is not offered', () => {
		const warnings = checkArchive(fixture).problems.filter((p) => p.severity === 'warning');
		const notOffered = { field: 'capture.file', message: expect.stringContaining('will not be offered for download') };
		// The second is a saved HTML page that writes an entity between her names.
		expect(warnings).toMatchObject([
			{ file: 'content/places/north.md', field: 'kind', message: expect.stringContaining('the district has no coordinates') },
			{ file: 'content/sources/teacher-named.md', ...notOffered },
			{ file: 'content/sources/teachers-in-the-north.md', ...notOffered },
		]);
	});
});

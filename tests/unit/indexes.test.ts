import { describe, expect, it } from 'vitest';
import { atoZ, letterOf, organizationsIndex, placesIndex, recordCounts, sourcesCredited, sourcesIndex, type AtoZPage } from '../../src/core/views/indexes.ts';
import { link } from './core-fixture.ts';
import { fixtureArchive } from './test-utils.ts';

const archive = fixtureArchive('core-archive');
/** A page of an index as a reader sees it: its address, and each section's rows. */
const shown = (page: AtoZPage) => ({ href: page.href, sections: page.sections.map((s) => ({ id: s.id, label: s.label, rows: s.groups.flatMap((g) => g.rows) })) });

describe('the A–Z indexes', () => {
	it('shows each other spelling of a name once', () => {
		const [a, g] = atoZ(archive, archive.of('people'));
		// "Aydarbek Testow" is met in two sources; the index line names it once.
		expect(a.entries[0].spellings).toBe('Aydarbek Testow, Айдарбек Тестов');
		expect(g.entries.map((e) => e.spellings)).toEqual([undefined, undefined]);
	});

	it('files a name that starts with a digit under "#", before the letters', () => {
		const camps = atoZ(archive, archive.of('camps'));
		expect(camps.map((l) => l.letter)).toEqual(['#', 'M']);
		expect(camps[0].entries).toEqual([{ ...link.seventh, spellings: undefined, meta: undefined }]);
		expect(camps[1].entries).toEqual([{ ...link.camp1, spellings: 'Camp Number One', meta: undefined }]);
		// Opening quotation marks are passed over: “Political re-education” camp is filed under P.
		expect(['Éva', 'çelik', '7th', '“Quoted”', ''].map(letterOf)).toEqual(['E', 'C', '#', 'Q', '#']);
	});

	it('files names whatever their case and accents, sorted by name, a section for each letter', () => {
		// Sorted by name, though "testwatch-international" comes first by file name.
		const { count, pages } = organizationsIndex(archive);
		expect(count).toBe(2);
		expect(pages.map(shown)).toEqual([
			{
				href: '/organizations/',
				sections: [
					{
						id: 'letter-T',
						label: 'T',
						rows: [
							{ ...link.testwatch, spellings: undefined, meta: 'Human rights group' },
							{ ...link.twi, spellings: 'Testwatch Internationale', meta: 'International body' },
						],
					},
				],
			},
		]);
	});

	it('cuts an index into pages, its letters linked where they begin, the pages after the first under page/', () => {
		const { count, pages } = placesIndex(archive, 2);
		expect(count).toBe(3);
		expect(pages.map(shown)).toEqual([
			{
				href: '/places/',
				sections: [
					{ id: 'letter-F', label: 'F', rows: [{ ...link.fictistan, spellings: undefined, meta: 'Country' }] },
					{ id: 'letter-M', label: 'M', rows: [{ ...link.mockville, spellings: 'Mokvil', meta: 'City in North Testovia' }] },
				],
			},
			{ href: '/places/page/2/', sections: [{ id: 'letter-N', label: 'N', rows: [{ ...link.northTestovia, spellings: undefined, meta: 'Region in Fictistan' }] }] },
		]);
		expect(pages[1]).toMatchObject({ number: 2, count: 2, first: 3, last: 3, total: 3, previous: '/places/', next: undefined });
		expect(pages[1].jumps).toEqual([
			{ title: 'F', href: '/places/#letter-F' },
			{ title: 'M', href: '/places/#letter-M' },
			{ title: 'N', href: '/places/page/2/#letter-N' },
		]);
		expect(placesIndex(fixtureArchive('core-archive', { base: '/archive/' }), 2).pages[1].href).toBe('/archive/places/page/2/');
	});

	it('refuses a record whose id would take the address of the pages of its index', () => {
		const taken = fixtureArchive('core-archive', { edit: (records) => records.map((r) => (r.id === 'mockville' ? { ...r, id: 'page' } : r)) });
		expect(() => placesIndex(taken)).toThrow('A place\'s id is "page", the folder of the pages of its index (places/page/): rename the record.');
	});

	it('makes a plain A–Z of any records, without a line about each when none is asked for', () => {
		expect(atoZ(archive, archive.of('organizations'))).toEqual([
			{
				letter: 'T',
				entries: [
					{ ...link.testwatch, spellings: undefined, meta: undefined },
					{ ...link.twi, spellings: 'Testwatch Internationale', meta: undefined },
				],
			},
		]);
		expect(atoZ(archive, [])).toEqual([]);
	});
});

describe('the list of sources', () => {
	const entry = {
		report: { ...link.report, meta: 'Testwatch researchers · Testwatch · February 2020' },
		interview: { ...link.interview, meta: 'Vera Exampleva · Fictistan Herald · 10 April 2019' },
		letter: { ...link.letter, meta: 'Gulnara Testova · Exampleland Post · 2019' },
	};

	it('lists sources newest first by year of publication, a year after the days within it, in pages', () => {
		expect(sourcesIndex(archive, 2).map(shown)).toEqual([
			{
				href: '/sources/',
				sections: [
					{ id: 'year-2020', label: '2020', rows: [entry.report] },
					{ id: 'year-2019', label: '2019', rows: [entry.interview] },
				],
			},
			{ href: '/sources/page/2/', sections: [{ id: 'year-2019', label: '2019', rows: [entry.letter] }] },
		]);
		expect(sourcesIndex(archive, 2)[1].sections[0].continued).toBe(true);
	});

	it('credits the sources on the about page in the order of their ids, all of them while there are few', () => {
		expect(sourcesCredited(archive)).toEqual({ entries: [entry.letter, entry.interview, entry.report], count: 3, all: undefined });
	});

	it('counts the records of each kind', () => {
		expect(recordCounts(archive)).toEqual([
			{ collection: 'sources', label: 'Sources', count: 3 },
			{ collection: 'testimonies', label: 'Testimonies', count: 3 },
			{ collection: 'people', label: 'People', count: 5 },
			{ collection: 'camps', label: 'Camps', count: 2 },
			{ collection: 'places', label: 'Places', count: 3 },
			{ collection: 'organizations', label: 'Organisations', count: 2 },
		]);
	});
});

import { describe, expect, it } from 'vitest';
import { at, link, month, source, year } from './core-fixture.ts';
import { fixtureArchive, recordIn } from './test-utils.ts';

const archive = fixtureArchive('core-archive');

describe('the page of a camp', () => {
	const view = archive.views.camps(recordIn(archive, 'camps', 'mockville-camp-no-1'));

	it('shows where the camp is, with the passage that says so', () => {
		expect(view.named).toBe(true);
		expect(view.spellings).toEqual([{ name: 'Camp Number One', lang: undefined, sources: [source.report] }]);
		// The description is the source's words as the quote has them, lower-case "on" and all.
		expect(view.location).toEqual({
			place: link.mockville,
			description: 'on the road north of Mockville',
			reading: undefined,
			inferred: false,
			source: at(source.interview, 'which stands on the road north of Mockville'),
			coordinates: undefined,
			// No source gives the camp's own point: the map puts it at Mockville's, and says so.
			approximateAt: link.mockville,
		});
	});

	it('shows each figure as reported, the archive’s reading beside it, with its date, who reported it and its passage', () => {
		expect(view.figures).toEqual([
			{
				// The guard's words, and the archive's figure for them.
				value: 'three thousand',
				reading: '3,000',
				what: 'people held',
				date: year('2018', 'spring'),
				reportedBy: link.guard,
				quote: 'A guard told me that three thousand people were held in the camp in the spring of 2018.',
				source: at(source.interview, 'A guard told me that three thousand people were held in the camp in the spring of 2018.'),
			},
			{
				value: '5,000',
				reading: undefined,
				what: 'people held',
				date: month('2019-03'),
				reportedBy: undefined,
				quote: 'Camp Number One held about 5,000 people in March 2019, according to satellite images.',
				source: at(source.report, 'Camp Number One held about 5,000 people in March 2019, according to satellite images.'),
			},
		]);
	});

	it('lists the people held there, the accounts of it and its sources', () => {
		// Each is linked to where the camp's group begins in the list of who was held where and in the accounts by place.
		expect(view.held).toEqual({ links: [link.aidarbek], count: 1, all: { href: '/detentions/#camp-mockville-camp-no-1', title: 'The person held here, in the list of who was held where' } });
		expect(view.accounts).toEqual({ links: [link.testimonyAidarbek], count: 1, all: { href: '/testimonies/by-camp/#camp-mockville-camp-no-1', title: 'The account of this place, in the list by place of detention' } });
		expect(view.sources.links).toEqual([link.interview, link.report]);
		expect(view.page.back).toEqual([{ href: '/camps/', title: 'All camps' }]);
		expect(view.page.heading).toEqual({ text: 'Mockville Camp No. 1' });
		expect(view.page.search).toBeUndefined();
	});

	it('opens the source at its top for an inferred location with no passage', () => {
		const seventh = archive.views.camps(recordIn(archive, 'camps', '7th-street-detention-centre'));
		// The report gives no words for where it is: the archive's reading, marked inferred.
		expect(seventh.location).toEqual({ place: link.mockville, description: undefined, reading: '7th Street, Mockville', inferred: true, source: source.report, coordinates: undefined, approximateAt: link.mockville });
		expect(seventh.figures).toEqual([{ value: '40', reading: undefined, what: 'cells', date: undefined, reportedBy: undefined, quote: 'The 7th Street Detention Centre has 40 cells.', source: at(source.report, 'The 7th Street Detention Centre has 40 cells.') }]);
		expect(seventh.held.links).toEqual([link.mirza]);
		expect(seventh.page.description).toBe('A detention centre in Mockville where Mirza Mockov was held.');
		expect(seventh.page.kindLine).toBe('Place of detention');
		expect(seventh.page.trail).toEqual([
			{ title: 'Prisons and detention centres', href: '/camps/#prisons' },
			{ title: 'Fictistan', href: '/camps/#prisons-fictistan' },
		]);
	});

	it('names the kind of a re-education camp as a reader writes it', () => {
		expect(view.kind).toBe('Re-education camp');
		expect(view.page.description).toBe('A re-education camp outside Mockville, in North Testovia.');
		expect(view.page.kindLine).toBe('Place of detention');
		expect(view.page.trail).toEqual([
			{ title: 'Camps and forced-labour sites', href: '/camps/#camps' },
			{ title: 'Fictistan', href: '/camps/#camps-fictistan' },
		]);
	});
});

describe('the page of a place', () => {
	const view = archive.views.places(recordIn(archive, 'places', 'mockville'));

	it('shows the larger place it lies in, and whether a source or the archive says so', () => {
		expect(view.kind).toBe('City');
		expect(view.partOf).toEqual({ place: link.northTestovia, source: undefined, inferred: true });
		const region = archive.views.places(recordIn(archive, 'places', 'north-testovia'));
		expect(region.partOf).toEqual({ place: link.fictistan, source: source.interview, inferred: false });
		expect(region.within.links).toEqual([link.mockville]);
		expect(region.sources.links).toEqual([link.report, link.interview]);
		const country = archive.views.places(recordIn(archive, 'places', 'fictistan'));
		expect(country.partOf).toBeUndefined();
		expect(country.within.links).toEqual([link.northTestovia]);
	});

	it('lists the camps and the accounts set there, by name', () => {
		expect(view.within.links).toEqual([]);
		expect(view.camps.links).toEqual([link.seventh, link.camp1]);
		expect(view.testimonies.links).toEqual([link.testimonyAidarbek, link.testimonyMirza]);
		expect(view.sources.links).toEqual([link.interview, link.report]);
		expect(view.spellings).toEqual([{ name: 'Mokvil', lang: undefined, sources: [] }]);
	});

	it('describes the place to search engines and to the search index', () => {
		expect(view.page.jsonLd).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Place',
			name: 'Mockville',
			alternateName: ['Mokvil'],
			description: 'A city of North Testovia with two places of detention.',
			url: 'https://archive.test/places/mockville/',
			containedInPlace: { '@type': 'Place', name: 'North Testovia', url: 'https://archive.test/places/north-testovia/' },
			geo: { '@type': 'GeoCoordinates', latitude: 44.5, longitude: 80.25 },
		});
		expect(view.page.search).toBeUndefined();
		expect(view.page.kindLine).toBe('Place · City');
		expect(view.page.back).toEqual([{ href: '/places/', title: 'All places' }]);
		const country = archive.views.places(recordIn(archive, 'places', 'fictistan'));
		expect(country.page.jsonLd).toEqual({ '@context': 'https://schema.org', '@type': 'Place', name: 'Fictistan', alternateName: undefined, description: 'An invented country, where every record of this fixture is set.', url: 'https://archive.test/places/fictistan/', containedInPlace: undefined, geo: undefined });
	});
});

describe('the page of an organisation', () => {
	const testwatch = archive.views.organizations(recordIn(archive, 'organizations', 'testwatch'));
	const twi = archive.views.organizations(recordIn(archive, 'organizations', 'testwatch-international'));

	it('says which organisation it must not be confused with, on both pages', () => {
		expect(testwatch.distinctFrom).toEqual([{ organization: link.twi, note: 'The two groups split in 2015.', source: source.report }]);
		expect(testwatch.confusedWith).toEqual([]);
		// Testwatch International's own record says nothing of Testwatch: its page still warns.
		expect(twi.distinctFrom).toEqual([]);
		expect(twi.confusedWith).toEqual([link.testwatch]);
	});

	it('lists its events, its accounts by name and its sources', () => {
		expect(testwatch.events).toEqual([{ date: year('2015'), text: 'Split from Testwatch International.', records: [], source: at(source.report, 'the two groups split in 2015') }]);
		expect(testwatch.testimonies.links).toEqual([link.testimonyMirza]);
		expect(testwatch.sources.links).toEqual([link.report]);
		expect(twi.testimonies.links).toEqual([link.testimonyAidarbek, link.testimonyGulnara]);
		expect(twi.people.links).toEqual([]);
		expect(twi.sources.links).toEqual([link.letter, link.interview, link.report]);
	});

	it('heads the page with its kind, country and spellings', () => {
		expect(testwatch.kind).toBe('Human rights group');
		expect(testwatch.country).toBe('Fictistan');
		expect(testwatch.page.kindLine).toBe('Organisation · Human rights group');
		expect(testwatch.page.heading).toEqual({ text: 'Testwatch', lang: undefined });
		expect(testwatch.page.search).toBeUndefined();
		expect(twi.spellings).toEqual([{ name: 'Testwatch Internationale', lang: 'fr', sources: [] }]);
		expect(twi.page.back).toEqual([{ href: '/organizations/', title: 'All organisations' }]);
	});
});

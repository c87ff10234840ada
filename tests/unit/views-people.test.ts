import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../src/core/quotes.ts';
import { at, day, link, month, source, year } from './core-fixture.ts';
import { fixtureArchive, recordIn } from './test-utils.ts';

const archive = fixtureArchive('core-archive');
const person = (id: string) => archive.views.people(recordIn(archive, 'people', id));

describe('the page of a person', () => {
	const view = person('aidarbek-testov');

	it('heads the page with the name, the roles and the way back to the index', () => {
		const { page } = view;
		expect(page.record).toBe(recordIn(archive, 'people', 'aidarbek-testov'));
		expect(page.title).toBe('Aidarbek Testov');
		expect(page.description).toBe('Former detainee, Witness.');
		expect(page.kind).toBe('Person');
		expect(page.kindLine).toBe('Person');
		expect(page.heading).toEqual({ text: 'Aidarbek Testov' });
		expect(page.back).toEqual([{ href: '/people/', title: 'All people' }]);
		expect(view.name).toBe('Aidarbek Testov');
		expect(view.named).toBe(true);
		expect(view.roles).toEqual(['Former detainee', 'Witness']);
	});

	it('groups the spellings by name, each with every source it is met in', () => {
		expect(view.spellings).toEqual([
			{ name: 'Aydarbek Testow', lang: undefined, sources: [source.report, source.interview] },
			{ name: 'Айдарбек Тестов', lang: 'kk', sources: [] },
		]);
	});

	it('shows each source’s claim, and says where the sources differ', () => {
		expect(view.claims).toEqual([
			{
				label: 'Ethnicity',
				// "Fictic" and "fictic" are the same answer.
				differ: false,
				claims: [
					{ value: 'Fictic', inferred: false, note: undefined, source: at(source.interview, 'a Fictic farmer aged 41') },
					{ value: 'fictic', inferred: false, note: undefined, source: at(source.report, 'an ethnic Fictic man') },
				],
			},
			{ label: 'Citizenship or status', differ: false, claims: [] },
			{
				label: 'Age',
				differ: true,
				claims: [
					{ value: '41', inferred: false, note: undefined, source: at(source.interview, 'aged 41') },
					{ value: '42', inferred: false, note: 'In January 2020.', source: at(source.report, 'Aydarbek Testow, 42') },
				],
			},
			{ label: 'Occupation', differ: false, claims: [{ value: 'farmer', inferred: false, note: undefined, source: at(source.interview, 'a Fictic farmer') }] },
			// No quote: the source link opens the source at its top.
			{ label: 'Identity', differ: false, claims: [{ value: 'Aydarbek Testow in the Testwatch report', inferred: true, note: 'Same town, same camp, same months.', source: source.report }] },
		]);
	});

	it('links his relatives, with the passage that names them', () => {
		expect(view.relations).toEqual([{ relation: 'sister', person: link.gulnara, source: at(source.interview, 'My sister Gulnara Testova') }]);
		expect(view.namedIn).toEqual([]);
	});

	it('lists his detentions with their start, end and duration', () => {
		expect(view.detentions).toEqual([
			{ camp: link.camp1, start: day('2018-03-05'), end: month('2018-11'), duration: 'eight months', source: at(source.interview, 'I was there for eight months.') },
		]);
	});

	it('sorts the testimonies he gave, those about him and those that mention him by name', () => {
		expect(view.testimonies).toEqual({
			given: [link.testimonyAidarbek],
			// By name, though Gulnara Testova's comes first by file name.
			about: [link.testimonyAidarbek, link.testimonyGulnara],
			mentioning: [link.testimonyMirza],
		});
	});

	it('lists his events, his detentions’ and those of the accounts about him in time order, equal dates in record order', () => {
		expect(view.events).toEqual([
			// 5 March 2018: his own event, then his detention, then the accounts about him.
			{ date: day('2018-03-05'), text: 'Taken from his home in Mockville.', record: undefined, source: at(source.interview, 'was taken from his home in Mockville on 5 March 2018') },
			{ date: day('2018-03-05'), text: 'Detention began.', record: link.camp1, source: at(source.interview, 'I was there for eight months.') },
			{
				date: day('2018-03-05'),
				text: 'Taken to Mockville Camp No. 1.',
				record: link.testimonyAidarbek,
				source: at(source.interview, 'Aidarbek Testov, a Fictic farmer aged 41, was taken from his home in Mockville on 5 March 2018.'),
			},
			{ date: month('2018-11'), text: 'Detention ended.', record: link.camp1, source: at(source.interview, 'I was there for eight months.') },
			{ date: month('2018-11'), text: 'Came home to his sister.', record: link.testimonyGulnara, source: at(source.letter, 'My brother Aidarbek Testov came home in November 2018.') },
			{ date: month('2019-01'), text: 'Left Fictistan.', record: undefined, source: at(source.interview, 'left Fictistan in January 2019') },
		]);
	});

	it('lists the sources that name him, then those it cites', () => {
		expect(view.sources).toEqual([link.letter, link.interview, link.report]);
	});

	it('tells search engines his other names and the accounts about him, each once', () => {
		expect(view.page.jsonLd).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Person',
			name: 'Aidarbek Testov',
			alternateName: ['Aydarbek Testow', 'Айдарбек Тестов'],
			description: 'Former detainee, Witness',
			url: 'https://archive.test/people/aidarbek-testov/',
			subjectOf: [
				{ '@type': 'CreativeWork', url: 'https://archive.test/testimonies/testov-mockville-camp/' },
				{ '@type': 'CreativeWork', url: 'https://archive.test/testimonies/gulnara-testova-on-her-brother/' },
			],
		});
	});

	it('is found by name, not in the text search', () => {
		expect(view.page.search).toBeUndefined();
	});

	it('offers a citation of the page', () => {
		expect(view.page.citation.permalink).toBe('https://archive.test/people/aidarbek-testov/');
		expect(view.page.citation.csl).toEqual({ href: '/cite/people/aidarbek-testov.json', download: 'people-aidarbek-testov.csl.json' });
		expect(view.page.citation.bibtex.startsWith('@misc{people:aidarbek-testov,\n')).toBe(true);
	});
});

describe('the pages of other people', () => {
	it('names the people who name her as a relative, when she does not name them', () => {
		expect(person('gulnara-testova').namedIn).toEqual([link.aidarbek]);
	});

	it('puts a year before the months within it', () => {
		const camp = link.seventh;
		expect(person('mirza-mockov').events).toEqual([
			{ date: year('2018', 'early'), text: 'Detention began.', record: camp, source: at(source.report, 'Mirza Mockov was held at the 7th Street Detention Centre in early 2018.') },
			{ date: month('2018-02'), text: 'Questioned about his travels.', record: undefined, source: at(source.report, 'In February 2018 he was questioned about his travels.') },
			{ date: month('2018-06'), text: 'Detention ended.', record: camp, source: at(source.report, 'Mirza Mockov was held at the 7th Street Detention Centre in early 2018.') },
		]);
	});

	it('lists a detention with no end as it is written', () => {
		expect(person('mirza-mockov').detentions).toEqual([
			{ camp: link.seventh, start: year('2018', 'early'), end: month('2018-06'), duration: undefined, source: at(source.report, 'Mirza Mockov was held at the 7th Street Detention Centre in early 2018.') },
		]);
	});

	it('shows an unnamed person as unnamed, known only from the source that describes him', () => {
		const view = person('mockville-camp-guard');
		expect(view.named).toBe(false);
		expect(view.page.title).toBe('Guard at Mockville Camp No. 1 (not named)');
		expect(view.testimonies).toEqual({ given: [], about: [], mentioning: [] });
		expect(view.sources).toEqual([link.interview]);
		expect(view.claims.find((c) => c.label === 'Occupation')).toEqual({ label: 'Occupation', differ: false, claims: [{ value: 'Guard', inferred: false, note: undefined, source: at(source.interview, 'A guard told me') }] });
	});

	it('counts a reporter’s accounts as mentioning her', () => {
		expect(person('vera-exampleva').testimonies).toEqual({ given: [], about: [], mentioning: [link.testimonyAidarbek] });
	});
});

describe('a person’s page on a site built under a sub-path', () => {
	const based = fixtureArchive('core-archive', { base: '/archive/' });
	const view = based.views.people(recordIn(based, 'people', 'gulnara-testova'));

	it('links everything under the sub-path, and gives absolute addresses with it', () => {
		expect(view.namedIn).toEqual([{ href: '/archive/people/aidarbek-testov/', title: 'Aidarbek Testov' }]);
		expect(view.testimonies.given).toEqual([{ href: '/archive/testimonies/gulnara-testova-on-her-brother/', title: 'Gulnara Testova on her brother’s return' }]);
		expect(view.claims[1]).toEqual({
			label: 'Citizenship or status',
			differ: false,
			claims: [
				{
					value: 'Resident of Exampleland',
					inferred: false,
					note: undefined,
					source: {
						href: `/archive/sources/exampleland-letter/#${quoteAnchor('I have lived in Exampleland since 2016.')}`,
						title: 'A letter from Exampleland',
						publisher: 'Exampleland Post',
						date: '2019',
					},
				},
			],
		});
		expect(view.sources).toEqual([
			{ href: '/archive/sources/herald-interview/', title: link.interview.title },
			{ href: '/archive/sources/exampleland-letter/', title: 'A letter from Exampleland' },
		]);
		expect(view.page.back).toEqual([{ href: '/archive/people/', title: 'All people' }]);
		expect(view.page.jsonLd).toMatchObject({ url: 'https://archive.test/archive/people/gulnara-testova/', subjectOf: [{ '@type': 'CreativeWork', url: 'https://archive.test/archive/testimonies/gulnara-testova-on-her-brother/' }] });
	});

	it('cites the page at its address under the sub-path', () => {
		expect(view.page.citation).toEqual({
			permalink: 'https://archive.test/archive/people/gulnara-testova/',
			text:
				'“Gulnara Testova.” Person record, Xinjiang Detention Testimony Archive. https://archive.test/archive/people/gulnara-testova/ (retrieved 2026-01-15). ' +
				'Based on: Vera Exampleva, ““They counted us every morning”: a former detainee remembers Mockville Camp No. 1,” Fictistan Herald, 10 April 2019, https://herald.example/2019/04/mockville-camp/; ' +
				'Gulnara Testova, “A letter from Exampleland,” Exampleland Post, 2019, https://post.example/letters/testova_2019/.',
			bibtex: expect.stringMatching(/^@misc\{people:gulnara-testova,\n/),
			csl: { href: '/archive/cite/people/gulnara-testova.json', download: 'people-gulnara-testova.csl.json' },
		});
	});
});

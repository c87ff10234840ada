import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../src/core/quotes.ts';
import type { ArchiveRecord } from '../../src/core/records.ts';
import { at, day, inferred, link, month, source, year } from './core-fixture.ts';
import { fixtureArchive, recordIn } from './test-utils.ts';

const archive = fixtureArchive('core-archive');
const person = (id: string) => archive.views.people(recordIn(archive, 'people', id));
/** The accounts a person's page lists, each kind as links. */
const linksOf = (t: ReturnType<typeof person>['testimonies']) => ({ given: t.given.links, about: t.about.links, mentioning: t.mentioning.links });

describe('the page of a person', () => {
	const view = person('aidarbek-testov');

	it('heads the page with the name, the roles and the way back to the index', () => {
		const { page } = view;
		expect(page.record).toBe(recordIn(archive, 'people', 'aidarbek-testov'));
		expect(page.title).toBe('Aidarbek Testov');
		// The record's summary, as plain text.
		expect(page.description).toBe('Aidarbek Testov is a farmer from Mockville who was held in Mockville Camp No. 1 in 2018.');
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
			// The Cyrillic spelling is met in the report's last paragraph.
			{ name: 'Айдарбек Тестов', lang: 'kk', sources: [source.report] },
		]);
	});

	it('shows each claim once with all its sources, and says where the sources differ', () => {
		expect(view.claims).toEqual([
			{
				label: 'Ethnicity',
				// "Fictic" and "fictic" are the same answer: one line, as the first source writes it, with both sources.
				differ: false,
				claims: [{ value: 'Fictic', inferred: false, note: undefined, sources: [at(source.interview, 'a Fictic farmer aged 41'), at(source.report, 'an ethnic Fictic man')] }],
			},
			{ label: 'Citizenship or status', differ: false, claims: [] },
			{
				label: 'Age',
				differ: true,
				claims: [
					{ value: '41', inferred: false, note: undefined, sources: [at(source.interview, 'aged 41')] },
					{ value: '42', inferred: false, note: 'In January 2020.', sources: [at(source.report, 'Aydarbek Testow, 42')] },
				],
			},
			{ label: 'Occupation', differ: false, claims: [{ value: 'farmer', inferred: false, note: undefined, sources: [at(source.interview, 'a Fictic farmer')] }] },
			// No quote: the source link opens the source at its top.
			{ label: 'Identity', differ: false, claims: [{ value: 'Aydarbek Testow in the Testwatch report', inferred: true, note: 'Same town, same camp, same months.', sources: [source.report] }] },
		]);
	});

	it('keeps apart the same value when one source states it and the archive infers it from another', () => {
		const archive = fixtureArchive('core-archive', {
			edit: (records) =>
				records.map((r) => {
					if (r.collection !== 'people' || r.id !== 'aidarbek-testov') return r;
					const occupation = [
						...r.data.occupation,
						{ value: 'Farmer', source: { collection: 'sources', id: 'testwatch-report' }, inferred: true, note: 'The report says he worked the land.' },
					];
					return { ...r, data: { ...r.data, occupation } } as ArchiveRecord;
				}),
		});
		expect(archive.views.people(recordIn(archive, 'people', 'aidarbek-testov')).claims[3]).toEqual({
			label: 'Occupation',
			differ: false,
			claims: [
				{ value: 'farmer', inferred: false, note: undefined, sources: [at(source.interview, 'a Fictic farmer')] },
				{ value: 'Farmer', inferred: true, note: 'The report says he worked the land.', sources: [source.report] },
			],
		});
	});

	it('links his relatives, with the passage that names them', () => {
		expect(view.relations).toEqual([{ relation: 'sister', person: link.gulnara, source: at(source.interview, 'My sister Gulnara Testova') }]);
		expect(view.namedIn.links).toEqual([]);
	});

	it('lists his detentions by place, with their start, end and duration as each source gives them', () => {
		expect(view.detentions).toEqual([
			{
				camp: link.camp1,
				accounts: [
					{
						// The quote gives neither date: both are the archive's, inferred, with their basis.
						start: inferred(day('2018-03-05'), 'the interview says he was taken from his home on 5 March 2018'),
						end: inferred(month('2018-11'), 'his sister writes that he came home in November 2018'),
						duration: 'eight months',
						durationReading: undefined,
						note: undefined,
						source: at(source.interview, 'I was there for eight months.'),
					},
				],
			},
		]);
	});

	it('names each place of detention once, with every account of the time there', () => {
		const report = { collection: 'sources', id: 'testwatch-report' };
		const archive = fixtureArchive('core-archive', {
			edit: (records) =>
				records.map((r) => {
					if (r.collection !== 'people' || r.id !== 'aidarbek-testov') return r;
					const detentions = [
						...r.data.detentions,
						// Accounts the fixture does not have: another place, then the report's account of the first.
						{ camp: { collection: 'camps', id: '7th-street-detention-centre' }, source: report, quote: 'Aidarbek Testov remembers Mirza Mockov' },
						{
							camp: { collection: 'camps', id: 'mockville-camp-no-1' },
							start: { value: '2018-03', precision: 'month', inferred: false },
							end: { value: '2018-11', precision: 'month', inferred: false },
							duration: 'from March to November 2018',
							durationReading: 'about eight months',
							note: 'The report names the camp Camp Number One.',
							source: report,
							quote: 'He said he was held in the camp known as Camp Number One from March to November 2018.',
						},
					];
					return { ...r, data: { ...r.data, detentions } } as ArchiveRecord;
				}),
		});
		const { detentions } = archive.views.people(recordIn(archive, 'people', 'aidarbek-testov'));
		expect(detentions.map((d) => [d.camp, d.accounts.map((a) => a.source)])).toEqual([
			[link.camp1, [at(source.interview, 'I was there for eight months.'), at(source.report, 'He said he was held in the camp known as Camp Number One from March to November 2018.')]],
			[link.seventh, [at(source.report, 'Aidarbek Testov remembers Mirza Mockov')]],
		]);
		expect(detentions[0].accounts[1]).toEqual({
			start: month('2018-03'),
			end: month('2018-11'),
			duration: 'from March to November 2018',
			durationReading: 'about eight months',
			note: 'The report names the camp Camp Number One.',
			source: at(source.report, 'He said he was held in the camp known as Camp Number One from March to November 2018.'),
		});
	});

	it('sorts the testimonies he gave, those about him and those that mention him by name', () => {
		expect(linksOf(view.testimonies)).toEqual({
			given: [link.testimonyAidarbek],
			// By name, though Gulnara Testova's comes first by file name.
			about: [link.testimonyAidarbek, link.testimonyGulnara],
			mentioning: [link.testimonyMirza],
		});
	});

	it('lists his events, his detentions’ and those of the accounts about him in time order, equal dates in record order', () => {
		expect(view.events).toEqual([
			// 5 March 2018: his own event, then his detention, then the accounts about him.
			{ date: day('2018-03-05'), text: 'Taken from his home in Mockville.', records: [], source: at(source.interview, 'was taken from his home in Mockville on 5 March 2018') },
			{ date: inferred(day('2018-03-05'), 'the interview says he was taken from his home on 5 March 2018'), text: 'Detention began.', records: [link.camp1], source: at(source.interview, 'I was there for eight months.') },
			{
				date: day('2018-03-05'),
				text: 'Taken to Mockville Camp No. 1.',
				records: [link.testimonyAidarbek],
				source: at(source.interview, 'Aidarbek Testov, a Fictic farmer aged 41, was taken from his home in Mockville on 5 March 2018.'),
			},
			{ date: inferred(month('2018-11'), 'his sister writes that he came home in November 2018'), text: 'Detention ended.', records: [link.camp1], source: at(source.interview, 'I was there for eight months.') },
			{ date: month('2018-11'), text: 'Came home to his sister.', records: [link.testimonyGulnara], source: at(source.letter, 'My brother Aidarbek Testov came home in November 2018.') },
			{ date: month('2019-01'), text: 'Left Fictistan.', records: [], source: at(source.interview, 'left Fictistan in January 2019') },
		]);
	});

	it('tells a happening once when his record and an account about him tell it from the same passage', () => {
		const archive = fixtureArchive('core-archive', {
			edit: (records) =>
				records.map((r) => {
					if (r.collection !== 'people' || r.id !== 'aidarbek-testov') return r;
					const event = { date: { value: '2018-11', precision: 'month', inferred: false }, text: 'Came home.', source: { collection: 'sources', id: 'exampleland-letter' }, quote: 'My brother Aidarbek Testov came home in November 2018.' };
					return { ...r, data: { ...r.data, events: [...r.data.events, event] } } as ArchiveRecord;
				}),
		});
		const events = archive.views.people(recordIn(archive, 'people', 'aidarbek-testov')).events;
		expect(events.filter((e) => e.source.href.startsWith(link.letter.href))).toEqual([
			// The fuller wording, and the account that tells it too.
			{ date: month('2018-11'), text: 'Came home to his sister.', records: [link.testimonyGulnara], source: at(source.letter, 'My brother Aidarbek Testov came home in November 2018.') },
		]);
		expect(events).toHaveLength(6);
	});

	it('lists the sources that name him, then those it cites', () => {
		expect(view.sources.links).toEqual([link.letter, link.interview, link.report]);
	});

	it('tells search engines his other names and the accounts about him, each once', () => {
		expect(view.page.jsonLd).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Person',
			name: 'Aidarbek Testov',
			alternateName: ['Aydarbek Testow', 'Айдарбек Тестов'],
			description: 'Aidarbek Testov is a farmer from Mockville who was held in Mockville Camp No. 1 in 2018.',
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
		expect(person('gulnara-testova').namedIn.links).toEqual([link.aidarbek]);
	});

	it('puts a year before the months within it', () => {
		const camp = link.seventh;
		expect(person('mirza-mockov').events).toEqual([
			{ date: year('2018', 'early'), text: 'Detention began.', records: [camp], source: at(source.report, 'Mirza Mockov was held at the 7th Street Detention Centre in early 2018.') },
			{ date: month('2018-02'), text: 'Questioned about his travels.', records: [], source: at(source.report, 'In February 2018 he was questioned about his travels.') },
			// Two events from one passage, but not one happening: their dates differ.
			{ date: inferred(month('2018-06'), 'the report says he was released in June 2018'), text: 'Detention ended.', records: [camp], source: at(source.report, 'Mirza Mockov was held at the 7th Street Detention Centre in early 2018.') },
		]);
	});

	it('lists a detention with no end as it is written', () => {
		expect(person('mirza-mockov').detentions).toEqual([
			{
				camp: link.seventh,
				accounts: [
					{
						start: year('2018', 'early'),
						end: inferred(month('2018-06'), 'the report says he was released in June 2018'),
						duration: undefined,
						durationReading: undefined,
						note: undefined,
						source: at(source.report, 'Mirza Mockov was held at the 7th Street Detention Centre in early 2018.'),
					},
				],
			},
		]);
	});

	it('shows an unnamed person as unnamed, known only from the source that describes him', () => {
		const view = person('mockville-camp-guard');
		expect(view.named).toBe(false);
		expect(view.page.title).toBe('Guard at Mockville Camp No. 1 (not named)');
		expect(linksOf(view.testimonies)).toEqual({ given: [], about: [], mentioning: [] });
		expect(view.sources.links).toEqual([link.interview]);
		expect(view.claims.find((c) => c.label === 'Occupation')).toEqual({ label: 'Occupation', differ: false, claims: [{ value: 'Guard', inferred: false, note: undefined, sources: [at(source.interview, 'A guard told me')] }] });
	});

	it('counts a reporter’s accounts as mentioning her', () => {
		expect(linksOf(person('vera-exampleva').testimonies)).toEqual({ given: [], about: [], mentioning: [link.testimonyAidarbek] });
	});
});

describe('a person’s page on a site built under a sub-path', () => {
	const based = fixtureArchive('core-archive', { base: '/archive/' });
	const view = based.views.people(recordIn(based, 'people', 'gulnara-testova'));

	it('links everything under the sub-path, and gives absolute addresses with it', () => {
		expect(view.namedIn.links).toEqual([{ href: '/archive/people/aidarbek-testov/', title: 'Aidarbek Testov' }]);
		expect(view.testimonies.given.links).toEqual([{ href: '/archive/testimonies/gulnara-testova-on-her-brother/', title: 'Gulnara Testova on her brother’s return' }]);
		expect(view.claims[1]).toEqual({
			label: 'Citizenship or status',
			differ: false,
			claims: [
				{
					value: 'Resident of Exampleland',
					inferred: false,
					note: undefined,
					sources: [
						{
							href: `/archive/sources/exampleland-letter/#${quoteAnchor('I have lived in Exampleland since 2016.')}`,
							title: 'A letter from Exampleland',
							publisher: 'Exampleland Post',
							date: '2019',
						},
					],
				},
			],
		});
		expect(view.sources.links).toEqual([
			{ href: '/archive/sources/herald-interview/', title: link.interview.title },
			{ href: '/archive/sources/exampleland-letter/', title: 'A letter from Exampleland' },
		]);
		expect(view.page.back).toEqual([{ href: '/archive/people/', title: 'All people' }]);
		expect(view.page.jsonLd).toMatchObject({ url: 'https://archive.test/archive/people/gulnara-testova/', subjectOf: [{ '@type': 'CreativeWork', url: 'https://archive.test/archive/testimonies/gulnara-testova-on-her-brother/' }] });
	});

	it('cites the page at its address under the sub-path', () => {
		expect(view.page.citation).toEqual({
			permalink: 'https://archive.test/archive/people/gulnara-testova/',
			fromRoot: false,
			changed: undefined,
			text:
				'“Gulnara Testova.” Person record, Xinjiang Detention Testimony Archive, n.d. https://archive.test/archive/people/gulnara-testova/. ' +
				'Based on: Vera Exampleva, ““They counted us every morning”: a former detainee remembers Mockville Camp No. 1,” Fictistan Herald, 10 April 2019, https://herald.example/2019/04/mockville-camp/; ' +
				'Gulnara Testova, “A letter from Exampleland,” Exampleland Post, 2019, https://post.example/letters/testova_2019/.',
			bibtex: expect.stringMatching(/^@misc\{people:gulnara-testova,\n/),
			csl: { href: '/archive/cite/people/gulnara-testova.json', download: 'people-gulnara-testova.csl.json' },
		});
	});
});

import { describe, expect, it } from 'vitest';
import type { ArchiveRecord } from '../../src/core/records.ts';
import { checkFixture, fixtureArchive, fixtureRecords, recordIn } from './test-utils.ts';

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe('the core fixture archive', () => {
	it('passes the check with no error and no warning', () => {
		expect(checkFixture('core-archive').problems).toEqual([]);
	});

	it('holds the records of each kind in the order of their file names', () => {
		const archive = fixtureArchive('core-archive');
		expect(ids(archive.of('sources'))).toEqual(['exampleland-letter', 'herald-interview', 'testwatch-report']);
		expect(ids(archive.of('testimonies'))).toEqual(['gulnara-testova-on-her-brother', 'mirza-mockov-7th-street', 'testov-mockville-camp']);
		expect(ids(archive.of('people'))).toEqual(['aidarbek-testov', 'gulnara-testova', 'mirza-mockov', 'mockville-camp-guard', 'vera-exampleva']);
		expect(ids(archive.of('camps'))).toEqual(['7th-street-detention-centre', 'mockville-camp-no-1']);
		expect(ids(archive.of('places'))).toEqual(['fictistan', 'mockville', 'north-testovia']);
		// "-" sorts before ".": testwatch-international.md comes before testwatch.md.
		expect(ids(archive.of('organizations'))).toEqual(['testwatch-international', 'testwatch']);
	});

	it('is refused, with every error listed, when a fixture does not pass the check', () => {
		expect(() => fixtureArchive('broken/bad-file-name')).toThrow(/does not pass the check:\ncontent\/people\/Kairat_Samarkan\.md:\d+ — /);
	});

	it('throws on a relation to a record it does not hold', () => {
		const archive = fixtureArchive('core-archive');
		expect(() => archive.get({ collection: 'people', id: 'nobody' })).toThrow('Missing record people/nobody');
	});
});

describe('records as they may be published', () => {
	const archive = fixtureArchive('withheld');

	it('shows a withheld person only under the public name, without spellings or the reason', () => {
		const person = recordIn(archive, 'people', 'witness-a');
		expect(person.data.name).toBe('Witness A');
		expect(person.data.aliases).toEqual([]);
		expect(person.data.named).toBe(false);
		expect(person.data.roles).toEqual(['former-detainee', 'witness']);
		expect('withhold' in person.data).toBe(false);
		expect(person.body.trim()).toBe('Witness A is a teacher who spoke to the reporter about eleven months in a camp.');
	});

	it('drops a withheld location, and the reason for withholding it', () => {
		const camp = recordIn(archive, 'camps', 'school-camp');
		expect(camp.data.location).toBeUndefined();
		expect('withholdLocation' in camp.data).toBe(false);
		expect(camp.data.name).toBe('Camp in a village school (not named)');
		expect(camp.body.trim()).toBe('A school turned into a camp, where Witness A says she was held at [location withheld].');
	});

	it('replaces withheld values in the fields and texts of other records', () => {
		const testimony = recordIn(archive, 'testimonies', 'witness-a-eleven-months');
		expect(testimony.data.title).toBe('Witness A: eleven months in a school turned into a camp');
		expect(testimony.body.trim()).toBe(
			"Witness A, also written Witness A, told the reporter she was held for eleven months at [location withheld], and made to sing every morning.\n\nThe guards called her **Witness A**, or Witness A on their lists; the reporter's notes write Witness A, Witness A and Witness A.",
		);
		const source = recordIn(archive, 'sources', 'teacher-named');
		// The spelling the source gives of her name is hers too, and goes with it.
		expect(source.body.trim()).toBe('Witness A, a teacher from a village in the north, says she was held for eleven months.\n\nHer name is also written Witness A.');
		expect(source.data.title).toBe('A Teacher Named in Full');
	});

	it('leaves texts without a withheld value as they are', () => {
		const source = recordIn(archive, 'sources', 'village-teacher');
		expect(source.body).toBe(fixtureRecords('withheld').find((r) => r.id === 'village-teacher')!.body);
	});

	it('keeps every relation pointing at the same record', () => {
		const testimony = recordIn(archive, 'testimonies', 'witness-a-eleven-months');
		expect(testimony.data.witness).toEqual({ collection: 'people', id: 'witness-a' });
		expect(testimony.data.subjects).toEqual([{ collection: 'people', id: 'witness-a' }]);
		expect(testimony.data.camps).toEqual([{ collection: 'camps', id: 'school-camp' }]);
		expect(testimony.data.quotes[0].speaker).toEqual({ collection: 'people', id: 'witness-a' });
	});

	it('never rewrites a relation id, even one that is also a withheld spelling', () => {
		// The withheld person is also spelled "north": the id of the place `north` must not change.
		const edited = fixtureArchive('withheld', {
			edit: (records) =>
				records.map((r) => (r.collection === 'people' && r.id === 'witness-a' ? ({ ...r, data: { ...r.data, aliases: [...r.data.aliases, { name: 'north' }] } } as ArchiveRecord) : r)),
		});
		expect(edited.withheldValues).toContain('north');
		const testimony = recordIn(edited, 'testimonies', 'witness-a-eleven-months');
		expect(testimony.data.places).toEqual([{ collection: 'places', id: 'north' }]);
		expect(ids(edited.of('places'))).toEqual(['north']);
		expect(recordIn(edited, 'places', 'north').data.name).toBe('Northern district');
		// The word itself is replaced in text.
		expect(recordIn(edited, 'sources', 'village-teacher').body).toContain('A teacher from a village in the Witness A says');
	});

	it('leaves the records it was given as they were written', () => {
		const records = fixtureRecords('withheld');
		fixtureArchive('withheld', { edit: () => records });
		const person = records.find((r) => r.id === 'witness-a')!;
		expect(person.data).toMatchObject({ name: 'Secretname Hiddenova', withhold: { publicName: 'Witness A' } });
	});

	it('lists the withheld values, longest first, for the scan of the built site', () => {
		expect(archive.withheldValues).toEqual(['No. 14 Hidden Lane, Secretvillage', 'Sekretname Khiddenova', 'Secretname Hiddenova']);
		expect(fixtureArchive('core-archive').withheldValues).toEqual([]);
	});

	it('offers a raw capture for download only when it names no withheld value', () => {
		expect(archive.captureOffered(recordIn(archive, 'sources', 'teacher-named'))).toBe(false);
		expect(archive.captureOffered(recordIn(archive, 'sources', 'village-teacher'))).toBe(true);
		const core = fixtureArchive('core-archive');
		for (const source of core.of('sources')) expect(core.captureOffered(source), source.id).toBe(true);
	});

	it('links no withheld name and no unnamed record in texts', () => {
		expect(archive.nameTargets).toEqual([
			{ name: 'Northern district', href: '/places/north/', key: 'places/north' },
			{ name: 'Example Monitor', href: '/organizations/example-monitor/', key: 'organizations/example-monitor' },
		]);
	});
});

describe('how the records refer to one another', () => {
	const archive = fixtureArchive('core-archive');

	it('finds the records that refer to a record, in record order', () => {
		expect(ids(archive.referrers('people/aidarbek-testov', 'testimonies'))).toEqual(['gulnara-testova-on-her-brother', 'mirza-mockov-7th-street', 'testov-mockville-camp']);
		expect(ids(archive.referrers('people/mockville-camp-guard', 'camps'))).toEqual(['mockville-camp-no-1']);
		expect(ids(archive.referrers('sources/herald-interview', 'sources'))).toEqual(['testwatch-report']);
		expect(ids(archive.referrers('places/mockville', 'testimonies'))).toEqual(['mirza-mockov-7th-street', 'testov-mockville-camp']);
		expect(archive.referrers('people/vera-exampleva', 'camps')).toEqual([]);
	});

	it('finds only the referrers through the fields asked for', () => {
		expect(ids(archive.referrers('people/aidarbek-testov', 'testimonies', ['witness']))).toEqual(['testov-mockville-camp']);
		expect(ids(archive.referrers('people/aidarbek-testov', 'testimonies', ['subjects']))).toEqual(['gulnara-testova-on-her-brother', 'testov-mockville-camp']);
		// He speaks in a quote of Mirza Mockov's account, and in the quotes of his own.
		expect(ids(archive.referrers('people/aidarbek-testov', 'testimonies', ['quotes']))).toEqual(['mirza-mockov-7th-street', 'testov-mockville-camp']);
		expect(ids(archive.referrers('people/gulnara-testova', 'people', ['relations']))).toEqual(['aidarbek-testov']);
		expect(ids(archive.referrers('organizations/testwatch-international', 'organizations', ['distinctFrom']))).toEqual(['testwatch']);
		expect(archive.referrers('people/gulnara-testova', 'people', ['detentions'])).toEqual([]);
	});

	it('lists the sources a record cites, in the order it first cites them', () => {
		const cited = (collection: ArchiveRecord['collection'], id: string) => [...archive.citedSources({ collection, id })];
		// The testimony cites the report in its durations before the interview in its events.
		expect(cited('testimonies', 'testov-mockville-camp')).toEqual(['testwatch-report', 'herald-interview']);
		expect(cited('people', 'gulnara-testova')).toEqual(['exampleland-letter']);
		expect(cited('places', 'north-testovia')).toEqual(['herald-interview']);
		expect(cited('places', 'mockville')).toEqual([]);
		expect(cited('sources', 'testwatch-report')).toEqual(['herald-interview']);
	});

	it('gives the sources whose text mentions a record, then those it cites', () => {
		const sources = (collection: ArchiveRecord['collection'], id: string) => ids(archive.sourcesFor({ collection, id }));
		// Named in all three texts, the letter first in file order.
		expect(sources('people', 'aidarbek-testov')).toEqual(['exampleland-letter', 'herald-interview', 'testwatch-report']);
		// Named in the interview; cites the letter, which does not name her.
		expect(sources('people', 'gulnara-testova')).toEqual(['herald-interview', 'exampleland-letter']);
		// Named in the report; cites the interview, which names it only in its standfirst.
		expect(sources('places', 'north-testovia')).toEqual(['testwatch-report', 'herald-interview']);
		// Unnamed: no text can mention him; he is known from the source he is cited from.
		expect(sources('people', 'mockville-camp-guard')).toEqual(['herald-interview']);
		// "Testwatch International" in the interview and the letter is the other organisation.
		expect(sources('organizations', 'testwatch')).toEqual(['testwatch-report']);
		expect(sources('organizations', 'testwatch-international')).toEqual(['exampleland-letter', 'herald-interview', 'testwatch-report']);
		// Named by its alias "Camp Number One" in the report.
		expect(sources('camps', 'mockville-camp-no-1')).toEqual(['herald-interview', 'testwatch-report']);
		expect(sources('places', 'mockville')).toEqual(['herald-interview', 'testwatch-report']);
		expect(sources('places', 'fictistan')).toEqual(['herald-interview']);
	});

	it('gives the passages quoted from each source, record by record and field by field, nested ones included', () => {
		expect(archive.quotesFrom('herald-interview')).toEqual([
			'Aidarbek Testov, a Fictic farmer aged 41, was taken from his home in Mockville on 5 March 2018.',
			'Aidarbek Testov: The police came at night.',
			'The police came at night. They counted us every morning, and they counted us again at night. I was there for eight months.',
			'They counted us every morning',
			'aged 41',
			'a Fictic farmer aged 41',
			'aged 41',
			'a Fictic farmer',
			'My sister Gulnara Testova',
			'I was there for eight months.',
			'was taken from his home in Mockville on 5 March 2018',
			'left Fictistan in January 2019',
			'A guard told me',
			'which stands on the road north of Mockville',
			'A guard told me that three thousand people were held in the camp in the spring of 2018.',
		]);
		expect(archive.quotesFrom('testwatch-report')).toEqual([
			'“We were made to stand in the yard for hours,” he said.',
			'He shared his bread with everyone.',
			'He said he was held in the camp known as Camp Number One from March to November 2018.',
			'Aydarbek Testow, 42',
			'an ethnic Fictic man',
			'Aydarbek Testow, 42',
			'Mirza Mockov was held at the 7th Street Detention Centre in early 2018.',
			'In February 2018 he was questioned about his travels.',
			'The 7th Street Detention Centre has 40 cells.',
			'Camp Number One held about 5,000 people in March 2019, according to satellite images.',
			'the two groups split in 2015',
		]);
		expect(archive.quotesFrom('exampleland-letter')).toEqual([
			'My brother Aidarbek Testov came home in November 2018.',
			'He was thin and he did not speak for a week.',
			'I wrote to Testwatch International every week while he was held.',
			'I have lived in Exampleland since 2016.',
		]);
		expect(archive.quotesFrom('no-such-source')).toEqual([]);
	});

	it('hands out a fresh list of passages each time', () => {
		archive.quotesFrom('exampleland-letter').push('changed by a caller');
		expect(archive.quotesFrom('exampleland-letter')).toHaveLength(4);
	});

	it('links every name and spelling of the named records, and none of an unnamed one', () => {
		expect(archive.nameTargets).toEqual([
			{ name: 'Aidarbek Testov', href: '/people/aidarbek-testov/', key: 'people/aidarbek-testov' },
			{ name: 'Aydarbek Testow', href: '/people/aidarbek-testov/', key: 'people/aidarbek-testov' },
			{ name: 'Aydarbek Testow', href: '/people/aidarbek-testov/', key: 'people/aidarbek-testov' },
			{ name: 'Айдарбек Тестов', href: '/people/aidarbek-testov/', key: 'people/aidarbek-testov' },
			{ name: 'Gulnara Testova', href: '/people/gulnara-testova/', key: 'people/gulnara-testova' },
			{ name: 'Mirza Mockov', href: '/people/mirza-mockov/', key: 'people/mirza-mockov' },
			{ name: 'Vera Exampleva', href: '/people/vera-exampleva/', key: 'people/vera-exampleva' },
			{ name: '7th Street Detention Centre', href: '/camps/7th-street-detention-centre/', key: 'camps/7th-street-detention-centre' },
			{ name: 'Mockville Camp No. 1', href: '/camps/mockville-camp-no-1/', key: 'camps/mockville-camp-no-1' },
			{ name: 'Camp Number One', href: '/camps/mockville-camp-no-1/', key: 'camps/mockville-camp-no-1' },
			{ name: 'Fictistan', href: '/places/fictistan/', key: 'places/fictistan' },
			{ name: 'Mockville', href: '/places/mockville/', key: 'places/mockville' },
			{ name: 'Mokvil', href: '/places/mockville/', key: 'places/mockville' },
			{ name: 'North Testovia', href: '/places/north-testovia/', key: 'places/north-testovia' },
			{ name: 'Testwatch International', href: '/organizations/testwatch-international/', key: 'organizations/testwatch-international' },
			{ name: 'Testwatch Internationale', href: '/organizations/testwatch-international/', key: 'organizations/testwatch-international' },
			{ name: 'Testwatch', href: '/organizations/testwatch/', key: 'organizations/testwatch' },
		]);
	});

	it('links names under the base path the site is built with', () => {
		const based = fixtureArchive('core-archive', { base: '/archive/' });
		expect(based.nameTargets.find((t) => t.name === 'Camp Number One')).toEqual({ name: 'Camp Number One', href: '/archive/camps/mockville-camp-no-1/', key: 'camps/mockville-camp-no-1' });
	});
});

import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../src/core/quotes.ts';
import { passageBacklinks } from '../../src/core/views/source.ts';
import { at, day, interviewTitle, link, month, source, year } from './core-fixture.ts';
import { fixtureArchive, recordIn } from './test-utils.ts';

const archive = fixtureArchive('core-archive');
/** The records drawn from a source, kind by kind, as links. */
const drawnLinks = (view: { drawn: { label: string; records: { links: unknown[] } }[] }) => view.drawn.map((g) => ({ label: g.label, records: g.records.links }));

describe('the page of a testimony', () => {
	const view = archive.views.testimonies(recordIn(archive, 'testimonies', 'testov-mockville-camp'));

	it('heads the page with the title and the kind of account', () => {
		const { page } = view;
		expect(page.title).toBe('Aidarbek Testov: eight months in Mockville Camp No. 1');
		// The record's summary, as plain text.
		expect(page.description).toBe('Aidarbek Testov, a farmer from Mockville, tells the Fictistan Herald how he was held in Mockville Camp No. 1 from March to November 2018.');
		expect(page.kind).toBe('Testimony');
		expect(page.kindLine).toBe('Testimony · First-hand account');
		expect(page.heading).toEqual({ text: 'Aidarbek Testov: eight months in Mockville Camp No. 1' });
		expect(page.jsonLd).toBeUndefined();
		expect(page.back).toEqual([
			{ href: '/testimonies/', title: 'All testimonies' },
			{ href: '/timeline/', title: 'Timeline' },
		]);
		expect(view.contentWarning).toBeUndefined();
	});

	it('links the people, camps, places and organisations of the account', () => {
		expect(view.witness).toEqual(link.aidarbek);
		expect(view.subjects).toEqual([link.aidarbek]);
		expect(view.reporter).toEqual(link.vera);
		expect(view.camps).toEqual([link.camp1]);
		expect(view.places).toEqual([link.mockville, link.northTestovia]);
		expect(view.organizations).toEqual([link.twi]);
		expect(view.experiences).toEqual(['Arrest', 'Detention in camp', 'Political indoctrination', 'Release']);
		expect(view.period).toEqual({ start: day('2018-03-05'), end: month('2018-11') });
	});

	it('opens each source at the passage a quote, duration, event or claim is taken from', () => {
		expect(view.quotes).toEqual([
			{ text: 'Aidarbek Testov: The police came at night.', speaker: link.aidarbek, source: at(source.interview, 'Aidarbek Testov: The police came at night.') },
			{
				text: 'The police came at night. They counted us every morning, and they counted us again at night. I was there for eight months.',
				speaker: link.aidarbek,
				source: at(source.interview, 'The police came at night. They counted us every morning, and they counted us again at night. I was there for eight months.'),
			},
			{ text: 'They counted us every morning', speaker: link.aidarbek, source: at(source.interview, 'They counted us every morning') },
		]);
		expect(view.durations).toEqual([
			{ text: 'from March to November 2018', reading: undefined, of: 'detention in Camp Number One', source: at(source.report, 'He said he was held in the camp known as Camp Number One from March to November 2018.') },
		]);
		expect(view.events).toEqual([
			{ date: day('2018-03-05'), text: 'Taken to Mockville Camp No. 1.', records: [], source: at(source.interview, 'Aidarbek Testov, a Fictic farmer aged 41, was taken from his home in Mockville on 5 March 2018.') },
		]);
		expect(view.disagreements).toEqual([
			{
				topic: 'Age',
				note: 'The interview and the report are ten months apart.',
				claims: [
					{ value: '41', inferred: false, note: undefined, quote: 'aged 41', source: at(source.interview, 'aged 41') },
					{ value: '42', inferred: false, note: undefined, quote: 'Aydarbek Testow, 42', source: at(source.report, 'Aydarbek Testow, 42') },
				],
			},
		]);
	});

	it('lists its own sources in the order it cites them', () => {
		expect(view.sources).toEqual([source.report, source.interview]);
	});

	it('is in the text search, with its filters', () => {
		expect(view.page.search).toEqual({
			filters: {
				// The witness is also the subject; the page shows each filter value once.
				person: ['Aidarbek Testov', 'Aidarbek Testov'],
				camp: ['Mockville Camp No. 1'],
				place: ['Mockville', 'North Testovia'],
				source: ['The camps of North Testovia', interviewTitle],
				experience: ['Arrest', 'Detention in camp', 'Political indoctrination', 'Release'],
				year: ['2018', '2018', '2018'],
			},
		});
	});

	it('words the content warnings and the kind of a reported account for a reader', () => {
		const mirza = archive.views.testimonies(recordIn(archive, 'testimonies', 'mirza-mockov-7th-street'));
		expect(mirza.contentWarning).toBe('torture and violence');
		expect(mirza.period).toEqual({ start: year('2018', 'early'), end: month('2018-06') });
		expect(mirza.quotes[1]).toEqual({ text: 'He shared his bread with everyone.', speaker: link.aidarbek, source: at(source.report, 'He shared his bread with everyone.') });
		const gulnara = archive.views.testimonies(recordIn(archive, 'testimonies', 'gulnara-testova-on-her-brother'));
		expect(gulnara.page.kindLine).toBe('Testimony · Reported account');
		expect(gulnara.reporter).toBeUndefined();
	});
});

describe('the links back from a source’s passages', () => {
	it('names, for each passage, every record that quotes it, once, a testimony by whom it is about', () => {
		const links = passageBacklinks(archive, 'herald-interview');
		// Quoted by the testimony (where the sources differ on his age) and by the person (his age).
		expect(links.get('aged 41')).toEqual([{ href: link.testimonyAidarbek.href, title: 'testimony about Aidarbek Testov' }, link.aidarbek]);
		expect(links.get('which stands on the road north of Mockville')).toEqual([link.camp1]);
		expect(passageBacklinks(archive, 'no-such-source').size).toBe(0);
		// A record that quotes a passage in two fields is named once.
		const twice = fixtureArchive('core-archive', {
			edit: (records) => records.map((r) => (r.collection === 'people' && r.id === 'mockville-camp-guard' ? ({ ...r, data: { ...r.data, occupation: [...r.data.occupation, { ...r.data.occupation[0], value: 'Camp guard' }] } } as typeof r) : r)),
		});
		expect(passageBacklinks(twice, 'herald-interview').get('A guard told me')).toEqual([link.guard]);
	});
});

describe('the page of a source', () => {
	const view = archive.views.sources(recordIn(archive, 'sources', 'herald-interview'));

	it('heads the page with the headline, the standfirst and the publisher', () => {
		const { page } = view;
		expect(page.title).toBe(interviewTitle);
		expect(page.description).toBe('Aidarbek Testov spent eight months in a camp in North Testovia, in the north of Fictistan.');
		expect(page.kind).toBe('Source');
		expect(page.kindLine).toBe('Source · Fictistan Herald');
		expect(page.heading).toEqual({ text: interviewTitle, weight: 5 });
		expect(page.back).toEqual([{ href: '/sources/', title: 'All sources' }]);
		expect(page.search).toEqual({ filters: { source: [interviewTitle], year: ['2019'] } });
	});

	it('marks a passage quoted from the headline, with its anchor', () => {
		expect(view.title).toEqual([
			{ text: '“', marked: false },
			{ text: 'They counted us every morning', anchor: quoteAnchor('They counted us every morning'), marked: true },
			{ text: '”: a former detainee remembers Mockville Camp No. 1', marked: false },
		]);
		expect(view.standfirst).toEqual([{ text: 'Aidarbek Testov spent eight months in a camp in North Testovia, in the north of Fictistan.', marked: false }]);
	});

	it('says who wrote it, when, and how the date is known', () => {
		expect(view.byline).toBe('Vera Exampleva');
		expect(view.authors).toEqual([link.vera]);
		expect(view.publisher).toBe('Fictistan Herald');
		expect(view.originalPublisher).toBeUndefined();
		expect(view.published).toEqual({ date: { value: '2019-04-10', precision: 'day', inferred: false, basis: undefined }, basis: 'as printed in the text', note: undefined });
		expect(view.url).toBe('https://herald.example/2019/04/mockville-camp/');
		expect(view.notes).toEqual(['An invented interview written for the unit tests: every name in it is fictional.']);
	});

	it('offers the raw capture for download under its own name', () => {
		expect(view.capture).toEqual({
			file: 'herald-interview.capture.txt',
			sha256: 'a42cbd59ae29dccf45468fd6040c68fbd530050cbc5eff3aceea3a203aea12d8',
			bytes: 878,
			encoding: 'utf-8',
			format: 'text',
			added: '2026-01-10',
			removed: [],
			download: { href: '/sources/herald-interview/herald-interview.capture.txt', name: 'herald-interview.capture.txt' },
		});
	});

	it('lists the records drawn from it, kind by kind, by name', () => {
		expect(drawnLinks(view)).toEqual([
			{ label: 'Testimonies', records: [link.testimonyAidarbek] },
			{ label: 'People', records: [link.aidarbek, link.guard, link.vera] },
			{ label: 'Camps', records: [link.camp1] },
			{ label: 'Places', records: [link.northTestovia] },
		]);
		const report = archive.views.sources(recordIn(archive, 'sources', 'testwatch-report'));
		expect(drawnLinks(report)).toEqual([
			{ label: 'Testimonies', records: [link.testimonyAidarbek, link.testimonyMirza] },
			{ label: 'People', records: [link.aidarbek, link.mirza] },
			{ label: 'Camps', records: [link.seventh, link.camp1] },
			{ label: 'Organisations', records: [link.testwatch] },
		]);
	});

	it('describes a source without a standfirst by the start of its text, and links related sources', () => {
		const report = archive.views.sources(recordIn(archive, 'sources', 'testwatch-report'));
		// The heading gets a full stop; the text is cut at the last word that fits in 160 characters.
		expect(report.page.description).toBe('Mockville Camp No. 1. Testwatch interviewed Aydarbek Testow, 42, an ethnic Fictic man from Mockville in North Testovia, in January 2020. He said he was held in…');
		expect(report.standfirst).toBeUndefined();
		expect(report.title).toEqual([{ text: 'The camps of North Testovia', marked: false }]);
		expect(report.related).toEqual([{ source: link.interview, relation: 'Interviews the same man a year later' }]);
	});

	it('says when a date was inferred, and why, once: the date itself is marked inferred', () => {
		const letter = archive.views.sources(recordIn(archive, 'sources', 'exampleland-letter'));
		expect(letter.published).toEqual({
			date: { value: '2019', precision: 'year', inferred: true, basis: undefined, note: 'The letter is undated; the page was first archived in 2019.' },
			basis: undefined,
			note: 'The letter is undated; the page was first archived in 2019.',
		});
		expect(letter.authors).toEqual([link.gulnara]);
	});

	it('describes the source to search engines, with the SHA-256 of its capture', () => {
		expect(view.page.jsonLd).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Article',
			headline: interviewTitle,
			description: 'Aidarbek Testov spent eight months in a camp in North Testovia, in the north of Fictistan.',
			author: { '@type': 'Person', name: 'Vera Exampleva' },
			publisher: { '@type': 'Organization', name: 'Fictistan Herald' },
			datePublished: '2019-04-10',
			url: 'https://herald.example/2019/04/mockville-camp/',
			archivedAt: 'https://archive.test/sources/herald-interview/',
			identifier: { '@type': 'PropertyValue', propertyID: 'sha256', value: 'a42cbd59ae29dccf45468fd6040c68fbd530050cbc5eff3aceea3a203aea12d8' },
		});
	});

	it('offers a download under the sub-path the site is built with', () => {
		const based = fixtureArchive('core-archive', { base: '/archive/' });
		const letter = based.views.sources(recordIn(based, 'sources', 'exampleland-letter'));
		expect(letter.capture.download).toEqual({ href: '/archive/sources/exampleland-letter/exampleland-letter.capture.txt', name: 'exampleland-letter.capture.txt' });
		expect(drawnLinks(letter)).toEqual([
			{ label: 'Testimonies', records: [{ href: '/archive/testimonies/gulnara-testova-on-her-brother/', title: 'Gulnara Testova on her brother’s return' }] },
			{ label: 'People', records: [{ href: '/archive/people/gulnara-testova/', title: 'Gulnara Testova' }] },
		]);
	});
});

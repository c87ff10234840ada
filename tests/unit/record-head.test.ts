import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/core/settings.ts';
import { fixtureArchive, recordIn } from './test-utils.ts';

/** What a record page tells reference managers, search engines and link previews, and how it takes corrections. */

const changed = { 'sources/testwatch-report': '2024-06-30', 'people/gulnara-testova': '2024-11-02' };
const contact = readSettings({ ARCHIVE_CONTACT: 'mailto:corrections@archive.test' }).contact;

describe('the citation metadata of a record page', () => {
	const archive = fixtureArchive('core-archive', { changed, contact });

	it('gives Highwire Press and Dublin Core tags from the citation, with the archive as publisher and the day of the last change', () => {
		const { page } = archive.views.people(recordIn(archive, 'people', 'gulnara-testova'));
		const description = 'Gulnara Testova is the sister of Aidarbek Testov. She wrote to Testwatch International while he was held.';
		expect(page.description).toBe(description);
		expect(page.meta).toEqual([
			{ name: 'citation_title', content: 'Gulnara Testova' },
			{ name: 'citation_publication_date', content: '2024/11/02' },
			{ name: 'citation_publisher', content: 'Xinjiang Detention Testimony Archive' },
			{ name: 'citation_public_url', content: 'https://archive.test/people/gulnara-testova/' },
			{ name: 'citation_language', content: 'en' },
			{ name: 'DC.title', content: 'Gulnara Testova' },
			{ name: 'DC.publisher', content: 'Xinjiang Detention Testimony Archive' },
			{ name: 'DC.date', content: '2024-11-02' },
			{ name: 'DC.type', content: 'Text' },
			{ name: 'DC.format', content: 'text/html' },
			{ name: 'DC.language', content: 'en' },
			{ name: 'DC.identifier', content: 'https://archive.test/people/gulnara-testova/' },
			{ name: 'DC.description', content: description },
			{ name: 'DC.rights', content: 'Creative Commons Attribution 4.0 International (CC-BY-4.0), https://creativecommons.org/licenses/by/4.0/legalcode' },
			{ property: 'article:modified_time', content: '2024-11-02' },
		]);
	});

	it('names a source’s byline as its author', () => {
		const { page } = archive.views.sources(recordIn(archive, 'sources', 'testwatch-report'));
		expect(page.meta).toContainEqual({ name: 'citation_author', content: 'Testwatch researchers' });
		expect(page.meta).toContainEqual({ name: 'DC.creator', content: 'Testwatch researchers' });
		expect(page.meta).toContainEqual({ name: 'citation_publication_date', content: '2024/06/30' });
	});

	it('gives no date where the last change is not known, and no address where the site’s is not', () => {
		const unaddressed = fixtureArchive('core-archive', { site: null });
		const { page } = unaddressed.views.camps(recordIn(unaddressed, 'camps', 'mockville-camp-no-1'));
		const names = page.meta.map((tag) => ('name' in tag ? tag.name : tag.property));
		expect(names).not.toContain('citation_publication_date');
		expect(names).not.toContain('citation_public_url');
		expect(names).not.toContain('DC.identifier');
		expect(names).not.toContain('DC.date');
		expect(JSON.stringify(page.meta)).not.toMatch(/https?:\/\/(?!creativecommons)/);
		expect(page.citation).toMatchObject({ permalink: '/camps/mockville-camp-no-1/', fromRoot: true, changed: undefined });
	});
});

describe('the citation block and the correction link of a record page', () => {
	it('says the day the record was last changed', () => {
		const archive = fixtureArchive('core-archive', { changed, contact });
		const { page } = archive.views.people(recordIn(archive, 'people', 'gulnara-testova'));
		expect(page.citation).toMatchObject({ permalink: 'https://archive.test/people/gulnara-testova/', fromRoot: false, changed: '2 November 2024' });
		expect(page.citation.text).toContain('Person record, Xinjiang Detention Testimony Archive, last changed 2 November 2024. https://archive.test/people/gulnara-testova/.');
	});

	it('offers a report by e-mail, with the page’s title and permalink', () => {
		const archive = fixtureArchive('core-archive', { contact, base: '/archive/' });
		const { page } = archive.views.testimonies(recordIn(archive, 'testimonies', 'testov-mockville-camp'));
		expect(page.correction).toMatchObject({ to: 'corrections@archive.test', kind: 'email', prefilled: true });
		const body = new URL(page.correction.href).searchParams.get('body');
		expect(body).toContain('Page: Aidarbek Testov: eight months in Mockville Camp No. 1\r\nhttps://archive.test/archive/testimonies/testov-mockville-camp/\r\n');
	});

	it('leads to the about page when this copy has set no contact', () => {
		const archive = fixtureArchive('core-archive', { base: '/archive/' });
		const { page } = archive.views.places(recordIn(archive, 'places', 'mockville'));
		expect(page.correction).toEqual({ href: '/archive/about/#corrections' });
	});
});

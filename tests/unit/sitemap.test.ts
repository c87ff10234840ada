import { describe, expect, it } from 'vitest';
import { sitemapFiles, sitemapLimit, sitemapPaths } from '../../src/core/views/sitemap.ts';
import { fixtureArchive } from './test-utils.ts';

const archive = fixtureArchive('core-archive');
const text = (file: { pieces: () => Iterable<string> }) => [...file.pieces()].join('');

/** Every page of the fixture's site, in the order the sitemap gives them. */
const paths = [
	'/',
	'/testimonies/',
	'/people/',
	'/camps/',
	'/detentions/',
	'/places/',
	'/map/',
	'/organizations/',
	'/sources/',
	'/timeline/',
	'/data/',
	'/about/',
	'/search/',
	'/sources/exampleland-letter/',
	'/sources/herald-interview/',
	'/sources/testwatch-report/',
	'/testimonies/gulnara-testova-on-her-brother/',
	'/testimonies/mirza-mockov-7th-street/',
	'/testimonies/testov-mockville-camp/',
	'/people/aidarbek-testov/',
	'/people/gulnara-testova/',
	'/people/mirza-mockov/',
	'/people/mockville-camp-guard/',
	'/people/vera-exampleva/',
	'/camps/7th-street-detention-centre/',
	'/camps/mockville-camp-no-1/',
	'/places/fictistan/',
	'/places/mockville/',
	'/places/north-testovia/',
	'/organizations/testwatch-international/',
	'/organizations/testwatch/',
	// The pages of the lists: each role, the other orders of testimonies and detentions, each year.
	'/people/roles/former-detainee/',
	'/people/roles/relative-of-detainee/',
	'/people/roles/witness/',
	'/people/roles/activist/',
	'/people/roles/journalist/',
	'/people/roles/author/',
	'/people/roles/perpetrator/',
	'/testimonies/by-camp/',
	'/testimonies/a-z/',
	'/detentions/by-person/',
	'/timeline/2015/',
	'/timeline/2018/',
	'/timeline/2019/',
	'/timeline/2020/',
];

describe('the pages search engines know', () => {
	it('lists the home page, every section, the search page, every record and every page of every list, once each', () => {
		expect(sitemapPaths(archive)).toEqual(paths);
	});

	it('gives them under the sub-path the site is built with', () => {
		expect(sitemapPaths(fixtureArchive('core-archive', { base: '/archive/' }))).toEqual(paths.map((p) => `/archive${p}`));
	});

	it('writes one sitemap while the pages are no more than the protocol allows in one', () => {
		expect(sitemapLimit).toBe(50_000);
		const [only, ...rest] = sitemapFiles(archive);
		expect(rest).toEqual([]);
		expect(only.name).toBe('sitemap');
		expect(text(only)).toBe(
			`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths.map((p) => `  <url><loc>https://archive.test${p}</loc></url>\n`).join('')}</urlset>\n`,
		);
	});

	it('past the limit, makes sitemap.xml an index of sitemaps of at most so many pages each', () => {
		const files = sitemapFiles(archive, 20);
		expect(files.map((f) => f.name)).toEqual(['sitemap', 'sitemap-1', 'sitemap-2', 'sitemap-3']);
		expect(text(files[0])).toBe(
			'<?xml version="1.0" encoding="UTF-8"?>\n' +
				'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
				'  <sitemap><loc>https://archive.test/sitemap-1.xml</loc></sitemap>\n' +
				'  <sitemap><loc>https://archive.test/sitemap-2.xml</loc></sitemap>\n' +
				'  <sitemap><loc>https://archive.test/sitemap-3.xml</loc></sitemap>\n' +
				'</sitemapindex>\n',
		);
		expect(text(files[3])).toBe(
			'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
				'  <url><loc>https://archive.test/detentions/by-person/</loc></url>\n' +
				'  <url><loc>https://archive.test/timeline/2015/</loc></url>\n' +
				'  <url><loc>https://archive.test/timeline/2018/</loc></url>\n' +
				'  <url><loc>https://archive.test/timeline/2019/</loc></url>\n' +
				'  <url><loc>https://archive.test/timeline/2020/</loc></url>\n' +
				'</urlset>\n',
		);
		// Every page is in exactly one of the sitemaps, in order.
		const listed = files.slice(1).flatMap((f) => [...text(f).matchAll(/<loc>https:\/\/archive\.test(\S+?)<\/loc>/g)].map((m) => m[1]));
		expect(listed).toEqual(paths);
		// Each file is made in pieces, a line each, never as one string of every address.
		expect([...files[1].pieces()]).toHaveLength(22);
	});

	it('gives the sitemap index’s addresses under the sub-path', () => {
		const [index] = sitemapFiles(fixtureArchive('core-archive', { base: '/archive/' }), 40);
		expect(text(index)).toContain('<loc>https://archive.test/archive/sitemap-2.xml</loc>');
	});

	it('writes no sitemap for a build that was not told the site’s address', () => {
		expect(sitemapFiles(fixtureArchive('core-archive', { site: null }))).toEqual([]);
	});
});

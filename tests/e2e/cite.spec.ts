import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { servers } from '../../playwright.config.ts';
import { checkArchive } from '../../src/tools/check/index.ts';
import { builtTexts } from '../../src/tools/scan.ts';

/**
 * Citing, correcting and reusing, on both builds: the root build is made with no settings, the
 * sub-path build with SITE_URL and ARCHIVE_CONTACT (see `servers` in playwright.config.ts).
 */

const root = join(import.meta.dirname, '..', '..');
const serverOf = (project: string) => (project === 'sub-path' ? servers.archive : servers.root);
const person = 'people/kairat-samarkan/';
const personFile = 'content/people/kairat-samarkan.md';

/** The day the record's file was last committed, as git itself says; undefined where the history cannot tell (changes not committed, a shallow clone). */
function lastCommitted(file: string): string | undefined {
	const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
	if (git('rev-parse', '--is-shallow-repository') === 'true' || git('status', '--porcelain', '--', file)) return undefined;
	return git('log', '-1', '--format=%cs', '--', file) || undefined;
}

test('no file of the build names a placeholder domain', ({}, info) => {
	const { dir } = serverOf(info.project.name);
	const found: string[] = [];
	for (const { file, text } of builtTexts(join(root, dir))) {
		// Pagefind's own scripts parse relative addresses against "https://example.com" and strip it
		// again: it is never requested or shown. Nothing else may name any example domain.
		const placeholder = /^pagefind\/[^/]+\.js$/.test(file) ? /example\.(org|net)/i : /example\.(org|com|net)/i;
		if (placeholder.test(text)) found.push(file);
	}
	expect(found).toEqual([]);
});

test('a record page gives reference managers and link previews its citation', async ({ page }, info) => {
	const { base, settings } = serverOf(info.project.name);
	await page.goto(person);
	const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute('content');
	const heading = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
	expect(await meta('name="citation_title"')).toBe(heading);
	expect(await meta('name="DC.title"')).toBe(heading);
	expect(await meta('property="og:title"')).toBe(heading);
	expect(await meta('name="citation_publisher"')).toBe('Xinjiang Detention Testimony Archive');
	expect(await meta('property="og:site_name"')).toBe('Xinjiang Detention Testimony Archive');
	// The description is the record's summary, shortened at a word.
	const description = await meta('name="description"');
	expect(description).toMatch(/^Kairat Samarkan, a Kazakh, moved to Kazakhstan in 2009 .*…$/);
	expect(description!.length).toBeLessThanOrEqual(160);
	expect(await meta('property="og:description"')).toBe(description);

	const changed = lastCommitted(personFile);
	expect(await meta('name="citation_publication_date"').catch(() => null), 'the day of the record’s last change, never the build’s').toBe(changed?.replaceAll('-', '/') ?? null);

	const canonical = page.locator('head link[rel="canonical"]');
	if (settings.site) {
		const address = `${settings.site}${base}${person}`;
		await expect(canonical).toHaveAttribute('href', address);
		expect(await meta('name="citation_public_url"')).toBe(address);
		expect(await meta('property="og:url"')).toBe(address);
	} else {
		await expect(canonical).toHaveCount(0);
		await expect(page.locator('head meta[name="citation_public_url"], head meta[property="og:url"]')).toHaveCount(0);
	}
});

test('the cite block gives the permalink, the version and one CSL-JSON entry', async ({ page, request }, info) => {
	const { base, settings } = serverOf(info.project.name);
	await page.goto(person);
	const cite = page.locator('section.cite');
	const permalink = settings.site ? `${settings.site}${base}${person}` : `${base}${person}`;
	await expect(cite.getByRole('link', { name: permalink, exact: true })).toHaveAttribute('href', permalink);
	if (!settings.site) await expect(cite).toContainText('built without its address');
	const changed = lastCommitted(personFile);
	await expect(cite.locator('.cite-text')).toContainText(changed ? 'last changed ' : 'n.d.');
	await expect(cite.locator('.cite-text')).not.toContainText('retrieved');

	const csl = await (await request.get(await cite.getByRole('link', { name: 'Download as CSL-JSON' }).getAttribute('href') ?? '')).json();
	expect(csl).toHaveLength(1);
	expect(csl[0]).toMatchObject({ id: 'people/kairat-samarkan', type: 'webpage', title: 'Kairat Samarkan', URL: permalink, publisher: 'Xinjiang Detention Testimony Archive' });
	expect(csl[0].note).toMatch(/^Based on: /);
});

test('every record page offers "Report a correction", and it leads somewhere', async ({ page }, info) => {
	const { base, settings } = serverOf(info.project.name);
	await page.goto(person);
	const report = page.locator('main').getByRole('link', { name: 'Report a correction' });
	if (settings.contact) {
		const href = (await report.getAttribute('href'))!;
		expect(href.startsWith(`${settings.contact}?`)).toBe(true);
		const url = new URL(href);
		expect(url.searchParams.get('subject')).toBe('Correction: Kairat Samarkan');
		expect(url.searchParams.get('body')).toContain(`Page: Kairat Samarkan\r\n${settings.site}${base}${person}\r\n`);
		await expect(page.locator('main .report')).toContainText(`an e-mail to ${settings.contact.replace('mailto:', '')}`);
	} else {
		await expect(page.locator('main .report')).toContainText('this copy of the archive has set no contact');
		await report.click();
		await expect(page).toHaveURL(/\/about\/#corrections$/);
		await expect(page.locator('#corrections + p')).toContainText('This copy of the archive has set no contact for corrections');
	}
	await page.goto('about/');
	await expect(page.getByRole('heading', { name: 'Corrections and requests to withhold' })).toBeVisible();
	await expect(page.locator('main')).toContainText('What happens to a report');
	await expect(page.locator('main')).toContainText('If a record puts someone at risk');
	if (settings.contact) await expect(page.locator('main').getByRole('link', { name: settings.contact.replace('mailto:', '') })).toHaveAttribute('href', settings.contact);
});

test('the licence is stated on the data page and in every page’s footer', async ({ page }) => {
	await page.goto('data/');
	const licence = page.locator('main a[rel="license"]');
	await expect(licence).toHaveText('Creative Commons Attribution 4.0 International');
	await expect(licence).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/legalcode');
	await expect(page.locator('main')).toContainText('Quoted passages and the texts of sources remain the words of their authors and publishers');
	for (const path of ['', person, 'sources/']) {
		await page.goto(path);
		await expect(page.locator('footer').getByRole('link', { name: 'Creative Commons Attribution 4.0 International' })).toHaveAttribute('rel', 'license');
		await expect(page.locator('footer')).toContainText('remain the words of their authors and publishers');
	}
});

test('the sitemap is written with full addresses only when the site’s address is known', async ({ request }, info) => {
	const { base, settings } = serverOf(info.project.name);
	const sitemap = await request.get('sitemap.xml');
	const robots = await (await request.get('robots.txt')).text();
	if (settings.site) {
		expect(sitemap.ok()).toBe(true);
		expect(await sitemap.text()).toContain(`<loc>${settings.site}${base}${person}</loc>`);
		expect(robots).toContain(`Sitemap: ${settings.site}${base}sitemap.xml`);
	} else {
		expect(sitemap.status()).toBe(404);
		expect(robots).not.toContain('Sitemap:');
	}
});

test('detentions.csv has a row for every recorded detention, and opens in a spreadsheet as UTF-8', async ({ request }, info) => {
	const { settings } = serverOf(info.project.name);
	const response = await request.get('data/detentions.csv');
	expect(response.ok()).toBe(true);
	const bytes = Buffer.from(await response.body());
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = bytes.toString('utf8');
	const { records } = checkArchive(root);
	const recorded = records.filter((r) => r.collection === 'people').reduce((n, r) => n + (r.value.detentions as unknown[]).length, 0);
	// Header and one line per detention: no recorded value holds a line break.
	expect(text.trimEnd().split('\r\n')).toHaveLength(1 + recorded);
	expect(text).toContain('kairat-samarkan,Kairat Samarkan,');
	if (!settings.site) expect(text).not.toMatch(/https?:\/\/[^,]*\/people\//);
});

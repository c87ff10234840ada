import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const content = join(import.meta.dirname, '..', '..', 'content');
/** Every record file: the .md files under content/<kind>/. */
const recordFiles = readdirSync(content, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.flatMap((d) => readdirSync(join(content, d.name)).filter((n) => n.endsWith('.md')));

test('every file listed on /data/ downloads, and SHA256SUMS verifies each one', async ({ page, request }) => {
	await page.goto('data/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Download the data');
	await expect(page.getByRole('link', { name: 'README.txt' }).first()).toBeVisible();

	const links = page.locator('main .data-files a');
	const listed = new Map<string, string>();
	for (const link of await links.all()) listed.set((await link.innerText()).trim(), new URL((await link.getAttribute('href'))!, page.url()).href);
	expect([...listed.keys()]).toEqual(expect.arrayContaining(['archive.json', 'people.csv', 'quotes.csv', 'README.txt', 'SHA256SUMS']));

	const bodies = new Map<string, Buffer>();
	for (const [name, url] of listed) {
		const response = await request.get(url);
		expect(response.ok(), name).toBe(true);
		bodies.set(name, Buffer.from(await response.body()));
	}

	const sums = bodies.get('SHA256SUMS')!.toString('utf8').trimEnd().split('\n');
	const covered = sums.map((line) => {
		const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
		expect(match, line).not.toBeNull();
		const [, hash, name] = match!;
		expect(bodies.has(name), `${name} is listed on the page`).toBe(true);
		expect(createHash('sha256').update(bodies.get(name)!).digest('hex'), name).toBe(hash);
		return name;
	});
	expect(covered.sort()).toEqual([...listed.keys()].filter((n) => n !== 'SHA256SUMS').sort());

	const json = JSON.parse(bodies.get('archive.json')!.toString('utf8')) as { records: Record<string, { id: string; permalink: string }[]> };
	const records = Object.values(json.records).flat();
	expect(records.length).toBe(recordFiles.length);
	// This build is made without SITE_URL: every permalink is a path from the site's root, never a made-up domain.
	expect(records.every((r) => /^\/[a-z]+\/[^/]+\/$/.test(r.permalink))).toBe(true);
});

test('the download page lists each file with its size and count', async ({ page }) => {
	await page.goto('data/');
	const row = page.locator('main .data-files li', { has: page.getByRole('link', { name: 'people.csv' }) });
	await expect(row).toContainText(`${readdirSync(join(content, 'people')).filter((n) => n.endsWith('.md')).length} rows`);
	await expect(row).toContainText(/\d+ (bytes|kB|MB)/);
	const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
	expect(levels[0]).toBe(1);
	for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
});

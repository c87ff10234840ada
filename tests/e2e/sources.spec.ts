import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const contentDir = join(import.meta.dirname, '..', '..', 'content', 'sources');

test('the sources index lists the five seed articles', async ({ page }) => {
	await page.goto('sources/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
	const items = page.locator('main .card-list > li');
	await expect(items).toHaveCount(5);
	await expect(page.getByRole('link', { name: 'Kazakh Activist Forced to Falsely Confess' })).toBeVisible();
	await expect(page.getByRole('link', { name: /How Kazakhstan concealed Xinjiang concentration camps/ })).toBeVisible();
});

test('a source page shows its provenance and the article without the publisher’s page', async ({ page }) => {
	await page.goto('sources/');
	await page.getByRole('link', { name: /How Kazakhstan concealed Xinjiang concentration camps/ }).click();
	await expect(page).toHaveURL(/\/sources\/how-kazakhstan-concealed-xinjiang\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('ChinaAid’s exclusive interview with Serikzhan Bilash (part 2)');
	const facts = page.locator('dl.facts');
	await expect(facts).toContainText('Gao Zhensai, Special Correspondent');
	await expect(facts).toContainText('March 2022');
	await expect(facts).toContainText('March 2022 (read from the page’s address)');
	await expect(facts).toContainText('https://chinaaid.org/2022/03/how-kazakhstan-concealed-xinjiang.html');
	await expect(facts).toContainText('d1ff675ffbd9e0b5e22ca36361e9941987dc144d12a7f296b3460fc54665a166');
	const prose = page.locator('.prose');
	await expect(prose.locator('strong', { hasText: 'Serikzhan Bilash:' }).first()).toBeVisible();
	await expect(prose.getByText('The reason is very simple, they said on Radio Free Europe')).toHaveCount(1);
	for (const furniture of ['Scroll to Top', 'Previous slide', 'Read more ChinaAid stories', 'Fight for religious freedom in China']) {
		await expect(prose).not.toContainText(furniture);
	}
	// Plain HTML: the only script element is schema.org data, which browsers never run.
	expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
});

test('the raw capture downloads byte for byte', async ({ page, request }) => {
	await page.goto('sources/kazakh-activist-forced-to-falsely-confess/');
	const link = page.getByRole('link', { name: 'Download the capture unchanged' });
	const response = await request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
	expect(response.ok()).toBe(true);
	const expected = readFileSync(join(contentDir, 'kazakh-activist-forced-to-falsely-confess.capture.txt'));
	expect(Buffer.from(await response.body()).equals(expected)).toBe(true);
});

test('the book keeps its section headings', async ({ page }) => {
	await page.goto('sources/drama-of-ethnic-kazakhs-persecuted-in-xinjiang/');
	const headings = page.locator('.prose h2');
	await expect(headings).toContainText(['When did the repression in Xinjiang begin?', 'Ant in a concentration camp', 'There is “plenty of coal” in Xinjiang', '“…tears well up in my eyes”', '“Sayragul’s Story” – Lost Hopes', 'Fight in the home country', 'Consequences of Genocide in Xinjiang']);
	await expect(page.locator('.prose')).not.toContainText('Go to the gallery');
});

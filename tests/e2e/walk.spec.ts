import { expect, test } from '@playwright/test';

test('testimony → person → camp → highlighted source passage → back', async ({ page }) => {
	await page.goto('testimonies/kairat-samarkan/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Kairat Samarkan');
	await expect(page.locator('.warning')).toContainText('Content warning');

	await page.locator('dl.facts').getByRole('link', { name: 'Kairat Samarkan' }).first().click();
	await expect(page).toHaveURL(/\/people\/kairat-samarkan\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kairat Samarkan');

	await page.getByRole('heading', { name: 'Held in' }).locator('xpath=following-sibling::ul[1]').getByRole('link').first().click();
	await expect(page).toHaveURL(/\/camps\/bouryltogay-camp\/$/);
	await expect(page.locator('main')).toContainText('5,700');

	await page.getByRole('heading', { name: 'Figures reported' }).locator('xpath=following-sibling::ul[1]').locator('a.source-link').first().click();
	await expect(page).toHaveURL(/\/sources\/drama-of-ethnic-kazakhs-persecuted-in-xinjiang\/#q-/);
	const target = page.locator('mark:target');
	await expect(target).toHaveCount(1);
	await expect(target).toContainText('5,700 people are held in the camp of Bouryltogay district');
	await expect(target).toBeInViewport();
	const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(background).not.toBe('rgba(0, 0, 0, 0)');

	await page.goBack();
	await expect(page).toHaveURL(/\/camps\/bouryltogay-camp\/$/);
});

test('a source page links mentions to records, but not inside headings', async ({ page }) => {
	await page.goto('sources/drama-of-ethnic-kazakhs-persecuted-in-xinjiang/');
	const prose = page.locator('.prose');
	await expect(prose.locator('a.mention', { hasText: 'Goulbakhar Jalilova' }).first()).toHaveAttribute('href', /\/people\/goulbakhar-jalilova\/$/);
	await expect(prose.locator('h2 a')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Records drawn from this source' })).toBeVisible();
});

test('every record index page links onward', async ({ page }) => {
	for (const path of ['testimonies/', 'people/', 'camps/', 'places/', 'organizations/', 'timeline/']) {
		await page.goto(path);
		expect(await page.locator('main a').count(), path).toBeGreaterThan(5);
	}
});

test('the timeline goes year by year, each event with its source', async ({ page }) => {
	await page.goto('timeline/');
	await page.getByRole('link', { name: '2018', exact: true }).click();
	await expect(page).toHaveURL(/\/timeline\/2018\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline: 2018');
	const events = page.locator('ol.events > li');
	expect(await events.count()).toBeGreaterThan(5);
	for (const text of await events.allInnerTexts()) expect(text).toMatch(/2018/);
	await page.getByRole('link', { name: '2019 →' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline: 2019');
	await page.getByRole('link', { name: '← 2018' }).click();
	await expect(page).toHaveURL(/\/timeline\/2018\/$/);
});

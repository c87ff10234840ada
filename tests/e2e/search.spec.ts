import { expect, test, type Page } from '@playwright/test';

/** Query → the page that must come first. Runs on the build served under /archive/. */
const firstResult: [query: string, path: string, why: string][] = [
	['Serikzhan Bilash', 'people/serikzhan-bilash/', 'canonical name'],
	['serikzhan bilash', 'people/serikzhan-bilash/', 'wrong case'],
	['SERIKZHAN BILASH', 'people/serikzhan-bilash/', 'upper case'],
	['Serikjan Bilash', 'people/serikzhan-bilash/', 'unrecorded variant zh~j'],
	['Bilash', 'people/serikzhan-bilash/', 'surname only'],
	['Серикжан Билаш', 'people/serikzhan-bilash/', 'Cyrillic'],
	['Sayragul Sauytbai', 'people/sayragul-sauytbai/', 'canonical name'],
	['Sayragul Sauytbay', 'people/sayragul-sauytbai/', 'recorded alias'],
	['Sairagul', 'people/sayragul-sauytbai/', 'recorded alias, given name only'],
	['Sairagul Sauytbay', 'people/sayragul-sauytbai/', 'unrecorded combination'],
	['Sayragool', 'people/sayragul-sauytbai/', 'unrecorded variant oo~u'],
	['Goulbakhar Jalilova', 'people/goulbakhar-jalilova/', 'canonical name'],
	['Gulbahar Jalilova', 'people/goulbakhar-jalilova/', 'unrecorded variant ou~u, kh~h'],
	['Gulbakhar Djalilova', 'people/goulbakhar-jalilova/', 'unrecorded variant dj~j'],
	['Jalilova', 'people/goulbakhar-jalilova/', 'surname only'],
	['Gulzira Auelhankyzy', 'people/goulzira-auelhankyzy/', 'recorded alias'],
	['Gulzira Auelkhankizi', 'people/goulzira-auelhankyzy/', 'unrecorded variant kh~h, y~i'],
	['Tursynbek Kabiuly', 'people/toursynbek-kabiuly/', 'canonical name'],
	['Toursynbek', 'people/toursynbek-kabiuly/', 'recorded alias, given name only'],
	['Kaster Musahanuly', 'people/kaster-mussahanuly/', 'recorded alias'],
	['Aiman Umarova', 'people/aiman-umarova/', 'canonical name'],
	['Ayman Umarova', 'people/aiman-umarova/', 'recorded alias'],
	['Nurlan Kokteubay', 'people/nurlan-kokteubai/', 'unrecorded variant y~i'],
	['Kairat Samarkan', 'people/kairat-samarkan/', 'canonical name'],
	['Atajurt', 'organizations/atajurt-kazakh-human-rights/', 'organisation'],
	['Atazhurt', 'organizations/atajurt-kazakh-human-rights/', 'recorded alias'],
	['Ata Jurt', 'organizations/atajurt-kazakh-human-rights/', 'unrecorded spacing'],
	['Bouryltogay', 'places/bouryltogay-district/', 'place name'],
	['Shapshal', 'places/shapshal-district/', 'place name'],
	['Chapchal', 'places/shapshal-district/', 'common press spelling'],
	['Zhanakala', 'places/zhanakala/', 'place of a camp'],
	['Jiafang', 'camps/jiafang-textile-factory/', 'camp name'],
	['Tola', 'places/tola-village/', 'place of a camp, first word only'],
	['Adalgazy Jakaiuly', 'people/adalgazy-jakaiuly/', 'canonical name'],
];

async function search(page: Page, query: string, filters = '') {
	await page.goto(`search/?q=${encodeURIComponent(query)}${filters}`);
	await expect(page.locator('#results li, #no-results:not([hidden])').first()).toBeVisible();
}

for (const [query, path, why] of firstResult) {
	test(`“${query}” (${why}) finds ${path} first`, async ({ page, baseURL }) => {
		await search(page, query);
		await expect(page.locator('#results li a').first()).toHaveAttribute('href', `${new URL(baseURL!).pathname}${path}`);
	});
}

test('a person’s page comes first, then the testimonies that involve them', async ({ page }) => {
	await search(page, 'Kairat Samarkan');
	const kinds = await page.locator('#results li .kind').allTextContents();
	expect(kinds[0]).toBe('Person');
	expect(kinds[1]).toBe('Testimony');
	await expect(page.locator('#results li').first().locator('a')).toHaveText('Kairat Samarkan');
});

test('filters narrow the results and are kept in the address', async ({ page }) => {
	await search(page, 'Bilash', '&kind=Testimony');
	await expect(page.locator('#filters')).toHaveAttribute('open', '');
	await expect(page.locator('select[name=kind]')).toHaveValue('Testimony');
	const kinds = await page.locator('#results li .kind').allTextContents();
	expect(kinds.length).toBeGreaterThan(2);
	expect(new Set(kinds)).toEqual(new Set(['Testimony']));
	// An account of 2019 alone is among them until the year is narrowed to 2020.
	const of2019 = page.locator('#results li a', { hasText: 'The arrest of Serikzhan Bilash in Almaty, as reported by Bitter Winter' });
	await expect(of2019).toHaveCount(1);
	const before = await page.locator('#results li').count();
	await page.locator('select[name=year]').selectOption('2020');
	await expect(page).toHaveURL(/year=2020/);
	await expect(page).toHaveURL(/kind=Testimony/);
	await expect(of2019).toHaveCount(0);
	await expect(page.locator('#results li a', { hasText: 'Serikzhan Bilash' }).first()).toBeVisible();
	expect(await page.locator('#results li').count()).toBeLessThan(before);
});

test('filters combine: a camp and an experience', async ({ page }) => {
	const camp = '&camp=' + encodeURIComponent('“Political re-education” centre in Bouryltogay district');
	await search(page, '', camp);
	await expect(page.locator('#results li a', { hasText: 'Kairat Samarkan' }).first()).toBeVisible();
	const all = await page.locator('#results li').count();
	await search(page, '', `${camp}&experience=Suicide%20attempt`);
	await expect(page.locator('#results li a').first()).toContainText('Kairat Samarkan');
	expect(await page.locator('#results li').count()).toBeLessThan(all);
});

test('results show an excerpt with the match highlighted', async ({ page }) => {
	await search(page, 'tiger chair');
	await expect(page.locator('#results li').first().locator('mark').first()).toBeVisible();
});

test('no result: says so, suggests the closest names and links the indexes', async ({ page, baseURL }) => {
	await search(page, 'Kokteubaj');
	await expect(page.locator('#suggestions')).toContainText('Nurlan Kokteubai');
	await search(page, 'Qwertyuiop');
	await expect(page.locator('#suggestions')).toContainText('Nothing in the archive matches “Qwertyuiop”');
	await expect(page.locator('#no-results a', { hasText: 'people A–Z' })).toHaveAttribute('href', `${new URL(baseURL!).pathname}people/`);
});

test('“/” focuses the search box on any record page', async ({ page }) => {
	await page.goto('people/serikzhan-bilash/');
	await page.keyboard.press('/');
	await expect(page.locator('#site-search-q')).toBeFocused();
	await page.keyboard.type('Atajurt');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/archive\/search\/\?q=Atajurt/);
	await expect(page.locator('#results li a').first()).toHaveAttribute('href', /organizations\/atajurt-kazakh-human-rights\/$/);
});

test('without JavaScript the search page says so and links the indexes', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('search/');
	await expect(page.locator('#needs-js')).toBeVisible();
	await expect(page.locator('#needs-js')).toContainText('Search needs JavaScript');
	await expect(page.locator('#needs-js a', { hasText: 'people A–Z' })).toBeVisible();
	await context.close();
});

test('search loads nothing from another origin', async ({ page, baseURL }) => {
	const origins = new Set<string>();
	page.on('request', (r) => origins.add(new URL(r.url()).origin));
	await search(page, 'Sayragul');
	expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

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

/** Names of real people who are in no source, and near misses of names that are: the archive must say plainly it does not hold them. */
const absent: [query: string, why: string][] = [
	['Mihrigul Tursun', 'a public figure in no source'],
	['Rahile Dawut', 'a public figure in no source'],
	['Ilham Tohti', 'a public figure in no source'],
	['Tursunay Ziyawudun', 'a public figure in no source'],
	['Gulbahar Haitiwaji', 'a public figure in no source, sharing a given name with one who is'],
	['Zumret Dawut', 'a public figure in no source'],
	['Kairat Samarkand', 'near miss of Kairat Samarkan'],
	['Sayragul Sauytbek', 'near miss of Sayragul Sauytbai'],
	['Serikzhan Bilashev', 'near miss of Serikzhan Bilash'],
	['Nurlan Kokteubayev', 'near miss of Nurlan Kokteubai'],
	['Xyzzyq Abcdef', 'gibberish'],
];

/** Opens the search page with a query and waits for the answer about names (or, with filters, about texts). */
async function search(page: Page, query: string, filters = '') {
	await page.goto(`search/?q=${encodeURIComponent(query)}${filters}`);
	await expect(page.locator(filters ? '#text-status' : '#status')).not.toBeEmpty();
	if (filters) await expect(page.locator('#text-status')).not.toHaveText('Searching the texts…');
}

for (const [query, path, why] of firstResult) {
	test(`“${query}” (${why}) finds ${path} first`, async ({ page, baseURL }) => {
		await search(page, query);
		await expect(page.locator('#results li a').first()).toHaveAttribute('href', `${new URL(baseURL!).pathname}${path}`);
	});
}

for (const [query, why] of absent) {
	test(`“${query}” (${why}) is said plainly not to be in the archive`, async ({ page }) => {
		await search(page, query);
		await expect(page.locator('#status')).toHaveText(`No person, camp, place or organisation named “${query}” is in the archive.`);
		await expect(page.locator('#results li')).toHaveCount(0);
		// The texts are searched, and no number of records found is announced anywhere.
		await expect(page.locator('#text-status')).not.toHaveText('Searching the texts…');
		for (const answer of ['#names', '#text-search']) await expect(page.locator(answer)).not.toContainText(/\b\d+\s+(records?|results?|names?|people|persons?)\b|\bfound\b/i);
		await expect(page.locator('#text-status')).toContainText(/^No text in the archive contains/);
	});
}

test('a near miss offers the closest names, labelled as suggestions', async ({ page }) => {
	await search(page, 'Kairat Samarkand');
	await expect(page.locator('#suggestions')).toContainText('suggestions, not matches');
	await expect(page.locator('#suggestions a', { hasText: 'Kairat Samarkan' })).toBeVisible();
	await search(page, 'Kokteubaj');
	await expect(page.locator('#suggestions')).toContainText('Nurlan Kokteubai');
});

test('a person’s page comes first, then the testimonies that involve them', async ({ page }) => {
	await search(page, 'Kairat Samarkan');
	await expect(page.locator('#status')).toHaveText('1 person named “Kairat Samarkan” is in the archive.');
	const kinds = await page.locator('#results li .kind').allTextContents();
	expect(kinds[0]).toBe('Person');
	expect(kinds[1]).toBe('Testimony');
	await expect(page.locator('#results li').first().locator('a').first()).toHaveText('Kairat Samarkan');
	// The texts are not searched for a name unless the reader asks.
	await expect(page.locator('#text-search')).toBeHidden();
	await page.locator('#offer-texts-button').click();
	await expect(page).toHaveURL(/texts=1/);
	await expect(page.locator('#text-results li').first()).toBeVisible();
});

test('the beginning of a name lists the names that begin with it, with no count', async ({ page }) => {
	await search(page, 'Sayrag');
	await expect(page.locator('#status')).toHaveText('No person, camp, place or organisation named “Sayrag” is in the archive. Names that begin with “Sayrag”:');
	await expect(page.locator('#results > li').first().locator('a').first()).toHaveText('Sayragul Sauytbai');
});

test('filters narrow the texts and are kept in the address', async ({ page }) => {
	await search(page, 'Bilash', '&kind=Testimony&year=2019');
	await expect(page.locator('#filters')).toHaveAttribute('open', '');
	await expect(page.locator('select[name=kind]')).toHaveValue('Testimony');
	await expect(page.locator('#names')).toBeHidden();
	const kinds = await page.locator('#text-results li .kind').allTextContents();
	expect(kinds.length).toBeGreaterThan(0);
	expect(new Set(kinds)).toEqual(new Set(['Testimony']));
	// An account of 2019 alone is among them until the year is narrowed to 2020.
	const of2019 = page.locator('#text-results li a', { hasText: 'The arrest of Serikzhan Bilash in Almaty, as reported by Bitter Winter' });
	await expect(of2019).toHaveCount(1);
	await page.locator('select[name=year]').selectOption('2020');
	await expect(page).toHaveURL(/year=2020/);
	await expect(page).toHaveURL(/kind=Testimony/);
	await expect(of2019).toHaveCount(0);
	await expect(page.locator('#text-results li a', { hasText: 'Serikzhan Bilash' }).first()).toBeVisible();
});

test('filters combine: a place and an experience', async ({ page }) => {
	await search(page, '', '&place=Xinjiang');
	const all = await page.locator('#text-results li').count();
	await expect(page.locator('#more-texts')).toBeVisible();
	await search(page, '', '&place=Xinjiang&experience=Suicide%20attempt');
	await expect(page.locator('#text-results li a', { hasText: 'Kairat Samarkan' })).toBeVisible();
	expect(await page.locator('#text-results li').count()).toBeLessThan(all);
	await expect(page.locator('#text-status')).toHaveText('The accounts and sources the filters choose:');
});

test('texts: every word required, clean excerpts with the words marked, short words left out and said so', async ({ page }) => {
	await search(page, 'tiger chair');
	await expect(page.locator('#status')).toHaveText('No person, camp, place or organisation named “tiger chair” is in the archive.');
	await expect(page.locator('#text-results li').first().locator('mark').first()).toBeVisible();
	for (const excerpt of await page.locator('#text-results .excerpt').allTextContents()) {
		expect(excerpt.toLowerCase()).toContain('tiger');
		// No label run into its value, as "Given bySayragul" was.
		expect(excerpt).not.toMatch(/Given by\S|About[A-Z]|Reported by\S/);
	}
	await search(page, 're-education camp in Mongolkure');
	await expect(page.locator('#text-status')).toHaveText('No text in the archive contains “Mongolkure”, so none contains every word. Words of one or two letters are left out: “in”.');
	await expect(page.locator('#text-results li')).toHaveCount(0);
});

test('without a match among names, nothing is counted and the indexes are offered', async ({ page, baseURL }) => {
	await search(page, 'Qwertyuiop');
	await expect(page.locator('#status')).toHaveText('No person, camp, place or organisation named “Qwertyuiop” is in the archive.');
	await expect(page.locator('#browse a', { hasText: 'people A–Z' })).toHaveAttribute('href', `${new URL(baseURL!).pathname}people/`);
});

test('the header’s box lists names as you type and opens the one chosen', async ({ page, baseURL }) => {
	await page.goto('people/serikzhan-bilash/');
	const box = page.locator('#site-search-q');
	await box.click();
	await page.keyboard.type('Sairagul Sauyt');
	await expect(page.locator('#site-search-list [role=option]').first()).toContainText('Sayragul Sauytbai');
	await page.keyboard.press('ArrowDown');
	await expect(box).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`${baseURL}people/sayragul-sauytbai/`);
	await page.locator('#site-search-q').fill('Mihrigul Tursun');
	await expect(page.locator('#site-search-status')).toHaveText('No person, camp, place or organisation named “Mihrigul Tursun” is in the archive.');
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
	await search(page, 'tiger chair');
	await expect(page.locator('#text-results li').first()).toBeVisible();
	expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

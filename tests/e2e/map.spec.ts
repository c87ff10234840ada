import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * The map of the archive and the locator maps, at the root and under /archive/: what they show,
 * where their links lead, that they read in both themes, at phone width and in print, and that
 * axe finds nothing to fault in either theme.
 */

const axe = async (page: Page) => {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
};

test('the map marks the located places, links each marker to its page or its entry, and lists the same places', async ({ page }) => {
	await page.goto('map/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map');
	await expect(page.locator('nav[aria-label="Sections"] a[aria-current="page"]')).toHaveText('Map');
	const markers = page.locator('svg.map-overview a');
	expect(await markers.count()).toBeGreaterThan(3);
	// Every marker leads to a record page of this site, or to its entry in the list.
	const base = new URL(page.url()).pathname.replace(/map\/$/, '');
	for (const href of await markers.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
		if (href.startsWith('#')) await expect(page.locator(href)).toHaveCount(1);
		else expect(href).toMatch(new RegExp(`^${base}(places|camps)/[a-z0-9-]+/$`));
	}
	// The list holds every record a marker stands for, Almaty among them, with the accounts that name it.
	const almaty = page.locator('#at-places-almaty');
	await expect(almaty.getByRole('link', { name: 'Almaty' })).toHaveAttribute('href', `${base}places/almaty/`);
	await expect(almaty).toContainText('City');
	await expect(page.locator('#at-camps-shapshal-school-no-3-camp')).toContainText('location approximate: at Shapshal district');
	await expect(page.getByRole('heading', { name: 'Not on the map' })).toBeVisible();
	await expect(page.locator('main')).toContainText('because the sources locate it only in a region or a country');
	// Credited where the map is.
	await expect(page.getByRole('link', { name: 'Natural Earth' })).toHaveAttribute('href', 'https://www.naturalearthdata.com/');
	await expect(page.getByRole('link', { name: 'GeoNames' })).toHaveAttribute('href', 'https://www.geonames.org/');
	// A pointer reaches a place's page through its marker.
	await page.locator('svg.map-overview a[href$="/places/urumqi/"]').click();
	await expect(page).toHaveURL(/\/places\/urumqi\/$/);
});

test('a place page gives its coordinates, in the text and as schema.org geo, with a locator map linked to the map', async ({ page }) => {
	await page.goto('places/almaty/');
	const facts = page.locator('dl.facts');
	await expect(facts).toContainText('43.25667° N, 76.92861° E');
	await expect(facts.getByRole('link', { name: 'GeoNames, entry 1526384' })).toHaveAttribute('href', 'https://www.geonames.org/1526384');
	const [ld] = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
	expect(ld.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 43.25667, longitude: 76.92861 });
	const map = page.getByRole('img', { name: /^Map: Almaty, in Kazakhstan/ });
	await expect(map).toBeVisible();
	await expect(map.locator('.map-home')).toHaveCount(1);
	await page.locator('.locator').getByRole('link', { name: 'See it on the map of the archive' }).click();
	await expect(page).toHaveURL(/\/map\/#at-places-almaty$/);
	await expect(page.locator('#at-places-almaty')).toBeInViewport();
});

test('a place of detention located only by its district says so on its page and under its map', async ({ page }) => {
	await page.goto('camps/shapshal-school-no-3-camp/');
	await expect(page.locator('dl.facts')).toContainText('Location approximate (town or district)');
	await expect(page.getByRole('img', { name: 'Map: the approximate location of Camp in the former No. 3 secondary school, Shapshal district, at Shapshal district.' })).toBeVisible();
	await expect(page.locator('.locator figcaption')).toContainText('Location approximate (town or district): the point of Shapshal district, not of the site itself.');
	await expect(page.locator('.locator .map-around')).toHaveCount(1);
	// A place of detention the sources locate only in a region has no map at all.
	await page.goto('camps/camp-of-goulbakhar-jalilova/');
	await expect(page.locator('.locator')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
	test(`the map and the locator maps have no WCAG 2.2 AA violations (${scheme})`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme: scheme });
		for (const path of ['map/', 'places/almaty/', 'places/kazakhstan/', 'camps/shapshal-school-no-3-camp/']) {
			await page.goto(path);
			expect(await axe(page), path).toEqual([]);
		}
	});
}

test('the map keeps a legible size at phone width, scrolling in its own box from its east, and fits the page in print', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('map/');
	const box = page.locator('.map-scroll');
	// The page itself does not scroll sideways; the map's box does, and starts where the places are.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
	expect(scrollWidth).toBeGreaterThan(clientWidth);
	await expect(page.locator('svg.map-overview a[href$="/places/urumqi/"]')).toBeInViewport();
	await expect(page.getByText('Scroll the map sideways to see all of it.')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	const printed = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
	expect(printed.scrollWidth).toBeLessThanOrEqual(printed.clientWidth);
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.getByText('Scroll the map sideways to see all of it.')).toBeHidden();
});

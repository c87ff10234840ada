import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import yaml from 'js-yaml';

/** Every detention the archive's person records list, read from content/ itself: person id → camp ids. */
function detentionsInContent(): { person: string; camp: string }[] {
	const dir = join(import.meta.dirname, '..', '..', 'content', 'people');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.flatMap((f) => {
			const front = yaml.load(readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1]) as { detentions?: { camp: string }[] };
			return (front.detentions ?? []).map((d) => ({ person: f.slice(0, -3), camp: d.camp }));
		});
}

/** Each row of a who-was-held-where page: the ids of the person and the place it links. */
const rowsOf = (page: Page, order: 'place' | 'person') =>
	page.locator('table.rows tbody tr').evaluateAll(
		(rows, order) =>
			rows.map((row) => {
				const id = (a: Element | null | undefined) => a?.getAttribute('href')?.split('/').at(-2) ?? '';
				const head = row.closest('.group')?.querySelector('h3 a');
				const own = row.querySelector('th a');
				return order === 'place' ? { person: id(own), camp: id(head) } : { person: id(head), camp: id(own) };
			}),
		order,
	);
const byKey = (a: { person: string; camp: string }, b: { person: string; camp: string }) => `${a.person} ${a.camp}`.localeCompare(`${b.person} ${b.camp}`);

test.describe('who was held where', () => {
	test('lists every detention the records hold, by place, each row linking the person and its group the place', async ({ page }) => {
		await page.goto('detentions/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who was held where');
		const rows = await rowsOf(page, 'place');
		expect(rows.sort(byKey)).toEqual(detentionsInContent().sort(byKey));
		// Grouped as the camps index groups places: by kind of place first.
		await expect(page.locator('main h2')).toHaveText(['Camps and forced-labour sites', 'Prisons and detention centres', 'House arrest', 'Hospitals', 'Other places of detention']);
		const group = page.locator('.group', { has: page.getByRole('link', { name: 'Camp where Goulbakhar Jalilova was held (not named)' }) });
		await expect(group.locator('p.meta')).toHaveText('Re-education camp · Xinjiang · China · 1 person held');
		// The duration in the source's words, and the archive's reading of it.
		await expect(group.locator('tbody tr')).toHaveText([/Goulbakhar Jalilova\s*“15 distressful months” \(the archive reads 15 months\)\s*Bitter Winter, 2020/]);
	});

	test('lists the same detentions by person, each row with the place, its kind and where it is', async ({ page }) => {
		await page.goto('detentions/');
		await page.getByRole('link', { name: 'by person' }).click();
		await expect(page).toHaveURL(/\/detentions\/by-person\/$/);
		expect((await rowsOf(page, 'person')).sort(byKey)).toEqual(detentionsInContent().sort(byKey));
		const row = page.locator('.group', { has: page.getByRole('heading', { name: 'Adalgazy Jakaiuly' }) }).locator('tbody tr').first();
		await expect(row.locator('th')).toContainText('Re-education camp · Tola village, Xinjiang, China');
		await row.locator('th a').first().click();
		await expect(page).toHaveURL(/\/camps\/tola-village-camp\/$/);
	});

	test('is linked from the camps and people indexes and the header', async ({ page }) => {
		for (const path of ['camps/', 'people/']) {
			await page.goto(path);
			await expect(page.locator('main').getByRole('link', { name: 'who was held where' })).toHaveAttribute('href', /\/detentions\/(by-person\/)?$/);
		}
		await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Detentions' })).toHaveAttribute('href', /\/detentions\/$/);
	});
});

test.describe('camps as a reader groups them', () => {
	test('the index groups places by kind, then by country, named ones first, each with where it is and how many were held', async ({ page }) => {
		await page.goto('camps/');
		await expect(page.locator('main h2')).toHaveText(['Camps and forced-labour sites', 'Prisons and detention centres', 'House arrest', 'Hospitals', 'Other places of detention']);
		const china = page.locator('section:has(> h3#camps-china)');
		// The one named place comes before those the sources only describe.
		await expect(china.locator('li a').first()).toHaveText('Jiafang textile factory');
		await expect(china.locator('.list-note')).toHaveText('Described in the sources, not named');
		await expect(china.locator('li', { hasText: 'Bouryltogay' }).locator('.meta')).toHaveText('Re-education camp · Bouryltogay district, Xinjiang · 1 person held');
		await expect(page.locator('h3#prisons-kazakhstan')).toHaveText('Kazakhstan');
	});

	test('a camp page says under which kind and country it is filed, linked to that part of the index', async ({ page }) => {
		await page.goto('camps/nsc-detention-of-sayragul-sauytbai/');
		const kind = page.locator('article > p.kind');
		await expect(kind).toHaveText('Place of detention · Prisons and detention centres · Kazakhstan');
		await kind.getByRole('link', { name: 'Kazakhstan' }).click();
		await expect(page).toHaveURL(/\/camps\/#prisons-kazakhstan$/);
		await expect(page.locator('h3#prisons-kazakhstan')).toBeInViewport();
	});
});

test.describe('people', () => {
	test('the index puts those the accounts are about apart from officials and public figures', async ({ page }) => {
		await page.goto('people/');
		await expect(page.locator('main h2')).toHaveText(['Detainees, relatives and witnesses', 'Activists, lawyers, journalists and authors', 'Officials, perpetrators and public figures']);
		const accounts = page.locator('section', { has: page.locator('h2#accounts') });
		const officials = page.locator('section', { has: page.locator('h2#officials') });
		await expect(accounts.getByRole('link', { name: 'Sayragul Sauytbai', exact: true })).toBeVisible();
		await expect(accounts.getByRole('link', { name: 'Jackie Chan' })).toHaveCount(0);
		await expect(officials.getByRole('link', { name: 'Jackie Chan' })).toBeVisible();
		// Each list's letters lead to its own headings.
		await accounts.getByRole('navigation').getByRole('link', { name: 'S', exact: true }).click();
		await expect(page).toHaveURL(/#accounts-S$/);
	});

	test('the role filter shows only the people with one role', async ({ page }) => {
		await page.goto('people/');
		await page.getByRole('navigation', { name: 'Roles' }).getByRole('link', { name: /^Former detainee/ }).click();
		await expect(page).toHaveURL(/\/people\/roles\/former-detainee\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Former detainee');
		const metas = await page.locator('main .card-list li .meta:last-child').allTextContents();
		expect(metas.length).toBeGreaterThan(5);
		for (const meta of metas) expect(meta).toContain('Former detainee');
		await expect(page.getByRole('navigation', { name: 'Roles' }).locator('[aria-current="page"]')).toHaveText(/^Former detainee/);
		await page.getByRole('navigation', { name: 'Roles' }).getByRole('link', { name: 'Everyone' }).click();
		await expect(page).toHaveURL(/\/people\/$/);
	});
});

test.describe('the testimonies index', () => {
	test('reads in time order by default, each account with when and where it took place', async ({ page }) => {
		await page.goto('testimonies/');
		const years = (await page.locator('main h2').allTextContents()).map((y) => y.trim());
		expect(years.at(-1)).toBe('Date not stated');
		const dated = years.slice(0, -1);
		expect(dated.every((y) => /^\d{4}$/.test(y))).toBe(true);
		expect([...dated].sort()).toEqual(dated);
		const entry = page.locator('li', { has: page.getByRole('link', { name: /^Goulbakhar Jalilova:/ }) });
		await expect(entry).toContainText('Places of detention: Camp where Goulbakhar Jalilova was held (not named)');
		const kairat = page.locator('li', { has: page.getByRole('link', { name: /^Kairat Samarkan/ }) }).first();
		await expect(kairat.locator('.meta').first()).toContainText(/\b20\d\d\b/);
	});

	test('can be read grouped by place of detention, and A–Z', async ({ page }) => {
		await page.goto('testimonies/');
		await page.getByRole('link', { name: 'by place of detention' }).click();
		await expect(page).toHaveURL(/\/testimonies\/by-camp\/$/);
		const group = page.locator('h3', { hasText: 'Camp where Goulbakhar Jalilova was held (not named)' });
		await expect(group).toBeVisible();
		await expect(page.locator('main h2').last()).toHaveText('No place of detention named');
		await page.getByRole('link', { name: 'A–Z by title' }).click();
		await expect(page).toHaveURL(/\/testimonies\/a-z\/$/);
		const titles = await page.locator('main .card-list > li > a').allTextContents();
		expect(titles.length).toBeGreaterThan(30);
		// A–Z as a reader files names: accents, case and punctuation aside.
		const key = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
		expect(titles.map(key)).toEqual([...titles].map(key).sort((a, b) => a.localeCompare(b)));
	});
});

test.describe('source pages', () => {
	test('a highlighted passage links back to the record that quotes it', async ({ page }) => {
		await page.goto('sources/kazakh-activist-forced-to-falsely-confess/');
		const backlinks = page.locator('.prose .quoted-by a');
		expect(await backlinks.count()).toBeGreaterThan(3);
		const target = backlinks.first();
		// The record it leads to quotes a passage of this source: it links to the passage's anchor.
		const passage = await target.evaluate((a) => {
			let el = a.closest('.quoted-by')!.previousElementSibling;
			while (el && !(el.tagName === 'MARK' && el.id)) el = el.previousElementSibling;
			return el?.id;
		});
		expect(passage).toMatch(/^q-/);
		await target.click();
		await expect(page).not.toHaveURL(/\/sources\//);
		await expect(page.locator(`main a[href$="/sources/kazakh-activist-forced-to-falsely-confess/#${passage}"]`).first()).toBeAttached();
	});

	test('a long source has a table of contents from its headings', async ({ page }) => {
		await page.goto('sources/drama-of-ethnic-kazakhs-persecuted-in-xinjiang/');
		const contents = page.getByRole('navigation', { name: 'Contents' });
		await expect(contents.getByRole('link')).toHaveCount(7);
		await contents.getByRole('link', { name: 'Ant in a concentration camp' }).click();
		await expect(page.getByRole('heading', { name: 'Ant in a concentration camp' })).toBeInViewport();
		// A short source has none.
		await page.goto('sources/kazakh-activist-forced-to-falsely-confess/');
		await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0);
	});

	test('says how a date is known once', async ({ page }) => {
		await page.goto('sources/drama-of-ethnic-kazakhs-persecuted-in-xinjiang/');
		const published = page.locator('dl.facts dd').nth(2);
		await expect(published).toContainText('2020 (inferred)');
		await expect(published).not.toContainText('precision');
		await expect(published).not.toContainText('(inferred) (');
	});
});

test.describe('one calm look', () => {
	test('the header reaches every index, the data and the about page', async ({ page }) => {
		await page.goto('places/');
		const nav = page.getByRole('navigation', { name: 'Sections' });
		await expect(nav.getByRole('link')).toHaveText(['Testimonies', 'People', 'Camps', 'Detentions', 'Places', 'Organisations', 'Sources', 'Timeline', 'Data', 'About']);
		await expect(nav.getByRole('link', { name: 'Places' })).toHaveAttribute('aria-current', 'page');
	});

	for (const width of [1280, 390]) {
		test(`the home page has one search box at ${width} px, and every page's first line sits clear of the header`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto('');
			await expect(page.getByRole('searchbox')).toHaveCount(1);
			await expect(page.getByRole('searchbox')).toBeVisible();
			for (const path of ['', 'people/serikzhan-bilash/', 'camps/', 'detentions/']) {
				await page.goto(path);
				const header = await page.locator('header.site-header').boundingBox();
				const first = await page.locator('main > :not([hidden]) >> nth=0').boundingBox();
				expect(first!.y - (header!.y + header!.height), path).toBeGreaterThanOrEqual(16);
			}
		});
	}

	test('a detention with no dates reads without a stray separator', async ({ page }) => {
		await page.goto('people/goulbakhar-jalilova/');
		const held = page.getByRole('heading', { name: 'Held in' }).locator('xpath=following-sibling::ul[1]').locator('.meta');
		await expect(held).toHaveText(['“15 distressful months” (the archive reads 15 months) · Bitter Winter, 2020']);
	});
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageKinds, settled } from './page-kinds.ts';


for (const scheme of ['light', 'dark'] as const) {
	for (const [kind, path] of pageKinds) {
		test(`${kind} has no WCAG 2.2 AA violations (${scheme})`, async ({ page }) => {
			// axe checks every run of text of a page: a long source, every passage marked, takes a while on a busy machine.
			test.setTimeout(120_000);
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(path);
			await settled(page, path);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`)).toEqual([]);
		});
	}
}

for (const scheme of ['light', 'dark'] as const) {
	test(`the header's list of names, open, has no WCAG 2.2 AA violations (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('people/serikzhan-bilash/');
		await page.locator('#site-search-q').fill('Sayrag');
		await expect(page.locator('#site-search-list [role=option]').first()).toBeVisible();
		await page.locator('#site-search-q').press('ArrowDown');
		await expect(page.locator('#site-search-list [aria-selected=true]')).toBeVisible();
		const results = await new AxeBuilder({ page }).include('.site-header').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`)).toEqual([]);
	});
}


import { expect, test } from '@playwright/test';
import { pageKinds, settled } from './page-kinds.ts';

for (const [kind, path] of pageKinds) {
	test(`${kind} requests nothing from another origin and breaks no security policy`, async ({ page, baseURL }) => {
		const requested: string[] = [];
		const violations: string[] = [];
		page.on('request', (r) => requested.push(r.url()));
		page.on('console', (m) => {
			if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
		});
		await page.goto(path);
		await settled(page, path);
		await page.waitForLoadState('networkidle');
		const origin = new URL(baseURL!).origin;
		expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
		expect(violations).toEqual([]);
		const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
		expect(csp).toContain("default-src 'self'");
	});
}

test('schema.org data parses: Article, Person, Place and Dataset', async ({ page }) => {
	const typeOf = async (path: string) => {
		await page.goto(path);
		const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
		return blocks.map((b) => JSON.parse(b) as { '@type': string; [k: string]: unknown });
	};
	const [article] = await typeOf('sources/kazakh-activist-forced-to-falsely-confess/');
	expect(article).toMatchObject({ '@type': 'Article', headline: 'Kazakh Activist Forced to Falsely Confess', datePublished: '2019-03-20', url: 'https://bitterwinter.org/kazakh-activist-forced-to-falsely-confess/' });
	const [person] = await typeOf('people/sayragul-sauytbai/');
	expect(person).toMatchObject({ '@type': 'Person', name: 'Sayragul Sauytbai' });
	expect(person.alternateName).toContain('Sayragul Sauytbay');
	const [place] = await typeOf('places/shapshal-district/');
	expect(place['@type']).toBe('Place');
	expect((place.containedInPlace as { '@type': string })['@type']).toBe('Place');
	const [dataset] = await typeOf('');
	expect(dataset).toMatchObject({ '@type': 'Dataset' });
});

test('a malicious link in a page could not run: every page forbids inline scripts it does not know', async ({ page }) => {
	await page.goto('people/serikzhan-bilash/');
	const ran = await page.evaluate(async () => {
		const s = document.createElement('script');
		s.textContent = 'window.__injected = true';
		document.body.append(s);
		await new Promise((r) => setTimeout(r, 50));
		return (window as unknown as { __injected?: boolean }).__injected === true;
	});
	expect(ran).toBe(false);
});

import { expect, test } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Attributes that make the browser fetch or navigate to another address. */
const linkAttributes: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', form: 'action', source: 'src' };

test('every internal link and #fragment in the built site resolves', async ({ request, baseURL }) => {
	test.setTimeout(180_000);
	const start = new URL(baseURL!);
	const pages = new Map<string, { status: number; ids: Set<string> }>();
	const links: { from: string; to: URL }[] = [];
	let external = 0;

	// The sitemap, when the build was told the site's address, names every page at the deployed
	// origin; the test server stands in for it. Without it, the walk starts from the home page.
	const sitemap = await request.get(new URL('sitemap.xml', start).href);
	const listed = sitemap.ok() ? [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(new URL(m[1]).pathname, start.origin).href) : [];
	const queue = [start.href, ...listed];

	while (queue.length) {
		const url = queue.shift()!;
		if (pages.has(url)) continue;
		const response = await request.get(url, { maxRedirects: 0 });
		const ids = new Set<string>();
		pages.set(url, { status: response.status(), ids });
		if (!response.ok() || !(response.headers()['content-type'] ?? '').includes('text/html')) continue;
		const tree: Root = fromHtml(await response.text());
		visit(tree, 'element', (node: Element) => {
			const id = node.properties.id;
			if (id) ids.add(String(id));
			const attribute = linkAttributes[node.tagName];
			const value = attribute && node.properties[attribute === 'href' ? 'href' : attribute === 'src' ? 'src' : 'action'];
			if (typeof value !== 'string' || value.startsWith('mailto:')) return;
			const to = new URL(value, url);
			if (to.origin !== start.origin) {
				external++;
				return;
			}
			links.push({ from: url, to });
			const page = new URL(to.href);
			page.hash = '';
			page.search = '';
			if (!pages.has(page.href)) queue.push(page.href);
		});
	}

	const broken: string[] = [];
	for (const { from, to } of links) {
		const page = new URL(to.href);
		page.hash = '';
		page.search = '';
		const target = pages.get(page.href);
		if (!target || target.status !== 200) broken.push(`${from} → ${to.href} (${target?.status ?? 'not fetched'})`);
		else if (to.hash && !target.ids.has(decodeURIComponent(to.hash.slice(1)))) broken.push(`${from} → ${to.href} (no element with that id)`);
	}
	console.log(`${baseURL}: checked ${links.length} internal links (${links.filter((l) => l.to.hash).length} with a #fragment) on ${pages.size} addresses; ${external} links to other sites not followed`);
	expect(broken).toEqual([]);
	expect(pages.size).toBeGreaterThan(250);
});

import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapPaths } from '../core/views/indexes.ts';
import { loadArchive } from '../site/archive.ts';

/**
 * Every page of the archive, for search engines, at /sitemap.xml. A sitemap must give full
 * addresses, so a build that was not told the site's address (SITE_URL) writes none rather
 * than make one up: the route then has no page (and robots.txt names no sitemap).
 */
export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
	const archive = await loadArchive();
	const urls = sitemapPaths(archive).map((p) => `  <url><loc>${archive.links.absolute(p)}</loc></url>`).join('\n');
	return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
		headers: { 'Content-Type': 'application/xml' },
	});
};

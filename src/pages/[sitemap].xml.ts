import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapFiles } from '../core/views/sitemap.ts';
import { loadArchive } from '../site/archive.ts';
import { streamOf } from '../site/stream.ts';

/**
 * Every page of the archive, for search engines: /sitemap.xml, or past 50,000 pages an index of
 * /sitemap-1.xml, /sitemap-2.xml… (see `sitemapFiles`). A build that was not told the site's
 * address (SITE_URL) writes none rather than make one up, and robots.txt names none.
 */
export const getStaticPaths = (async () => sitemapFiles(await loadArchive()).map((file) => ({ params: { sitemap: file.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const file = sitemapFiles(await loadArchive()).find((f) => f.name === params.sitemap);
	if (!file) return new Response('Not found', { status: 404 });
	return new Response(streamOf(file.pieces()), { headers: { 'Content-Type': 'application/xml' } });
};

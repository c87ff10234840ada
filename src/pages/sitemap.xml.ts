import type { APIRoute } from 'astro';
import { sitemapPaths } from '../core/views/indexes.ts';
import { loadArchive } from '../site/archive.ts';

/** Every page of the archive, for search engines. */
export const GET: APIRoute = async () => {
	const archive = await loadArchive();
	const urls = sitemapPaths(archive).map((p) => `  <url><loc>${archive.links.absolute(p)}</loc></url>`).join('\n');
	return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
		headers: { 'Content-Type': 'application/xml' },
	});
};

import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/archive.ts';
import { absolute } from '../lib/links.ts';
import { href, recordHref, sections } from '../lib/site.ts';

/** Every page of the archive, for search engines. */
export const GET: APIRoute = async ({ site }) => {
	const { all } = await loadArchive();
	const paths = [href(), ...sections.map((s) => href(s.path)), href('organizations/'), href('data/'), ...all.map((e) => recordHref(e.collection, e.id))];
	const urls = [...new Set(paths)].map((p) => `  <url><loc>${absolute(p, site)}</loc></url>`).join('\n');
	return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
		headers: { 'Content-Type': 'application/xml' },
	});
};

import type { APIRoute } from 'astro';
import { siteLinks } from '../core/links.ts';

/** Crawlers may read everything; the sitemap lists every page. (Hosts honour robots.txt only at a domain's root.) */
export const GET: APIRoute = () => {
	const { absolute, href } = siteLinks({ base: import.meta.env.BASE_URL, site: import.meta.env.SITE });
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(href('sitemap.xml'))}\n`, { headers: { 'Content-Type': 'text/plain' } });
};

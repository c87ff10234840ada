import type { APIRoute } from 'astro';
import { absolute, href } from '../site/links.ts';

/**
 * Crawlers may read everything; the sitemap lists every page, when there is one (a build that
 * was not told the site's address writes none). Hosts honour robots.txt only at a domain's root.
 */
export const GET: APIRoute = () => {
	const sitemap = absolute(href('sitemap.xml'));
	const body = sitemap ? `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n` : 'User-agent: *\nAllow: /\n\n# No sitemap: this copy of the archive was built without its address (SITE_URL).\n';
	return new Response(body, { headers: { 'Content-Type': 'text/plain' } });
};

import type { APIRoute } from 'astro';
import { absolute } from '../lib/links.ts';
import { href } from '../lib/site.ts';

/** Crawlers may read everything; the sitemap lists every page. (Hosts honour robots.txt only at a domain's root.) */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(href('sitemap.xml'), site)}\n`, { headers: { 'Content-Type': 'text/plain' } });

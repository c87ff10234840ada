// The weight of the built pages: a testimony page with what it loads, and the largest HTML
// pages against the size no page may pass.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The most an HTML page may weigh, in kB (1,000 bytes), at any size of archive: a reader on a slow connection must still get every page. */
export const pageLimitKb = 300;

const kb = (bytes: number) => Math.round(bytes / 100) / 10;

/** A page's HTML with the stylesheets (and, apart, scripts) it links, in bytes. */
export function pageWeight(dist: string, path: string) {
	const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
	const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => join(dist, m[1].replace(/^\//, ''))).filter((f) => existsSync(f));
	const css = linked(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g).concat(linked(/<link[^>]+href="([^"]+\.css)"[^>]*rel="stylesheet"/g));
	const js = linked(/<script[^>]+src="([^"]+)"/g);
	const bytes = (files: string[]) => [...new Set(files)].reduce((s, f) => s + statSync(f).size, 0);
	const gz = (files: string[]) => [...new Set(files)].reduce((s, f) => s + gzipSync(readFileSync(f)).length, 0);
	return { html: Buffer.byteLength(html), css: bytes(css), js: bytes(js), gzip: gzipSync(html).length + gz(css) };
}

/** The largest HTML pages (path and kB), how many pass the limit, and the spread of testimony page sizes. */
export function pageSizes(dist: string) {
	const largest: { path: string; kb: number }[] = [];
	const testimonies: number[] = [];
	let over = 0;
	const walk = (path: string) => {
		for (const entry of readdirSync(join(dist, path), { withFileTypes: true })) {
			const rel = path ? `${path}/${entry.name}` : entry.name;
			if (entry.isDirectory()) {
				if (rel !== 'pagefind' && rel !== '_astro') walk(rel);
			} else if (entry.name.endsWith('.html')) {
				const size = statSync(join(dist, rel)).size;
				if (rel.startsWith('testimonies/') && rel !== 'testimonies/index.html') testimonies.push(size);
				if (kb(size) > pageLimitKb) over++;
				largest.push({ path: rel, kb: kb(size) });
				if (largest.length > 200) largest.sort((a, b) => b.kb - a.kb).splice(8);
			}
		}
	};
	walk('');
	testimonies.sort((a, b) => a - b);
	return {
		largest_pages: largest.sort((a, b) => b.kb - a.kb).slice(0, 8),
		pages_over_limit: over,
		testimony_html_kb_median: kb(testimonies[Math.floor(testimonies.length / 2)] ?? 0),
		testimony_html_kb_max: kb(testimonies.at(-1) ?? 0),
	};
}

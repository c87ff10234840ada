import type { ArchiveIndex } from '../archive.ts';
import { sections } from '../links.ts';
import { campsIndex } from './camp-groups.ts';
import { detentionsByPerson, detentionsByPlace } from './detention-lists.ts';
import { organizationsIndex, placesIndex, sourcesIndex } from './indexes.ts';
import { perArchive } from './paging.ts';
import { peopleIndex, peopleRoles, peopleWithRole } from './people-index.ts';
import { linkedListPages } from './record-lists.ts';
import { testimonyList } from './testimony-lists.ts';
import { timelinePages } from './timeline-pages.ts';

/** The most addresses one sitemap file may hold: the sitemap protocol's limit (with 50 MB). */
export const sitemapLimit = 50_000;

/**
 * Every HTML page of the site a search engine should know, once each (the page for an address
 * not found aside): the home page, every section, the search page, every record, and every page
 * of every paged list. Each list is made, its addresses kept and the list let go, one at a time.
 * Worked out once per build, for the sitemap files that share it.
 */
export const sitemapPaths = perArchive((archive: ArchiveIndex): string[] => {
	const { href, recordHref } = archive.links;
	const paths = new Set([href(), ...sections.map((s) => href(s.path)), href('search/'), ...archive.all.map((r) => recordHref(r.collection, r.id))]);
	const add = (pages: readonly { href: string }[]) => {
		for (const page of pages) paths.add(page.href);
	};
	add(peopleIndex(archive).pages);
	for (const { role } of peopleRoles(archive)) add(peopleWithRole(archive, role));
	add(campsIndex(archive).pages);
	add(placesIndex(archive).pages);
	add(organizationsIndex(archive).pages);
	add(sourcesIndex(archive));
	for (const order of ['date', 'camp', 'title'] as const) add(testimonyList(archive, order));
	add(detentionsByPlace(archive));
	add(detentionsByPerson(archive));
	add(timelinePages(archive).map((p) => p.page));
	for (const collection of ['people', 'camps', 'places', 'organizations', 'sources'] as const) add(linkedListPages(archive, collection).map((p) => p.page));
	return [...paths];
});

/** A sitemap file: its name without `.xml`, and its text in pieces, a line each. */
interface SitemapFile {
	name: string;
	pieces: () => Iterable<string>;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
const namespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/**
 * The sitemap files: `sitemap.xml` of every page; or, when there are more than `limit` pages,
 * `sitemap.xml` as an index of `sitemap-1.xml`, `sitemap-2.xml`… of `limit` pages each. None
 * when the build was not told the site's address: a sitemap must give full addresses, and the
 * archive never makes one up.
 */
export function sitemapFiles(archive: ArchiveIndex, limit = sitemapLimit): SitemapFile[] {
	if (!archive.links.addressKnown) return [];
	const paths = sitemapPaths(archive);
	const loc = (path: string) => `<loc>${escapeXml(archive.links.absolute(path)!)}</loc>`;
	function* urlset(from: number, to: number) {
		yield `${declaration}<urlset xmlns="${namespace}">\n`;
		for (let i = from; i < Math.min(to, paths.length); i++) yield `  <url>${loc(paths[i])}</url>\n`;
		yield '</urlset>\n';
	}
	if (paths.length <= limit) return [{ name: 'sitemap', pieces: () => urlset(0, paths.length) }];
	const parts = Array.from({ length: Math.ceil(paths.length / limit) }, (_, i) => ({ name: `sitemap-${i + 1}`, pieces: () => urlset(i * limit, (i + 1) * limit) }));
	function* index() {
		yield `${declaration}<sitemapindex xmlns="${namespace}">\n`;
		for (const part of parts) yield `  <sitemap>${loc(archive.links.href(`${part.name}.xml`))}</sitemap>\n`;
		yield '</sitemapindex>\n';
	}
	return [{ name: 'sitemap', pieces: index }, ...parts];
}

import type { Citation } from './citation.ts';
import type { Licence } from './settings.ts';

/** One `<meta>` tag of a page's head: `name` for Highwire Press and Dublin Core, `property` for Open Graph. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/** The language the archive's pages are written in (names in other languages carry their own). */
const language = 'en';

/**
 * The tags reference managers and search engines read from a record's page, all from its
 * citation, so they say what "Cite this" says: Highwire Press `citation_*` (Zotero's and Google
 * Scholar's) and Dublin Core. The page's address is given only when the site's address is
 * known: a tool reading the page takes the address it was read at otherwise.
 */
export function recordMetaTags(citation: Citation, description: string, licence: Licence, address: string | undefined): MetaTag[] {
	const name = (n: string, content: string | undefined) => (content ? [{ name: n, content }] : []);
	const property = (p: string, content: string | undefined) => (content ? [{ property: p, content }] : []);
	const changed = citation.changed;
	return [
		...name('citation_title', citation.title),
		...name('citation_author', citation.author),
		// Google Scholar asks for year/month/day; Zotero reads it too.
		...name('citation_publication_date', changed?.replaceAll('-', '/')),
		...name('citation_publisher', citation.archive),
		...name('citation_public_url', address),
		...name('citation_language', language),
		...name('DC.title', citation.title),
		...name('DC.creator', citation.author),
		...name('DC.publisher', citation.archive),
		...name('DC.date', changed),
		...name('DC.type', 'Text'),
		...name('DC.format', 'text/html'),
		...name('DC.language', language),
		...name('DC.identifier', address),
		...name('DC.description', description),
		...name('DC.rights', `${licence.name} (${licence.id}), ${licence.url}`),
		...property('article:modified_time', changed),
	];
}

/**
 * The Open Graph tags of any page, for link previews: its title, description and the archive's
 * name; its address only when the site's is known (a preview takes the address it was given
 * otherwise). A record's page is an article.
 */
export function pageMetaTags(page: { title: string; description?: string; siteName: string; address?: string; article: boolean }): MetaTag[] {
	return [
		{ property: 'og:type', content: page.article ? 'article' : 'website' },
		{ property: 'og:title', content: page.title },
		...(page.description ? [{ property: 'og:description', content: page.description }] : []),
		{ property: 'og:site_name', content: page.siteName },
		...(page.address ? [{ property: 'og:url', content: page.address }] : []),
	];
}

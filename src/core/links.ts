import type { CollectionName } from '../schemas/common.ts';

/** The archive's name, shown in every page's header and in citations. */
export const archiveName = 'Xinjiang Detention Testimony Archive';

/** The longest page title search results and browser tabs show whole. */
const titleLength = 70;

/**
 * A page's title: its own name first, then the archive's when both fit in 70 characters, else
 * the name alone, cut at a word if it is longer still. `part` (a list's "page 2 of 14") is kept
 * whole after the name, so that no two pages of a list share a title.
 */
export function pageTitle(title: string, part?: string): string {
	if (title === archiveName && !part) return title;
	const after = part ? ` (${part})` : '';
	const full = `${title}${after} · ${archiveName}`;
	if (full.length <= titleLength) return full;
	if (title.length + after.length <= titleLength) return `${title}${after}`;
	const cut = title.slice(0, titleLength - after.length - 1);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,.:;–—-]+$/, '')}…${after}`;
}

/** The sections of the site, in the order the header lists them: every index, the data and the about page. */
export const sections = [
	{ path: 'testimonies/', label: 'Testimonies' },
	{ path: 'people/', label: 'People' },
	{ path: 'camps/', label: 'Camps' },
	{ path: 'detentions/', label: 'Detentions' },
	{ path: 'places/', label: 'Places' },
	{ path: 'map/', label: 'Map' },
	{ path: 'organizations/', label: 'Organisations' },
	{ path: 'sources/', label: 'Sources' },
	{ path: 'timeline/', label: 'Timeline' },
	{ path: 'data/', label: 'Data' },
	{ path: 'about/', label: 'About' },
] as const;

/** Joins the site's base path and a path inside the site, so the site works under any sub-path. */
function withBase(base: string, path = ''): string {
	return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

/** The address of a record page, relative to the base path. */
export const recordPath = (collection: CollectionName, id: string) => `${collection}/${id}/`;

/** Where the site is deployed: the base path its links carry, and the address of its domain when it is known. */
export interface SiteAddress {
	/** The base path, e.g. "/" or "/archive/". */
	base: string;
	/** The address of the domain, e.g. "https://archive.example.net"; undefined when the build was not told it (SITE_URL). */
	site?: string | URL;
}

/** The links of a site deployed at an address: inside the site, to a record, and to give outside it. */
export function siteLinks({ base, site }: SiteAddress) {
	const href = (path = '') => withBase(base, path);
	/** The full address of a link of the site (a path that already carries the base path), when the site's address is known. */
	const absolute = (path: string) => (site ? new URL(path, site).href : undefined);
	/**
	 * The address to give for a link of the site where it is read apart from the site (a
	 * citation, a data file): the full address when the site's is known, else the path from the
	 * site's root. Never a made-up domain.
	 */
	const permalink = (path: string) => absolute(path) ?? path;
	return {
		href,
		recordHref: (collection: CollectionName, id: string) => href(recordPath(collection, id)),
		/** The first page of the list of all the records of one kind linked to a record, when its page shows only the first: `places/<id>/testimonies/`. */
		recordListHref: (collection: CollectionName, id: string, list: string) => href(`${recordPath(collection, id)}${list}/`),
		/** Whether the build was told the site's address, so that `permalink` gives full addresses. */
		addressKnown: Boolean(site),
		absolute,
		permalink,
		/** A record page's permalink. */
		recordPermalink: (collection: CollectionName, id: string) => permalink(href(recordPath(collection, id))),
	};
}

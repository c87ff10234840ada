import type { CollectionName } from '../schemas/common.ts';

/** The archive's name, shown in every page's header and in citations. */
export const archiveName = 'Xinjiang Detention Testimony Archive';

/** The sections of the site, in the order the header lists them. */
export const sections = [
	{ path: 'testimonies/', label: 'Testimonies' },
	{ path: 'people/', label: 'People' },
	{ path: 'camps/', label: 'Camps' },
	{ path: 'places/', label: 'Places' },
	{ path: 'sources/', label: 'Sources' },
	{ path: 'timeline/', label: 'Timeline' },
	{ path: 'search/', label: 'Search' },
	{ path: 'about/', label: 'About' },
] as const;

/** Joins the site's base path and a path inside the site, so the site works under any sub-path. */
function withBase(base: string, path = ''): string {
	return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

/** The address of a record page, relative to the base path. */
export const recordPath = (collection: CollectionName, id: string) => `${collection}/${id}/`;

/** Where the site is deployed: the base path its links carry, and the address of its domain. */
export interface SiteAddress {
	/** The base path, e.g. "/" or "/archive/". */
	base: string;
	/** The address of the domain, e.g. "https://archive.example.org". */
	site: string | URL;
}

/** The links of a site deployed at an address: inside the site, to a record, and absolute. */
export function siteLinks({ base, site }: SiteAddress) {
	const href = (path = '') => withBase(base, path);
	return {
		href,
		recordHref: (collection: CollectionName, id: string) => href(recordPath(collection, id)),
		/** An absolute address for a link of the site (a path that already carries the base path). */
		absolute: (path: string) => new URL(path, site).href,
	};
}

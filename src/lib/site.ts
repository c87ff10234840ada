import type { CollectionName } from '../schemas/common.ts';
import { recordPath, withBase } from './links.ts';

/** The archive's name, shown in every page's header and in citations. */
export const archiveName = 'Xinjiang Detention Testimony Archive';

/** A link inside the site, under whatever base path it is deployed at. */
export const href = (path = '') => withBase(import.meta.env.BASE_URL, path);

/** A link to a record page. */
export const recordHref = (collection: CollectionName, id: string) => href(recordPath(collection, id));

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

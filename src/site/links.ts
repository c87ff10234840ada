import { siteLinks } from '../core/links.ts';

/** Links inside the site, under whatever base path it is deployed at, for pages that need no record. */
export const { href, absolute, addressKnown } = siteLinks({ base: import.meta.env.BASE_URL, site: import.meta.env.SITE });

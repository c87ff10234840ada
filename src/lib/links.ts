import type { CollectionName } from '../schemas/common.ts';

/** Joins the site's base path and a path inside the site, so the site works under any sub-path. */
export function withBase(base: string, path = ''): string {
	return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

/** The address of a record page, relative to the base path. */
export const recordPath = (collection: CollectionName, id: string) => `${collection}/${id}/`;

/** An absolute address for a path of the site, on the domain it is deployed at. */
export const absolute = (path: string, site: URL | string | undefined) => new URL(path, site ?? 'https://example.org').href;

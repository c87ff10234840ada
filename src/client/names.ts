import { nameLookup } from '../core/name-lookup.ts';
import { nameIndexFolder } from '../core/name-search.ts';

/** The name index of the site served under `base`, read file by file as a query needs it. */
export function siteNames(base: string) {
	return nameLookup(async (file) => {
		const response = await fetch(`${base}${nameIndexFolder}${file}.json`);
		// A file of an older build (a page open across a new deployment) is gone: say so, never answer from half an index.
		if (!response.ok) throw new Error(`The search index could not be read (${response.status}); reload the page.`);
		return response.json();
	});
}

import type { APIRoute } from 'astro';
import { loadArchive, namesOf, titleOf } from '../../lib/archive.ts';
import { nameKeys } from '../../lib/fold.ts';
import { collectionLabels } from '../../lib/labels.ts';
import { recordHref } from '../../lib/site.ts';

/**
 * The names of people, camps, places and organisations, for suggesting the closest known
 * names when a search finds nothing. Loaded only then.
 */
export const GET: APIRoute = async () => {
	const { all } = await loadArchive();
	const names = all
		.filter((e) => 'name' in e.data && !('named' in e.data && e.data.named === false))
		.map((e) => ({ name: titleOf(e), kind: collectionLabels[e.collection].one, url: recordHref(e.collection, e.id), keys: namesOf(e).flatMap(nameKeys) }));
	return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive, type Entry } from '../../../lib/archive.ts';
import { citationCsl } from '../../../lib/cite.ts';
import { citationOf } from '../../../lib/citations.ts';

/** The CSL-JSON citation of every record, for reference managers. */
export const getStaticPaths = (async () => {
	const { all } = await loadArchive();
	return all.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
	const csl = citationCsl(await citationOf(props.entry as Entry, site));
	return new Response(JSON.stringify(csl, null, 2), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { loadArchive } from '../../../lib/archive.ts';
import { captureBytes, capturePublished } from '../../../lib/captures.ts';

/**
 * Serves each raw capture byte for byte, HTML captures as text so they can never run on this
 * site; not a capture that names what the archive withholds.
 */
export const getStaticPaths = (async () => {
	const sources = (await loadArchive()).entriesOf('sources');
	const published = await Promise.all(sources.map(capturePublished));
	return sources
		.filter((_, i) => published[i])
		.map((source) => ({ params: { id: source.id, file: source.data.capture.format === 'html' ? `${source.data.capture.file}.txt` : source.data.capture.file }, props: { source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const source = props.source as CollectionEntry<'sources'>;
	return new Response(captureBytes(source), { headers: { 'Content-Type': `text/plain; charset=${source.data.capture.encoding}` } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import type { RecordOf } from '../../../core/records.ts';
import { captureDownloadName } from '../../../core/views/source.ts';
import { captureBytes, loadArchive } from '../../../site/archive.ts';

/**
 * Serves each raw capture byte for byte, HTML captures as text so they can never run on this
 * site; not a capture that names what the archive withholds.
 */
export const getStaticPaths = (async () => {
	const archive = await loadArchive();
	return archive
		.of('sources')
		.filter(archive.captureOffered)
		.map((source) => ({ params: { id: source.id, file: captureDownloadName(source.data.capture) }, props: { source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const source = props.source as RecordOf<'sources'>;
	return new Response(captureBytes(source.data.capture.file), { headers: { 'Content-Type': `text/plain; charset=${source.data.capture.encoding}` } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArchive } from '../../../lib/archive.ts';

/** Serves each raw capture byte for byte; HTML captures as text, so they can never run on this site. */
export const getStaticPaths = (async () => {
	const sources = (await loadArchive()).entriesOf('sources');
	return sources.map((source) => ({
		params: { id: source.id, file: source.data.capture.format === 'html' ? `${source.data.capture.file}.txt` : source.data.capture.file },
		props: { file: source.data.capture.file, encoding: source.data.capture.encoding },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const bytes = readFileSync(join(process.cwd(), 'content', 'sources', props.file as string));
	return new Response(bytes, { headers: { 'Content-Type': `text/plain; charset=${props.encoding}` } });
};

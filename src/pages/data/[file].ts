import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFileNames } from '../../core/export/files.ts';
import { dataFile } from '../../site/data-export.ts';

/** Every file of the export (/data/archive.json, /data/people.csv, …, /data/SHA256SUMS). */
export const getStaticPaths = (() => dataFileNames.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const file = await dataFile(params.file ?? '');
	if (!file) return new Response('Not found', { status: 404 });
	return new Response(file.body, { headers: { 'Content-Type': file.type } });
};

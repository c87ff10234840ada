import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { dataFileNames, exportKinds, siteExport, type DataExport } from '../../lib/export.ts';

/** Every file of the export (/data/archive.json, /data/people.csv, …, /data/SHA256SUMS). */
export const getStaticPaths = (() => dataFileNames.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

// The export is made once per build for all its files: SHA256SUMS must describe the very bytes served.
let made: Promise<DataExport> | undefined;

export const GET: APIRoute = async ({ params, site }) => {
	// The records as written: the export itself takes out what is withheld (see buildDataExport).
	made ??= Promise.all(exportKinds.map((kind) => getCollection(kind))).then((lists) => siteExport(lists.flat(), site ?? import.meta.env.SITE));
	const { files, list } = await made;
	const file = list.find((f) => f.name === params.file);
	if (!file) return new Response('Not found', { status: 404 });
	return new Response(files[file.name], { headers: { 'Content-Type': file.type } });
};

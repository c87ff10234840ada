import { dataFileNames, type DataFile } from '../core/export/files.ts';
import { buildDataExport, type DataExport } from '../core/export/index.ts';
import { loadArchive } from './archive.ts';
import { streamOf } from './stream.ts';

// The export is prepared once for the /data/ page and all its files (SHA256SUMS and the sizes on
// the page must describe the very bytes served), and let go once each has had its part.
let made: Promise<DataExport> | undefined;
let waiting = new Set<string>();
const listPart = '(list)';

async function take(part: string): Promise<DataExport> {
	if (!made || !waiting.has(part)) {
		made = undefined;
		waiting = new Set([listPart, ...dataFileNames]);
	}
	const current = (made ??= loadArchive().then(buildDataExport));
	waiting.delete(part);
	if (!waiting.size) made = undefined;
	return current;
}

/** The list of the export's files, with their sizes and counts, for the /data/ page. */
export const dataFileList = async (): Promise<DataFile[]> => (await take(listPart)).list;

/** One file of the export as a stream of bytes, or undefined when there is no file of that name. */
export async function dataFile(name: string): Promise<{ body: ReadableStream<Uint8Array>; type: string } | undefined> {
	if (!dataFileNames.includes(name)) return undefined;
	const { pieces, list } = await take(name);
	return { body: streamOf(pieces(name)), type: list.find((f) => f.name === name)!.type };
}

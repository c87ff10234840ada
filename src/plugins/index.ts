import { relative, sep } from 'node:path';
import type { VFile } from 'vfile';
import { loadArchiveIndex } from '../lib/content/index.ts';
import rehypeMentionLinks from './rehype-mention-links.ts';
import rehypeQuoteMarks from './rehype-quote-marks.ts';

/** The record a Markdown file under content/ belongs to, as [collection, id]. */
function recordOf(root: string, file: VFile): [string, string] | undefined {
	const path = file.path || file.history[0];
	if (!path) return undefined;
	const parts = relative(root, path).split(sep);
	return parts.length === 3 && parts[0] === 'content' && parts[2].endsWith('.md') ? [parts[1], parts[2].slice(0, -3)] : undefined;
}

/** The archive's rehype plugins, fed from the records on disk. */
export function archiveRehypePlugins(root: string, base: string) {
	const index = loadArchiveIndex(root);
	return [
		[
			rehypeQuoteMarks,
			{
				quotesFor: (id: string) => index.quotesBySource.get(id) ?? [],
				sourceIdOf: (file: VFile) => {
					const record = recordOf(root, file);
					return record?.[0] === 'sources' ? record[1] : undefined;
				},
			},
		],
		[
			rehypeMentionLinks,
			{
				targets: index.nameTargets(base),
				recordKeyOf: (file: VFile) => recordOf(root, file)?.join('/'),
			},
		],
	] as const;
}

import { relative, sep } from 'node:path';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { VFile } from 'vfile';
import { loadArchiveIndex } from '../lib/content/index.ts';
import rehypeMentionLinks from './rehype-mention-links.ts';
import rehypeQuoteMarks from './rehype-quote-marks.ts';
import rehypeRawIfAny from './rehype-raw-if-any.ts';
import rehypeRedact from './rehype-redact.ts';

/** The record a Markdown file under content/ belongs to, as [collection, id]. */
function recordOf(root: string, file: VFile): [string, string] | undefined {
	const path = file.path || file.history[0];
	if (!path) return undefined;
	const parts = relative(root, path).split(sep);
	return parts.length === 3 && parts[0] === 'content' && parts[2].endsWith('.md') ? [parts[1], parts[2].slice(0, -3)] : undefined;
}

/**
 * The archive's rehype plugins, fed from the records on disk. Raw HTML in Markdown is
 * parsed and sanitised first (Astro parses it only after these plugins): no scripts, event
 * handlers, styles or javascript: links survive. Withheld values are replaced before any
 * other plugin reads the text.
 */
export function archiveRehypePlugins(root: string, base: string) {
	const index = loadArchiveIndex(root);
	return [
		rehypeRawIfAny,
		// GitHub's safe subset, less form inputs (task-list checkboxes have no use in an archive).
		[rehypeSanitize, { ...defaultSchema, tagNames: defaultSchema.tagNames?.filter((t) => t !== 'input') }],
		[rehypeRedact, { redactions: index.redactions }],
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

import { sep } from 'node:path';
import { createMarkdownProcessor, markdownConfigDefaults, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { VFile } from 'vfile';
import type { NameTarget } from '../core/mentions.ts';
import rehypeMentionLinks from './rehype-mention-links.ts';
import rehypeOwnImages from './rehype-own-images.ts';
import rehypeQuoteMarks, { type QuoteMarksOptions } from './rehype-quote-marks.ts';
import rehypeRawIfAny from './rehype-raw-if-any.ts';
import remarkSatteriParse from './remark-satteri-parse.ts';

/**
 * How the archive's Markdown is read. SmartyPants stays off: archived text keeps its own quotes
 * and dashes, character for character.
 */
export const markdownOptions = { gfm: true, smartypants: false } as const;

/** What the plugins need to know about the whole archive. */
export interface ArchivePluginData {
	/** The passages records quote from a source, by source id. */
	quotesFor: (sourceId: string) => readonly string[];
	/** Names and spellings of the records a mention links to. */
	targets: readonly NameTarget[];
	/** The records that quote each passage of a source (see `QuoteMarksOptions`); none given, no back-links. */
	backlinksFor?: QuoteMarksOptions['backlinksFor'];
}

/** The record a rendered file belongs to, as [collection, id], from its path: content/<collection>/<id>.md. */
export function recordOf(file: VFile): [string, string] | undefined {
	const parts = (file.path || file.history[0] || '').split(sep).slice(-3);
	return parts.length === 3 && parts[0] === 'content' && parts[2].endsWith('.md') ? [parts[1], parts[2].slice(0, -3)] : undefined;
}

/**
 * The archive's rehype plugins. Raw HTML in Markdown is parsed and sanitised first: no
 * scripts, event handlers, styles or javascript: links survive, and no image from another site
 * (an image is loaded without the reader asking). The Markdown they are given is a record's
 * public text, withheld values already replaced (`buildArchive`).
 */
export function archiveRehypePlugins(data: ArchivePluginData) {
	return [
		rehypeRawIfAny,
		// GitHub's safe subset, less form inputs (task-list checkboxes have no use in an archive)
		// and <source>, whose srcset loads images from any address.
		[rehypeSanitize, { ...defaultSchema, tagNames: defaultSchema.tagNames?.filter((t) => t !== 'input' && t !== 'source') }],
		rehypeOwnImages,
		[
			rehypeQuoteMarks,
			{
				quotesFor: data.quotesFor,
				backlinksFor: data.backlinksFor,
				sourceIdOf: (file: VFile) => {
					const record = recordOf(file);
					return record?.[0] === 'sources' ? record[1] : undefined;
				},
			},
		],
		[rehypeMentionLinks, { targets: data.targets, recordKeyOf: (file: VFile) => recordOf(file)?.join('/') }],
	] as const;
}

/** The Markdown processor records are rendered with: Astro's unified processor, reading with Sätteri, with the archive's plugins. */
export const createArchiveMarkdownProcessor = (data: ArchivePluginData): Promise<MarkdownRenderer> =>
	createMarkdownProcessor({
		...markdownConfigDefaults,
		...markdownOptions,
		remarkPlugins: [remarkSatteriParse],
		// @ts-expect-error the plugin tuples are typed more narrowly than Astro's RehypePlugins
		rehypePlugins: archiveRehypePlugins(data),
	});

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import type { ArchiveRecord } from '../core/records.ts';
import { passageBacklinks } from '../core/views/source.ts';
import { createArchiveMarkdownProcessor } from '../plugins/index.ts';
import { loadArchive } from './archive.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

async function makeRenderer(): Promise<MarkdownRenderer> {
	const archive = await loadArchive();
	return createArchiveMarkdownProcessor({ quotesFor: archive.quotesFrom, targets: archive.nameTargets, backlinksFor: (sourceId) => passageBacklinks(archive, sourceId) });
}

/**
 * A record's text (the Markdown below its front matter, as it may be published) as HTML, with
 * its headings (their ids, for a table of contents). It is rendered when the record's page is
 * built and not kept: see src/loaders/records.ts.
 */
export async function recordHtml(record: ArchiveRecord): Promise<{ html: string; headings: { depth: number; slug: string; text: string }[] }> {
	renderer ??= makeRenderer();
	// The plugins tell the record from its path, content/<collection>/<id>.md.
	const { code, metadata } = await (await renderer).render(record.body, { fileURL: pathToFileURL(resolve(`content/${record.collection}/${record.id}.md`)) });
	return { html: code, headings: metadata.headings };
}

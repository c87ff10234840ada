import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import type { ArchiveRecord } from '../core/records.ts';
import { createArchiveMarkdownProcessor } from '../plugins/index.ts';
import { loadArchive } from './archive.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

async function makeRenderer(): Promise<MarkdownRenderer> {
	const { quotesFrom, nameTargets } = await loadArchive();
	return createArchiveMarkdownProcessor({ quotesFor: quotesFrom, targets: nameTargets });
}

/**
 * A record's text (the Markdown below its front matter, as it may be published) as HTML. It is
 * rendered when the record's page is built and not kept: see src/loaders/records.ts.
 */
export async function recordHtml(record: ArchiveRecord): Promise<string> {
	renderer ??= makeRenderer();
	// The plugins tell the record from its path, content/<collection>/<id>.md.
	const { code } = await (await renderer).render(record.body, { fileURL: pathToFileURL(resolve(`content/${record.collection}/${record.id}.md`)) });
	return code;
}

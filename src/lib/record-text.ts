import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { createArchiveMarkdownProcessor } from '../plugins/index.ts';
import { loadArchive, type Entry } from './archive.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

async function makeRenderer(): Promise<MarkdownRenderer> {
	const { quotesFrom, nameTargets, redactions } = await loadArchive();
	return createArchiveMarkdownProcessor({ redactions, quotesFor: quotesFrom, targets: nameTargets });
}

/**
 * A record's text (the Markdown below its front matter) as HTML. It is rendered when the
 * record's page is built and not kept: see src/loaders/records.ts.
 */
export async function recordHtml(entry: Entry): Promise<string> {
	renderer ??= makeRenderer();
	// The plugins tell the record from its path, content/<collection>/<id>.md.
	const { code } = await (await renderer).render(entry.body ?? '', { fileURL: pathToFileURL(resolve(entry.filePath ?? `content/${entry.collection}/${entry.id}.md`)) });
	return code;
}

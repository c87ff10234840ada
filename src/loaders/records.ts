import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseRecord } from '../lib/content/load.ts';
import type { CollectionName } from '../schemas/common.ts';

/**
 * Reads content/<collection>/*.md into a collection: each record's front matter, validated by
 * the collection's schema, and its Markdown text, but not that text as HTML. Astro keeps a
 * collection's whole store in memory to the end of the build (as a module's source and as its
 * parsed data), and the HTML of every record was the largest part of it; a page renders its
 * record's text when it is built (src/lib/record-text.ts).
 */
export function records(collection: CollectionName): Loader {
	const load = async ({ config, store, parseData, generateDigest }: LoaderContext) => {
		const root = fileURLToPath(config.root);
		const names = (await readdir(join(root, 'content', collection))).filter((name) => name.endsWith('.md')).sort();
		store.clear();
		for (const name of names) {
			const filePath = join('content', collection, name);
			const text = await readFile(join(root, filePath), 'utf8');
			// The same reading as `npm run check`, which has already passed when a build gets here.
			const record = parseRecord(collection, name.slice(0, -3), filePath, text);
			const data = await parseData({ id: record.id, data: record.data, filePath });
			store.set({ id: record.id, data, body: record.body, filePath, digest: generateDigest(text) });
		}
	};
	let watching = false;
	return {
		name: 'archive-records',
		load: async (context) => {
			await load(context);
			if (!context.watcher || watching) return;
			watching = true;
			// In `npm run dev`, read the collection again when one of its files changes.
			const dir = join(fileURLToPath(context.config.root), 'content', collection);
			context.watcher.on('all', (_event, path) => {
				if (path.startsWith(dir) && path.endsWith('.md')) void load(context);
			});
		},
	};
}

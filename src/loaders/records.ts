import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { redactionsOf } from '../core/withhold.ts';
import { collectionNames, type CollectionName } from '../schemas/common.ts';
import { checkArchive, formatProblem, type CheckedRecord } from '../tools/check/index.ts';
import { reportWithheldTo, type WithheldMessage } from '../tools/scan.ts';

/** The collections that have taken their records from the last reading. */
const loaded = new Set<CollectionName>();
/** The last reading, for the folder it was made in: the six collections' loaders share it. */
let checked: { root: string; byKind: Map<CollectionName, CheckedRecord[]> } | undefined;

/**
 * Reads every record under content/ and checks it, once for all six collections: a build with a
 * broken record stops before any page, with every problem listed as
 * `file:line — field — what is wrong — how to fix`. In `npm run dev` the problems are reported
 * and the records that passed their schemas are served.
 */
function readArchive({ config, logger, watcher }: LoaderContext): Map<CollectionName, CheckedRecord[]> {
	const root = fileURLToPath(config.root);
	if (checked?.root === root) return checked.byKind;
	const { records, problems } = checkArchive(root);
	const errors = problems.filter((p) => p.severity === 'error');
	const warnings = problems.filter((p) => p.severity === 'warning');
	if (warnings.length) logger.warn(`${warnings.length} warning(s):\n${warnings.map(formatProblem).join('\n')}`);
	if (errors.length) {
		logger.error(`${errors.length} problem(s) in content/ must be fixed before the archive is built:\n${errors.map(formatProblem).join('\n')}`);
		if (!watcher) process.exit(1);
	}
	const byKind = new Map<CollectionName, CheckedRecord[]>();
	for (const record of records) {
		const list = byKind.get(record.collection);
		if (list) list.push(record);
		else byKind.set(record.collection, [record]);
	}
	checked = { root, byKind };
	// The build's last step scans every built file for withheld values; it learns them from this
	// reading rather than reading the records a second time.
	if (process.env[reportWithheldTo]) process.send?.({ withheldValues: redactionsOf(records.map((r) => ({ collection: r.collection, data: r.value }))).map((r) => r.value) } satisfies WithheldMessage);
	return byKind;
}

/**
 * Loads content/<collection>/*.md into a collection: each record's front matter as the check
 * validated it (with the same schemas Astro's types come from) and its Markdown text, but not
 * that text as HTML. Astro keeps a collection's whole store in memory to the end of the build
 * (as a module's source and as its parsed data), and the HTML of every record was the largest
 * part of it; a page renders its record's text when it is built (src/site/render.ts).
 */
export function records(collection: CollectionName): Loader {
	const load = (context: LoaderContext) => {
		context.store.clear();
		for (const record of readArchive(context).get(collection) ?? []) context.store.set({ id: record.id, data: record.value, body: record.body, filePath: record.file });
		// Once every collection has its records, a build lets the reading go: what the check kept
		// to read them (each record's parsed text, its front matter) would stay in memory to the
		// end of the build, about as large again as the records. `npm run dev` keeps it for reloads.
		if (!context.watcher && loaded.add(collection).size === collectionNames.length) checked = undefined;
	};
	let watching = false;
	return {
		name: 'archive-records',
		load: async (context) => {
			load(context);
			if (!context.watcher || watching) return;
			watching = true;
			// In `npm run dev`, read and check the archive again when one of this collection's files changes.
			const dir = join(fileURLToPath(context.config.root), 'content', collection);
			context.watcher.on('all', (_event, path) => {
				if (!path.startsWith(`${dir}${sep}`) || !path.endsWith('.md')) return;
				checked = undefined;
				load(context);
			});
		},
	};
}

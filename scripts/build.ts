// The archive's build: `npm run build [-- --outDir <dir>] [--no-text-index]`.
//
// 1. `astro build --force` reads and checks every record (and stops with every problem listed),
//    then writes the pages and data exports. It tells this process the withheld values.
// 2. Each record's citation file, /cite/<kind>/<id>.json, is split from data/citations.json:
//    written by Astro, one route per file would cost about a millisecond each, half a minute
//    at 10,000 testimonies, for files a few hundred bytes long.
// 3. Pagefind indexes the written pages into <outDir>/pagefind/, the text search (not with
//    --no-text-index: a preview, or the benchmark of name search on an archive too large to
//    index on the machine; the search page then says the texts cannot be searched). Names are
//    searched from the name index, which Astro writes with the pages (search/names/).
// 4. Every file of the site, the search index included, is scanned for withheld values.
//
// Steps 2 to 4 run here, after Astro's process has exited, not in an Astro hook: on a large
// archive Astro still holds gigabytes when its last page is written, and Pagefind's own
// memory would be added on top of it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { citationsFile } from '../src/core/export/files.ts';
import { findValues, reportWithheldTo, type WithheldMessage } from '../src/tools/scan.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ allowNegative: true, options: { outDir: { type: 'string', default: 'dist' }, 'text-index': { type: 'boolean', default: true } } });
const dist = resolve(root, values.outDir!);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Runs Astro's build; resolves with its exit code and the withheld values its reading of the records found. */
function astroBuild(): Promise<{ code: number | null; withheld?: string[] }> {
	const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
	return new Promise((done) => {
		let withheld: string[] | undefined;
		const child = spawn(process.execPath, [astro, 'build', '--force', '--outDir', dist], { cwd: root, env: { ...process.env, [reportWithheldTo]: '1' }, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
		child.on('message', (message: WithheldMessage) => (withheld = message.withheldValues));
		child.on('close', (code) => done({ code, withheld }));
	});
}

function writeCitationFiles() {
	const started = performance.now();
	const citations = JSON.parse(readFileSync(join(dist, 'data', citationsFile), 'utf8')) as Record<string, object[]>;
	const folders = new Set<string>();
	for (const [key, items] of Object.entries(citations)) {
		const file = join(dist, 'cite', `${key}.json`);
		if (!folders.has(dirname(file))) mkdirSync(dirname(file), { recursive: true });
		folders.add(dirname(file));
		writeFileSync(file, JSON.stringify(items, null, 2));
	}
	console.log(`[cite] wrote ${Object.keys(citations).length} citation files in ${seconds(started)}`);
}

async function indexSearch() {
	const started = performance.now();
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: dist });
	if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
	const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
	if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	await pagefind.close();
	console.log(`[search] indexed ${added.page_count} pages in ${seconds(started)}`);
}

/** Fails when a withheld name or location reached any file of the site, its search index or its exports. */
function guardWithheld(values: string[] | undefined) {
	const started = performance.now();
	// Without the values the scan cannot prove anything: fail rather than pass unchecked.
	if (!values) throw new Error('The build did not report which values are withheld, so the built site cannot be checked for them.');
	if (!values.length) return;
	const leaks = findValues(dist, values);
	if (leaks.length) throw new Error(`Withheld values reached the built site: ${leaks.map((l) => `${l.file} contains “${l.value}”`).join('; ')}`);
	console.log(`[withheld] checked that ${values.length} withheld value(s) appear in no built file (${seconds(started)})`);
}

const started = performance.now();
const { code, withheld } = await astroBuild();
if (code !== 0 || !existsSync(dist)) process.exit(code || 1);
try {
	writeCitationFiles();
	if (values['text-index']) await indexSearch();
	else console.log('[search] no text index (--no-text-index): the texts cannot be searched on this build');
	guardWithheld(withheld);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
console.log(`[build] ${dist} complete in ${seconds(started)}`);

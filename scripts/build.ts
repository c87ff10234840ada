// The archive's build: `npm run build [-- --outDir <dir>]`.
//
// 1. `astro build --force` checks every record (and stops with every problem listed) and
//    writes the pages and data exports.
// 2. Each record's citation file, /cite/<kind>/<id>.json, is split from data/citations.json:
//    written by Astro, one route per file would cost about a millisecond each, half a minute
//    at 10,000 testimonies, for files a few hundred bytes long.
// 3. Pagefind indexes the written pages into <outDir>/pagefind/.
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
import { loadRecords } from '../src/lib/content/load.ts';
import { citationsFile } from '../src/lib/export.ts';
import { findValues } from '../src/lib/scan-dist.ts';
import { redactionsOf } from '../src/lib/withhold.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const dist = resolve(root, values.outDir!);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function astroBuild(): Promise<number | null> {
	const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
	return new Promise((done) => {
		const child = spawn(process.execPath, [astro, 'build', '--force', '--outDir', dist], { cwd: root, stdio: 'inherit' });
		child.on('close', done);
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
function guardWithheld() {
	const started = performance.now();
	// The front matter as written is enough to know what is withheld; the check in step 1 has
	// already proved every record valid.
	const values = redactionsOf(loadRecords(root).map((r) => ({ collection: r.collection, data: r.data }))).map((r) => r.value);
	if (!values.length) return;
	const leaks = findValues(dist, values);
	if (leaks.length) throw new Error(`Withheld values reached the built site: ${leaks.map((l) => `${l.file} contains “${l.value}”`).join('; ')}`);
	console.log(`[withheld] checked that ${values.length} withheld value(s) appear in no built file (${seconds(started)})`);
}

const started = performance.now();
const code = await astroBuild();
if (code !== 0 || !existsSync(dist)) process.exit(code || 1);
try {
	writeCitationFiles();
	await indexSearch();
	guardWithheld();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
console.log(`[build] ${dist} complete in ${seconds(started)}`);

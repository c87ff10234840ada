// The archive's build: `npm run build [-- --outDir <dir>] [--no-text-index]`.
//
// 0. The deployment's settings (SITE_URL, ARCHIVE_CONTACT, ARCHIVE_LICENSE) are checked, and
//    what is left unset is said once, before anything is built.
// 1. `astro build --force` reads and checks every record (and stops with every problem listed),
//    then writes the pages and data exports. It tells this process the withheld values.
// 2. Each record's citation file, /cite/<kind>/<id>.json, is split from data/citations.json:
//    written by Astro, one route per file would cost about a millisecond each, half a minute
//    at 10,000 testimonies, for files a few hundred bytes long.
// 3. Pagefind indexes the written pages into <outDir>/pagefind/, the text search, while a thread
//    of this process scans every other file for withheld values, the name index (search/names/,
//    written by Astro with the pages) included. Not with --no-text-index: a preview, or the
//    benchmark of name search on an archive too large to index on the machine; the search page
//    then says the texts cannot be searched.
// 4. The search index is scanned too: no file of the site may hold a withheld value.
// When any step fails, the output folder is removed: nothing half-built or unchecked is left to publish.
//
// Steps 2 to 4 run here, after Astro's process has exited, not in an Astro hook: on a large
// archive Astro still holds gigabytes when its last page is written, and Pagefind's own
// memory would be added on top of it.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { citationsFile } from '../src/core/export/files.ts';
import { readSettings, SettingsError, settingsWarnings } from '../src/core/settings.ts';
import { readOptions } from '../src/tools/options.ts';
import { findValues, reportWithheldTo, type Leak, type ScanJob, type WithheldMessage } from '../src/tools/scan.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = readOptions(
	{ allowNegative: true, options: { outDir: { type: 'string', default: 'dist' }, 'text-index': { type: 'boolean', default: true } } },
	'Usage: npm run build [-- --outDir <folder>] [--no-text-index]',
);
const dist = resolve(root, values.outDir!);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Node's heap for Astro's build: three quarters of the machine's memory, unless NODE_OPTIONS sets
 * one. Node's own limit (about 4 GB here, whatever the machine has) stops an archive of 100,000
 * testimonies while it is still being read; the build needs what the archive needs, no more.
 */
function heapLimit(): string[] {
	if (/--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '')) return [];
	return [`--max-old-space-size=${Math.floor((totalmem() * 0.75) / 2 ** 20)}`];
}

/** Runs Astro's build; resolves with its exit code and the withheld values its reading of the records found. */
function astroBuild(): Promise<{ code: number | null; withheld?: string[] }> {
	const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
	return new Promise((done) => {
		let withheld: string[] | undefined;
		const child = spawn(process.execPath, [...heapLimit(), astro, 'build', '--force', '--outDir', dist], { cwd: root, env: { ...process.env, [reportWithheldTo]: '1' }, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
		child.on('message', (message: WithheldMessage) => (withheld = message.withheldValues));
		child.on('close', (code) => done({ code, withheld }));
	});
}

/**
 * Splits data/citations.json, read a line at a time: the export writes one `"<kind>/<id>": item`
 * per line, so no more than one citation is held at once, at any size of archive.
 */
async function writeCitationFiles() {
	const started = performance.now();
	const folders = new Set<string>();
	let written = 0;
	for await (const line of createInterface({ input: createReadStream(join(dist, 'data', citationsFile), 'utf8'), crlfDelay: Infinity })) {
		if (line === '{' || line === '}' || !line) continue;
		const [[key, item]] = Object.entries(JSON.parse(`{${line.replace(/,$/, '')}}`) as Record<string, object>);
		const file = join(dist, 'cite', `${key}.json`);
		if (!folders.has(dirname(file))) mkdirSync(dirname(file), { recursive: true });
		folders.add(dirname(file));
		// CSL-JSON is a list of items: this one's, alone, so that importing it makes one entry.
		writeFileSync(file, JSON.stringify([item], null, 2));
		written++;
	}
	console.log(`[cite] wrote ${written} citation files in ${seconds(started)}`);
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

/** Built files are looked at by the path inside the site; Pagefind writes its index under this folder. */
const searchFolder = 'pagefind/';

/**
 * Scans every file but the search index for withheld values, in a thread of its own: it runs
 * while Pagefind indexes the pages in its own process, on the core Pagefind leaves idle.
 */
function scanOutsideSearchIndex(values: string[]): Promise<Leak[]> {
	return new Promise((done, failed) => {
		const worker = new Worker(new URL('../src/tools/scan-worker.ts', import.meta.url), { workerData: { dir: dist, values, skip: searchFolder } satisfies ScanJob });
		worker.once('message', done);
		worker.once('error', failed);
	});
}

/** Fails when a withheld name or location reached any file of the site, its search index or its exports. */
function guardWithheld(values: string[], leaks: Leak[], since: number) {
	if (leaks.length) throw new Error(`Withheld values reached the built site: ${leaks.map((l) => `${l.file} contains “${l.value}”`).join('; ')}`);
	console.log(`[withheld] checked that ${values.length} withheld value(s) appear in no built file (${seconds(since)}, beside the search index)`);
}

/** Stops the build, leaving no output behind: a site that failed a step, above all the last, must not be published by mistake. */
function fail(message: string, code = 1): never {
	if (message) console.error(message);
	rmSync(dist, { recursive: true, force: true });
	console.error(`[build] failed: ${dist} was removed, so that nothing half-built or unchecked can be published.`);
	process.exit(code);
}

/** Stops on a setting that cannot be used; says once what is left unset and what readers get without it. */
function checkSettings() {
	try {
		const settings = readSettings(process.env);
		for (const warning of settingsWarnings(settings)) console.warn(`[settings] ${warning}`);
		console.log(`[settings] the archive's own text and data are published under ${settings.licence.name} (${settings.licence.id}).`);
	} catch (error) {
		if (!(error instanceof SettingsError)) throw error;
		console.error(`[settings] ${error.message}`);
		process.exit(1);
	}
}

const started = performance.now();
checkSettings();
const { code, withheld } = await astroBuild();
if (code !== 0 || !existsSync(dist)) fail('', code || 1);
try {
	// Without the values the scan cannot prove anything: fail rather than pass unchecked.
	if (!withheld) throw new Error('The build did not report which values are withheld, so the built site cannot be checked for them.');
	await writeCitationFiles();
	const scanStarted = performance.now();
	const scanned = withheld.length ? scanOutsideSearchIndex(withheld) : Promise.resolve([]);
	if (values['text-index']) await indexSearch();
	else console.log('[search] no text index (--no-text-index): the texts cannot be searched on this build');
	if (withheld.length) guardWithheld(withheld, [...(await scanned), ...findValues(dist, withheld, (file) => file.startsWith(searchFolder))], scanStarted);
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}
console.log(`[build] ${dist} complete in ${seconds(started)}`);

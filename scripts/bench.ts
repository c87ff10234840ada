// Benchmarks the archive at scale: `npm run bench -- --sizes 1000,10000 [--json out.json] [--compare]`.
//
// For each size it generates a synthetic archive of that many testimonies in a temp folder
// (never in content/), runs the real build there (scripts/build.ts, as `npm run build`),
// and measures build and index time, peak memory, output size, the cost of name search and of text
// search in Chromium, and the weight of a testimony page. --compare also builds as many plain Markdown pages with a minimal
// Astro site and reports the archive's time per page as a multiple of it.
//
// Options: `npm run bench -- --help` (the usage below).
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBaselineProject } from './bench/baseline.ts';
import type { GenerateSummary } from './bench/generate/index.ts';
import { folderStats, runMeasured, type LogLine, type RunResult } from './bench/measure.ts';
import { pageLimitKb, pageSizes, pageWeight } from './bench/pages.ts';
import { createProgress } from './bench/progress.ts';
import { table, targets, type SizeResult } from './bench/report.ts';
import { measureSearch, measureTextSearch, type SearchResult, type TextSearchResult } from './bench/search.ts';
import { readOptions } from '../src/tools/options.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const usage = `Usage: npm run bench -- [--sizes 1000,10000] [--json out.json] [--compare] [--seed N] [--keep] [--timeout MIN] [--no-search] [--no-text-search] [--check-targets]

  --sizes N,N       testimonies in each generated archive (default 1000,10000)
  --json FILE       write every figure as JSON too
  --compare         also build as many plain Markdown pages with a minimal Astro site
  --seed N          the generator's seed (default 1)
  --keep            leave the generated archives and builds in the temporary folder
  --timeout MIN     stop a build that runs longer
  --no-search       do not measure search in the browser
  --no-text-search  build without the text index (Pagefind) and measure name search only
  --check-targets   exit 1 when a target is missed`;
const { values } = readOptions(
	{
		allowNegative: true,
		options: {
			sizes: { type: 'string', default: '1000,10000' },
			json: { type: 'string' },
			compare: { type: 'boolean', default: false },
			seed: { type: 'string', default: '1' },
			keep: { type: 'boolean', default: false },
			timeout: { type: 'string', default: '0' },
			search: { type: 'boolean', default: true },
			'text-search': { type: 'boolean', default: true },
			'check-targets': { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
	},
	usage,
);
if (values.help) {
	console.log(usage);
	process.exit(0);
}
const sizes = values.sizes!.split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
if (!sizes.length || sizes.some((s) => !Number.isInteger(s) || s < 1)) {
	console.error(usage);
	process.exit(2);
}
const seed = Number(values.seed);
const timeoutMs = Number(values.timeout) * 60_000 || undefined;
const progress = createProgress();
const MiB = 1024 * 1024;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;


/** Build phases, from the log lines Astro and the archive's build script print, in seconds from the start. */
function phasesOf(lines: LogLine[]): Record<string, number> {
	const at = (pattern: RegExp, after = 0) => lines.find((l) => l.at >= after && pattern.test(l.text))?.at;
	const marks: Record<string, number | undefined> = {};
	marks.content_sync_start = at(/\[content\] Syncing content/);
	marks.content_sync_end = at(/\[content\] Synced content/);
	marks.vite_start = at(/Building static entrypoints/);
	marks.routes_start = at(/generating static routes/);
	marks.routes_end = marks.routes_start === undefined ? undefined : at(/✓ Completed in/, marks.routes_start);
	const indexed = lines.find((l) => /indexed \d+ pages in [\d.]+ ?s/.test(l.text));
	if (indexed) {
		marks.index_end = indexed.at;
		marks.index_start = indexed.at - Number(/in ([\d.]+) ?s/.exec(indexed.text)![1]) * 1000;
	}
	marks.complete = at(/\[build\] .* complete in/);
	return Object.fromEntries(Object.entries(marks).filter(([, v]) => v !== undefined).map(([k, v]) => [k, round(v! / 1000, 2)]));
}

/**
 * CPU seconds of a build: all its processes, and Pagefind's part. /usr/bin/time counts only
 * the children a process waited for, and Pagefind's service is not always among them, so the
 * per-process figures sampled from /proc are added up too, and the larger total is taken.
 */
function cpuOf(run: RunResult): { total: number; index: number } {
	const programs = Object.entries(run.cpuByProgram);
	const sampled = programs.reduce((sum, [, seconds]) => sum + seconds, 0);
	const index = programs.filter(([program]) => program.startsWith('pagefind')).reduce((sum, [, seconds]) => sum + seconds, 0);
	return { total: Math.max(run.cpuSeconds ?? 0, sampled), index };
}

/** The environment of a build: the project's Node first on PATH, no heap-size override, no telemetry. */
function buildEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${dirname(process.execPath)}:${join(projectRoot, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` };
	if (env.NODE_OPTIONS) env.NODE_OPTIONS = env.NODE_OPTIONS.replace(/--max-old-space-size=\S+/g, '').trim();
	return env;
}

/** The route a written file belongs to, for the time per route: "people", "cite/people", "sources (index)". */
function routeOf(path: string): string {
	const parts = path.replace(/^\/|\/$/g, '').split('/');
	if (parts[0] === 'cite') return `cite/${parts[1]}`;
	if (parts.length === 1 || parts[1] === 'index.html') return `${parts[0]} (index)`;
	if (parts[0] === 'sources' && parts.length > 2 && parts[2] !== 'index.html') return 'sources/capture';
	return parts[0];
}

/**
 * Runs a build (the archive's own build command, or `astro build` for the baseline); also adds
 * up, per route, the time Astro prints beside each file it writes.
 */
async function build(dir: string, label: string, command: string[]): Promise<{ run: RunResult; routes: Record<string, { s: number; files: number; ms_per_file: number }> }> {
	let phase = 'starting';
	const routes = new Map<string, { ms: number; files: number }>();
	const run = await runMeasured(process.execPath, command, {
		cwd: dir,
		env: buildEnv(),
		timeoutMs,
		onLine: (line, pages) => {
			const t = line.text;
			const file = /[├└]─ (\/\S*) \(\+([\d.]+)(ms|s)\)/.exec(t);
			if (file) {
				const route = routes.get(routeOf(file[1])) ?? { ms: 0, files: 0 };
				route.ms += Number(file[2]) * (file[3] === 's' ? 1000 : 1);
				route.files++;
				routes.set(routeOf(file[1]), route);
			} else if (/Syncing content/.test(t)) phase = 'content sync (Markdown + plugins)';
			else if (/Synced content/.test(t)) phase = 'types and build info';
			else if (/Building static entrypoints/.test(t)) phase = 'vite build';
			else if (/generating static routes/.test(t)) phase = 'generating pages';
			else if (/\[build\] Complete!/.test(t)) phase = 'search index';
			progress.detail(`${label}: ${phase}${pages ? `, ${pages.toLocaleString('en')} files written` : ''}`);
		},
	});
	const sorted = [...routes].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15);
	return { run, routes: Object.fromEntries(sorted.map(([route, { ms, files }]) => [route, { s: round(ms / 1000), files, ms_per_file: round(ms / files, 2) }])) };
}

/** Runs the generator in its own process, so this one stays small and its progress keeps ticking. */
function generate(size: number): Promise<{ dir: string; summary: GenerateSummary }> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [join(projectRoot, 'scripts', 'bench', 'generate', 'cli.ts'), '--testimonies', String(size), '--seed', String(seed), '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (err += d));
		child.on('close', (code) => (code === 0 ? done(JSON.parse(out.trim().split('\n').at(-1)!)) : fail(new Error(`the generator failed:\n${err}`))));
	});
}

async function runSize(size: number): Promise<SizeResult> {
	const result: SizeResult = { size, ok: false, details: { seed, load_average_before: loadavg().map((l) => round(l, 2)) } };
	const n = size.toLocaleString('en');
	let dir: string | undefined;
	try {
		progress.step(`${n}: generating the synthetic archive`);
		const generated = await generate(size);
		dir = generated.dir;
		const { summary } = generated;
		Object.assign(result.details, { dir, counts: summary.counts, generated_files: summary.files, generated_mb: round(summary.bytes / MiB), source_words: summary.sourceWords, queries: summary.queries });
		progress.end(`${summary.files.toLocaleString('en')} files, ${round(summary.bytes / MiB)} MB`);

		progress.step(`${n}: npm run build`);
		const { run, routes } = await build(dir, n, [join(dir, 'scripts', 'build.ts'), ...(values['text-search'] ? [] : ['--no-text-index'])]);
		const phases = phasesOf(run.lines);
		result.details.phases = phases;
		result.details.route_s = routes;
		result.details.log_tail = run.lines.slice(-12).map((l) => l.text);
		if (run.code !== 0) {
			progress.end(run.timedOut ? 'timed out' : `failed (exit ${run.code ?? run.signal})`);
			result.error = run.timedOut ? `the build ran longer than ${values.timeout} min and was stopped` : `the build failed (exit ${run.code ?? run.signal})`;
			result.details.log_tail = run.lines.slice(-40).map((l) => l.text);
			result.details.peak_rss_mb = round(Math.max(run.peakTreeKiB, run.timeMaxRssKiB ?? 0) / 1024, 0);
			result.details.wall_s = round(run.wallMs / 1000);
			return result;
		}
		progress.end();
		const dist = join(dir, 'dist');
		const stats = folderStats(dist);
		result.total_s = round(run.wallMs / 1000);
		result.cpu_s = round(cpuOf(run).total);
		result.index_s = phases.index_end !== undefined ? round(phases.index_end - phases.index_start) : undefined;
		result.build_s = phases.index_start !== undefined ? round(phases.index_start) : result.total_s;
		result.peak_rss_mb = round(Math.max(run.peakTreeKiB, run.timeMaxRssKiB ?? 0) / 1024, 0);
		result.pages = stats.pages;
		result.files = stats.files;
		result.dist_mb = round(stats.bytes / MiB);
		result.ms_per_page = round((result.build_s * 1000) / stats.pages, 2);
		const cpu = cpuOf(run);
		result.cpu_ms_per_page = round(((cpu.total - cpu.index) * 1000) / stats.pages, 2);
		const weight = pageWeight(dist, `testimonies/${summary.sampleTestimony}`);
		const pages = pageSizes(dist);
		result.largest_page_kb = pages.largest_pages[0]?.kb;
		result.testimony_kb = round((weight.html + weight.css) / 1000);
		Object.assign(result.details, {
			peak_rss_tree_mb: round(run.peakTreeKiB / 1024, 0),
			cpu_s_by_program: run.cpuByProgram,
			peak_rss_largest_process_mb: round(Math.max(run.peakProcessKiB, run.timeMaxRssKiB ?? 0) / 1024, 0),
			pagefind_mb: round((stats.byTop.pagefind ?? 0) / MiB),
			dist_mb_by_folder: Object.fromEntries(Object.entries(stats.byTop).map(([k, v]) => [k, round(v / MiB)]).sort((a, b) => Number(b[1]) - Number(a[1])).slice(0, 10)),
			testimony_page: { id: summary.sampleTestimony, html_kb: round(weight.html / 1000), css_kb: round(weight.css / 1000), js_kb: round(weight.js / 1000), gzip_kb: round(weight.gzip / 1000) },
			...pages,
		});
		result.ok = true;

		if (values.search) {
			progress.step(`${n}: name search in Chromium`);
			try {
				const search: SearchResult = await measureSearch(dist, summary.queries);
				result.name_cold_kb = round(search.coldBytes / 1000);
				result.name_warm_kb = round(search.warmBytes / 1000);
				result.name_first_ms = Math.round(search.firstResultMs);
				result.details.name_search = {
					...search,
					cold_page_kb: round(search.coldPageBytes / 1000),
					cold_index_kb: round((search.coldBytes - search.coldPageBytes) / 1000),
					typed_kb: round(search.typedBytes / 1000),
					cold_result_ms: Math.round(search.coldResultMs),
				};
				progress.end();
			} catch (error) {
				progress.end('failed');
				result.details.name_search_error = String(error);
			}
		}
		if (values.search && values['text-search']) {
			progress.step(`${n}: text search in Chromium`);
			try {
				const search: TextSearchResult = await measureTextSearch(dist, summary.textQueries);
				result.text_cold_kb = round(search.coldBytes / 1000);
				result.text_warm_kb = round(search.warmBytes / 1000);
				result.text_first_ms = Math.round(search.firstResultMs);
				result.details.text_search = { ...search, cold_result_ms: Math.round(search.coldResultMs) };
				progress.end();
			} catch (error) {
				progress.end('failed');
				result.details.text_search_error = String(error);
			}
		}

		if (values.compare) {
			progress.step(`${n}: baseline, ${stats.pages.toLocaleString('en')} plain Markdown pages`);
			const baseDir = createBaselineProject(stats.pages, projectRoot, seed);
			try {
				const { run: base } = await build(baseDir, 'baseline', [join(baseDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--force']);
				if (base.code === 0) {
					const basePages = folderStats(join(baseDir, 'dist')).pages;
					result.baseline_ms_per_page = round(base.wallMs / basePages, 2);
					result.ratio_to_baseline = round(result.ms_per_page / result.baseline_ms_per_page, 2);
					// The archive's CPU time without Pagefind's, against the baseline's.
					const ours = cpuOf(run);
					const theirs = cpuOf(base).total;
					if (theirs > 0) result.cpu_ratio_to_baseline = round((ours.total - ours.index) / stats.pages / (theirs / basePages), 2);
					result.details.baseline = { pages: basePages, build_s: round(base.wallMs / 1000), cpu_s: round(theirs), peak_rss_mb: round(Math.max(base.peakTreeKiB, base.timeMaxRssKiB ?? 0) / 1024, 0), phases: phasesOf(base.lines) };
					progress.end();
				} else {
					progress.end('failed');
					result.details.baseline_error = base.lines.slice(-20).map((l) => l.text);
				}
			} finally {
				if (!values.keep) rmSync(baseDir, { recursive: true, force: true });
			}
		}
		return result;
	} catch (error) {
		progress.end('failed');
		result.error = error instanceof Error ? error.message : String(error);
		return result;
	} finally {
		result.details.load_average_after = loadavg().map((l) => round(l, 2));
		result.load = `${(result.details.load_average_before as number[])[0]} → ${(result.details.load_average_after as number[])[0]}`;
		if (dir && !values.keep) rmSync(dir, { recursive: true, force: true });
		else if (dir) progress.log(`kept ${dir}`);
	}
}

const results: SizeResult[] = [];
const machine = { cpus: cpus().length, cpu_model: cpus()[0]?.model, memory_gb: round(totalmem() / 1024 ** 3), node: process.version, tmpdir: tmpdir() };
const save = () => {
	if (!values.json) return;
	writeFileSync(resolve(values.json), `${JSON.stringify({ date: new Date().toISOString(), machine, seed, sizes, results, targets: targets(results) }, null, '\t')}\n`);
};
for (const size of sizes) {
	const result = await runSize(size);
	results.push(result);
	if (result.error) progress.log(`${size.toLocaleString('en')}: ${result.error}`);
	save();
}
progress.stop();

console.log(`\nArchive benchmark (seed ${seed}; ${machine.cpus} CPUs, ${machine.memory_gb} GB, Node ${machine.node})\n`);
console.log(table(results));
console.log('');
for (const t of targets(results)) console.log(`${t.ok === undefined ? '–' : t.ok ? '✓' : '✗'} ${t.name}: ${t.detail}`);
for (const r of results.filter((x) => x.error)) console.log(`\n${r.size.toLocaleString('en')}: ${r.error}\n  ${((r.details.log_tail as string[] | undefined) ?? []).join('\n  ')}`);
for (const r of results.filter((x) => x.ok)) {
	const { largest_pages: largest, pages_over_limit: over } = r.details as { largest_pages: { path: string; kb: number }[]; pages_over_limit: number };
	console.log(`\nLargest HTML pages at ${r.size.toLocaleString('en')} testimonies (target: none over ${pageLimitKb} kB — ${over ? `missed, ${over.toLocaleString('en')} over` : 'met'}):`);
	for (const page of largest) console.log(`  ${page.kb.toLocaleString('en').padStart(9)} kB  ${page.path}${page.kb > pageLimitKb ? '  ✗' : ''}`);
}
if (values.json) console.log(`\nWrote ${values.json}`);
if (results.some((r) => !r.ok)) process.exitCode = 1;
else if (values['check-targets'] && targets(results).some((t) => t.ok === false)) process.exitCode = 1;

// The benchmark's report: what one size measured, the targets it is checked against, and the
// table `npm run bench` prints.

import { pageLimitKb } from './pages.ts';

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** What one size measured; the first fields are the ones the table shows. */
export interface SizeResult {
	size: number;
	ok: boolean;
	error?: string;
	build_s?: number;
	index_s?: number;
	total_s?: number;
	cpu_s?: number;
	peak_rss_mb?: number;
	pages?: number;
	files?: number;
	dist_mb?: number;
	ms_per_page?: number;
	/** CPU milliseconds per page before the index: steadier than ms_per_page on a shared machine. */
	cpu_ms_per_page?: number;
	/** Name search: the first query (with the page), the second, and the time to its first result. */
	name_cold_kb?: number;
	name_warm_kb?: number;
	name_first_ms?: number;
	/** Text search (Pagefind): the same. */
	text_cold_kb?: number;
	text_warm_kb?: number;
	text_first_ms?: number;
	/** The machine's 1-minute load average before and after the size, as "before → after". */
	load?: string;
	testimony_kb?: number;
	/** The largest HTML page of the site, in kB. */
	largest_page_kb?: number;
	baseline_ms_per_page?: number;
	ratio_to_baseline?: number;
	/** The same ratio in CPU time, which other work on the machine disturbs less. */
	cpu_ratio_to_baseline?: number;
	details: Record<string, unknown>;
}

/** The targets of the issues "Scale" and "Name search", checked against the results. */
export function targets(results: SizeResult[]) {
	const at = (size: number) => results.find((r) => r.size === size && r.ok);
	const largest = results.filter((r) => r.ok).sort((a, b) => b.size - a.size)[0];
	const ten = at(10_000);
	const one = at(1_000);
	const check = (name: string, ok: boolean | undefined, detail: string) => ({ name, ok, detail });
	const all = (pick: (r: SizeResult) => number | undefined, limit: number) => {
		const seen = results.filter((r) => r.ok && pick(r) !== undefined);
		return seen.length ? seen.every((r) => pick(r)! <= limit) : undefined;
	};
	return [
		check('10,000 testimonies: full build ≤ 90 s', ten ? ten.total_s! <= 90 : undefined, ten ? `${ten.total_s} s` : 'not run'),
		check('10,000 testimonies: peak RSS ≤ 1.5 GB', ten ? ten.peak_rss_mb! <= 1536 : undefined, ten ? `${ten.peak_rss_mb} MB` : 'not run'),
		check('ms per page at 10,000 within 1.3× of 1,000', one && ten ? ten.ms_per_page! <= 1.3 * one.ms_per_page! : undefined, one && ten ? `${round(ten.ms_per_page! / one.ms_per_page!, 2)}× (in CPU time ${round(ten.cpu_ms_per_page! / one.cpu_ms_per_page!, 2)}×)` : 'needs both sizes'),
		check('name search, first query with the page ≤ 60 kB', all((r) => r.name_cold_kb, 60), results.map((r) => `${r.name_cold_kb ?? '–'}`).join(' / ')),
		check('name search, second query ≤ 10 kB', all((r) => r.name_warm_kb, 10), results.map((r) => `${r.name_warm_kb ?? '–'}`).join(' / ')),
		check('name search, first results ≤ 150 ms after typing stops', all((r) => r.name_first_ms, 150), results.map((r) => `${r.name_first_ms ?? '–'}`).join(' / ')),
		check('text search at 10,000, first query ≤ 250 kB', ten?.text_cold_kb === undefined ? undefined : ten.text_cold_kb <= 250, ten?.text_cold_kb === undefined ? 'not run' : `${ten.text_cold_kb} kB`),
		check(`no HTML page over ${pageLimitKb} kB`, all((r) => r.largest_page_kb, pageLimitKb), results.map((r) => `${r.largest_page_kb ?? '–'}`).join(' / ')),
		check('a testimony page with its CSS ≤ 30 kB', all((r) => r.testimony_kb, 30), results.map((r) => `${r.testimony_kb ?? '–'}`).join(' / ')),
		...(largest ? [] : [check('builds', false, 'no size built')]),
	];
}

export function table(results: SizeResult[]): string {
	const rows: [string, keyof SizeResult, string, (v: number, r: SizeResult) => boolean | undefined][] = [
		['build_s', 'build_s', 'site, before the index', () => undefined],
		['index_s', 'index_s', 'Pagefind', () => undefined],
		['total_s', 'total_s', '≤ 90 at 10,000', (v, r) => (r.size === 10_000 ? v <= 90 : undefined)],
		['cpu_s', 'cpu_s', 'user + system, all processes', () => undefined],
		['peak_rss_mb', 'peak_rss_mb', '≤ 1,536 (1.5 GB) at 10,000', (v, r) => (r.size === 10_000 ? v <= 1536 : undefined)],
		['pages', 'pages', '', () => undefined],
		['files', 'files', '', () => undefined],
		['dist_mb', 'dist_mb', '', () => undefined],
		['ms_per_page', 'ms_per_page', '10,000 ≤ 1.3 × 1,000', (v, r) => {
			const one = results.find((x) => x.size === 1_000)?.ms_per_page;
			return r.size === 10_000 && one ? v <= 1.3 * one : undefined;
		}],
		['cpu_ms_per_page', 'cpu_ms_per_page', 'the same in CPU time', (v, r) => {
			const one = results.find((x) => x.size === 1_000)?.cpu_ms_per_page;
			return r.size === 10_000 && one ? v <= 1.3 * one : undefined;
		}],
		['name_cold_kb', 'name_cold_kb', 'name search, first query ≤ 60', (v) => v <= 60],
		['name_warm_kb', 'name_warm_kb', 'second query ≤ 10', (v) => v <= 10],
		['name_first_ms', 'name_first_ms', 'first results ≤ 150 ms after typing', (v) => v <= 150],
		['text_cold_kb', 'text_cold_kb', 'text search, first query ≤ 250 at 10,000', (v, r) => (r.size === 10_000 ? v <= 250 : undefined)],
		['text_warm_kb', 'text_warm_kb', 'second query', () => undefined],
		['text_first_ms', 'text_first_ms', 'first results after typing', () => undefined],
		['testimony_kb', 'testimony_kb', '≤ 30', (v) => v <= 30],
		['largest_page_kb', 'largest_page_kb', `≤ ${pageLimitKb} at any size`, (v) => v <= pageLimitKb],
		['load', 'load', '1-minute load average, before → after (2 cores)', () => undefined],
	];
	if (results.some((r) => r.baseline_ms_per_page !== undefined)) {
		rows.push(['baseline_ms_per_page', 'baseline_ms_per_page', 'minimal Astro site', () => undefined]);
		rows.push(['ratio_to_baseline', 'ratio_to_baseline', 'ms_per_page ÷ baseline', () => undefined]);
		rows.push(['cpu_ratio_to_baseline', 'cpu_ratio_to_baseline', 'the same, in CPU time', () => undefined]);
	}
	const header = ['metric', ...results.map((r) => `${r.size.toLocaleString('en')} testimonies`), 'target'];
	const body = rows.map(([name, key, target, pass]) => [
		name,
		...results.map((r) => {
			const v = r[key];
			if (typeof v === 'string') return v;
			if (typeof v !== 'number') return r.ok ? '–' : 'failed';
			const verdict = pass(v, r);
			return `${v.toLocaleString('en')}${verdict === undefined ? '' : verdict ? ' ✓' : ' ✗'}`;
		}),
		target,
	]);
	const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i].length)));
	const line = (row: string[]) => `| ${row.map((c, i) => (i === 0 || i === row.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
	return [line(header), `|${widths.map((w, i) => (i === 0 || i === widths.length - 1 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

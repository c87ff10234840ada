// Measures search on the built archive: `npm run build && npm run bench:search [-- --dist dist] [--json out.json]`.
// Prints bytes downloaded for a first and a second query and the time to the first result, for
// name search and (when the build has its text index) text search, in Debian's Chromium against
// a local static server. A benchmark, not a test: it asserts nothing.
import { existsSync, writeFileSync } from 'node:fs';
import { readOptions } from '../src/tools/options.ts';
import { measureSearch, measureTextSearch } from './bench/search.ts';

const { values } = readOptions(
	{
		options: {
			dist: { type: 'string', default: 'dist' },
			json: { type: 'string' },
			queries: { type: 'string', default: 'Sayragul Sauytbay,Gulbahar Jalilova,Bouryltogay' },
			texts: { type: 'string', default: 'tiger chair,house arrest' },
		},
	},
	'Usage: npm run bench:search [-- --dist <folder> --json <file> --queries "<name>,<name>" --texts "<words>,<words>"]',
);
if (!existsSync(`${values.dist}/search/names/root.json`)) {
	console.error(`No name index in ${values.dist}/: run \`npm run build\` first.`);
	process.exit(2);
}
const list = (text: string) => text.split(',').map((q) => q.trim());
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const print = (rows: [string, string, string][]) => {
	const width = Math.max(...rows.map((r) => r[0].length));
	console.log(rows.map(([k, v, t]) => `${k.padEnd(width)}  ${v.padStart(22)}  ${t}`).join('\n'));
};

const queries = list(values.queries!);
console.error(`Names, in Chromium: ${queries.join(' → ')}`);
const names = await measureSearch(values.dist!, queries);
print([
	['first query, transferred', `${kb(names.coldBytes)} kB (${names.coldRequests} requests)`, 'target ≤ 60 kB'],
	['  of which the page, its CSS and scripts', `${kb(names.coldPageBytes)} kB`, ''],
	['  if the host gzips text files', `${kb(names.coldGzipBytes)} kB`, ''],
	['second query, transferred', `${kb(names.warmBytes)} kB (${names.warmRequests} requests)`, 'target ≤ 10 kB'],
	['first result after typing', `${Math.round(names.firstResultMs)} ms`, 'target ≤ 150 ms'],
	['first result after opening the page', `${Math.round(names.coldResultMs)} ms`, ''],
	['third query typed key by key', `${kb(names.typedBytes)} kB (${names.typedRequests} requests)`, ''],
]);

let texts;
if (existsSync(`${values.dist}/pagefind`)) {
	const textQueries = list(values.texts!);
	console.error(`\nTexts, in Chromium: ${textQueries.join(' → ')}`);
	texts = await measureTextSearch(values.dist!, textQueries);
	print([
		['first query, transferred', `${kb(texts.coldBytes)} kB (${texts.coldRequests} requests)`, 'target ≤ 250 kB at 10,000 testimonies'],
		['  if the host gzips text files', `${kb(texts.coldGzipBytes)} kB`, ''],
		['second query, transferred', `${kb(texts.warmBytes)} kB (${texts.warmRequests} requests)`, ''],
		['first result after typing', `${Math.round(texts.firstResultMs)} ms`, ''],
	]);
} else console.error(`\nNo text index in ${values.dist}/ (built with --no-text-index): texts not measured.`);
if (values.json) writeFileSync(values.json, JSON.stringify({ names, texts }, null, 2));

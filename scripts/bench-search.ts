// Measures search on the built archive: `npm run build && npm run bench:search [-- --dist dist] [--json out.json]`.
// Prints bytes downloaded for a first and a second query and the time to the first result,
// in Debian's Chromium against a local static server. A benchmark, not a test: it asserts nothing.
import { existsSync, writeFileSync } from 'node:fs';
import { readOptions } from '../src/tools/options.ts';
import { measureSearch } from './bench/search.ts';

const { values } = readOptions(
	{
		options: {
			dist: { type: 'string', default: 'dist' },
			json: { type: 'string' },
			queries: { type: 'string', default: 'Sayragul Sauytbay,Gulbahar Jalilova,Bouryltogay' },
		},
	},
	'Usage: npm run bench:search [-- --dist <folder> --json <file> --queries "<name>,<name>"]',
);
if (!existsSync(`${values.dist}/pagefind`)) {
	console.error(`No search index in ${values.dist}/: run \`npm run build\` first.`);
	process.exit(2);
}
const queries = values.queries!.split(',').map((q) => q.trim());
console.error(`Searching ${values.dist}/ in Chromium for: ${queries.join(' → ')}`);
const result = await measureSearch(values.dist!, queries);
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const rows: [string, string, string][] = [
	['first query, transferred', `${kb(result.coldBytes)} kB (${result.coldRequests} requests)`, 'target ≤ 150 kB'],
	['  of which the search page itself', `${kb(result.coldPageBytes)} kB`, ''],
	['  if the host gzips text files', `${kb(result.coldGzipBytes)} kB`, ''],
	['second query, transferred', `${kb(result.warmBytes)} kB (${result.warmRequests} requests)`, 'target ≤ 20 kB'],
	['first result after typing', `${Math.round(result.firstResultMs)} ms`, 'target ≤ 300 ms'],
	['first result after opening the page', `${Math.round(result.coldResultMs)} ms`, ''],
	['third query typed key by key', `${kb(result.typedBytes)} kB (${result.typedRequests} requests)`, ''],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(rows.map(([k, v, t]) => `${k.padEnd(width)}  ${v.padStart(22)}  ${t}`).join('\n'));
if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 2));

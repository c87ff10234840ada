// Generates a synthetic archive in a new project folder and prints the folder, or with --json
// the folder and the summary (how `npm run bench` reads it).
//
//   node scripts/bench/generate/cli.ts --testimonies 1000 [--seed 1] [--out DIR] [--check] [--json]
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBenchProject } from './index.ts';

const { values } = parseArgs({
	options: {
		testimonies: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '1' },
		out: { type: 'string' },
		check: { type: 'boolean', default: false },
		json: { type: 'boolean', default: false },
	},
});
const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const started = performance.now();
const { dir, summary } = createBenchProject({ testimonies: Number(values.testimonies), seed: Number(values.seed), projectRoot, out: values.out });
console.error(`generated ${summary.files} files (${(summary.bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.error(JSON.stringify(summary.counts));
if (values.check) {
	// Loaded only when asked for: the checker brings in the schemas and Zod.
	const { checkArchive, formatProblem } = await import('../../../src/tools/check/index.ts');
	const checked = performance.now();
	const { records, problems } = checkArchive(dir);
	for (const p of problems.slice(0, 30)) console.error(formatProblem(p));
	const errors = problems.filter((p) => p.severity === 'error').length;
	console.error(`${records.length} records checked in ${((performance.now() - checked) / 1000).toFixed(1)} s: ${errors} error(s), ${problems.length - errors} warning(s)`);
	if (errors) process.exitCode = 1;
}
console.log(values.json ? JSON.stringify({ dir, summary }) : dir);

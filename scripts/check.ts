// Validates all content without building pages: `npm run check [-- --root <dir>]`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOptions } from '../src/tools/options.ts';

const started = performance.now();
const args = readOptions({ options: { root: { type: 'string' }, help: { type: 'boolean', default: false } } }, 'Usage: npm run check [-- --root <folder that holds content/>]').values;
if (args.help) {
	console.log('Usage: npm run check [-- --root <folder that holds content/>]\n\nChecks every record under content/ and lists every problem as\n  file:line — field — what is wrong — how to fix\nExits with 1 when there is an error; warnings alone do not fail.');
	process.exit(0);
}
const root = args.root ? resolve(args.root) : fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'content'))) {
	console.error(`There is no content/ folder in ${root}. Run the check from the archive's folder, or give --root <folder that holds content/>.`);
	process.exit(2);
}

// Imported here, after the arguments are read, so a mistyped option answers at once.
const { checkArchive, formatProblem } = await import('../src/tools/check/index.ts');
let result;
try {
	result = checkArchive(root);
} catch (error) {
	// A failure of the checker itself, not of a record: say so plainly, without a stack trace.
	console.error(`The check itself failed: ${error instanceof Error ? error.message : error}\nThis is a problem in the checker, not in your records; please report it with this message.`);
	process.exit(2);
}
const { records, problems } = result;
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
if (errors.length) console.log(`Errors (${errors.length}) — these must be fixed:\n${errors.map(formatProblem).join('\n')}\n`);
if (warnings.length) console.log(`Warnings (${warnings.length}) — worth a look, but they do not stop the build:\n${warnings.map(formatProblem).join('\n')}\n`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${records.length} records checked in ${seconds} s: ${errors.length} error(s), ${warnings.length} warning(s).`);
process.exit(errors.length ? 1 : 0);

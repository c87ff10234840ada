// Validates all content without building pages: `npm run check`.
import { fileURLToPath } from 'node:url';
import { checkArchive, formatProblem } from '../src/lib/content/check.ts';

const started = performance.now();
const root = fileURLToPath(new URL('..', import.meta.url));
const { records, problems } = checkArchive(root);
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
if (errors.length) console.log(`Errors (${errors.length}):\n${errors.map(formatProblem).join('\n')}\n`);
if (warnings.length) console.log(`Warnings (${warnings.length}):\n${warnings.map(formatProblem).join('\n')}\n`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${records.length} records checked in ${seconds} s: ${errors.length} error(s), ${warnings.length} warning(s).`);
process.exit(errors.length ? 1 : 0);

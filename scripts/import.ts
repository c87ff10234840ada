// Imports raw captures into content/sources/: `npm run import -- <capture> [options]`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { CaptureError } from '../src/tools/capture/decode.ts';
import { importCapture, planWrite, type ImportOptions } from '../src/tools/capture/import.ts';

const usage = `Usage: npm run import -- <capture> [<capture> …] [options]

  --url URL                 original address of the page (required)
  --publisher NAME          site or outlet that published it (required)
  --original-publisher NAME outlet that first published a republished text
  --title TEXT              headline, when the capture lacks it
  --byline TEXT             byline, when the capture lacks it
  --date YYYY[-MM[-DD]]     publication date, when neither the text nor the address gives it
  --date-basis B            stated | address | inferred (default: stated)
  --date-note TEXT          how the date is known
  --slug ID                 record id (default: from the address)
  --encoding LABEL          character encoding, when the capture is not UTF-8 (e.g. windows-1251)
  --format text|html        override the detected format
  --out DIR                 folder of source records (default: content/sources)
  --force                   replace a record that differs from what the import writes`;

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		url: { type: 'string' },
		publisher: { type: 'string' },
		'original-publisher': { type: 'string' },
		title: { type: 'string' },
		byline: { type: 'string' },
		date: { type: 'string' },
		'date-basis': { type: 'string' },
		'date-note': { type: 'string' },
		slug: { type: 'string' },
		encoding: { type: 'string' },
		format: { type: 'string' },
		out: { type: 'string', default: 'content/sources' },
		force: { type: 'boolean', default: false },
		help: { type: 'boolean', default: false },
	},
});
if (values.help || positionals.length === 0) {
	console.log(usage);
	process.exit(values.help ? 0 : 2);
}

const out = values.out!;
let failed = 0;
positionals.forEach((path, index) => {
	const tag = `[${index + 1}/${positionals.length}] ${basename(path)}`;
	const step = (message: string) => console.error(`${tag}: ${message}`);
	try {
		if (!existsSync(path)) throw new CaptureError(`no file at ${path}.`);
		const bytes = readFileSync(path);
		step(`read ${bytes.length.toLocaleString('en')} bytes`);
		const options: ImportOptions = {
			url: values.url,
			publisher: values.publisher,
			originalPublisher: values['original-publisher'],
			title: values.title,
			byline: values.byline,
			date: values.date,
			dateBasis: values['date-basis'] as ImportOptions['dateBasis'],
			dateNote: values['date-note'],
			slug: values.slug,
			encoding: values.encoding,
			format: values.format as ImportOptions['format'],
			added: new Date().toISOString().slice(0, 10),
		};
		let result = importCapture(bytes, options, step);
		const mdPath = join(out, `${result.slug}.md`);
		const capturePath = join(out, result.captureFile);
		// Re-importing the same capture keeps the day it first entered the archive.
		if (existsSync(mdPath)) {
			const previous = parse(readFileSync(mdPath, 'utf8').split(/^---$/m)[1] ?? '')?.capture;
			if (previous?.sha256 === result.sha256 && previous.added) {
				result = importCapture(bytes, { ...options, added: previous.added });
			}
		}
		const plans = [
			[mdPath, planWrite(existsSync(mdPath) ? readFileSync(mdPath, 'utf8') : undefined, result.markdown, values.force!)],
			[capturePath, planWrite(existsSync(capturePath) ? readFileSync(capturePath) : undefined, bytes, values.force!)],
		] as const;
		const refused = plans.filter(([, plan]) => plan === 'refuse').map(([p]) => relative('.', p));
		if (refused.length) {
			throw new CaptureError(
				`${refused.join(' and ')} already exist${refused.length === 1 ? 's' : ''} and differ${refused.length === 1 ? 's' : ''} from what this import would write (edited by someone, or another capture with the same id). Nothing was written. Compare the files, then re-run with --force to replace them, or choose another --slug.`,
			);
		}
		mkdirSync(out, { recursive: true });
		writeFileSync(plans[1][0], bytes);
		writeFileSync(plans[0][0], result.markdown);
		for (const [p, plan] of plans) step(`${plan === 'unchanged' ? 'unchanged' : plan === 'create' ? 'wrote' : 'replaced (--force)'} ${relative('.', p)}`);
		for (const r of result.removed) step(`  removed ${r.blocks.length} × ${r.rule}`);
	} catch (error) {
		failed++;
		if (error instanceof CaptureError) console.error(`${tag}: not imported: ${error.message}`);
		else throw error;
	}
});
process.exit(failed ? 1 : 0);

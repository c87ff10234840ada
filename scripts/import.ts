// Imports raw captures into content/sources/: `npm run import -- <capture> [options]`.
import { readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CaptureError } from '../src/tools/capture/decode.ts';
import { checkOptions, importCapture, planWrite, type ImportOptions } from '../src/tools/capture/import.ts';
import { contentFolderProblem, readContentFile, RefusedWrite, writeIntoContent } from '../src/tools/files.ts';
import { sizeProblem } from '../src/tools/input.ts';
import { parseRecord } from '../src/tools/read.ts';

const usage = `Usage: npm run import -- <capture> [<capture> …] [options]

  --url URL                 original address of the page, http:// or https:// (required)
  --publisher NAME          site or outlet that published it (required)
  --original-publisher NAME outlet that first published a republished text
  --title TEXT              headline, when the capture lacks it
  --byline TEXT             byline, when the capture lacks it
  --date YYYY[-MM[-DD]]     publication date, when neither the text nor the address gives it
  --date-basis B            stated | address | inferred (default: stated)
  --date-note TEXT          how the date is known
  --slug ID                 record id (default: from the address); one capture only
  --encoding LABEL          character encoding, when the capture is not UTF-8 (e.g. windows-1251, utf-16le)
  --format text|html        override the detected format
  --out DIR                 the content/sources folder of the archive to import into
                            (default: this archive's); the importer writes nowhere else
  --force                   replace a record that differs from what the import writes

A capture may be at most 5 MB.`;

const fail = (message: string): never => {
	console.error(`${message}\n\nNothing was imported. Run npm run import -- --help for the options.`);
	process.exit(2);
};

let parsed;
try {
	parsed = parseArgs({
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
			out: { type: 'string' },
			force: { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
	});
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed!;
if (values.help || positionals.length === 0) {
	console.log(usage);
	process.exit(values.help ? 0 : 2);
}

// Options that hold for every capture are checked once, before any is read.
const out = values.out === undefined ? fileURLToPath(new URL('../content/sources', import.meta.url)) : resolve(values.out);
const outProblem = contentFolderProblem(out, 'sources');
if (outProblem) fail(`--out: ${outProblem}. Give the content/sources folder of an archive, e.g. --out path/to/archive/content/sources.`);
if (values.slug !== undefined && positionals.length > 1) fail(`--slug names one record, but ${positionals.length} captures were given: import them one at a time, each with its own --slug.`);
try {
	checkOptions({ url: values.url, slug: values.slug });
} catch (error) {
	if (!(error instanceof CaptureError)) throw error;
	fail(error.message);
}

/** The day a record's capture entered the archive, if the record is there and says so. */
function addedBefore(name: string): { sha256?: unknown; added?: unknown } | undefined {
	const read = readContentFile(out, name, 'record');
	if (read.kind !== 'file') return undefined;
	return parseRecord('sources', name.slice(0, -3), name, read.bytes.toString('utf8')).data.capture as { sha256?: unknown; added?: unknown } | undefined;
}

/** A file's bytes as the import would compare them, when it is a plain file there. */
function existing(name: string): Buffer | undefined {
	const read = readContentFile(out, name, 'record');
	return read.kind === 'file' ? read.bytes : undefined;
}

let failed = 0;
positionals.forEach((path, index) => {
	const tag = `[${index + 1}/${positionals.length}] ${basename(path)}`;
	const step = (message: string) => console.error(`${tag}: ${message}`);
	try {
		let size: number;
		try {
			const stats = statSync(path);
			if (!stats.isFile()) throw new CaptureError(`${path} is ${stats.isDirectory() ? 'a folder' : 'not a file'}; give the capture file itself.`);
			size = stats.size;
		} catch (error) {
			if (error instanceof CaptureError) throw error;
			throw new CaptureError(`no file at ${path}.`);
		}
		// Refused before it is read: a file of several gigabytes would fill the memory first.
		const tooLarge = sizeProblem(size);
		if (tooLarge) throw new CaptureError(`the capture is too large: ${tooLarge}. Capture only the article (save the page as text, or as HTML without images), or split a book into parts and import each.`);
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
		const mdName = `${result.slug}.md`;
		// Re-importing the same capture keeps the day it first entered the archive.
		const previous = addedBefore(mdName);
		if (previous?.sha256 === result.sha256 && typeof previous.added === 'string') {
			result = importCapture(bytes, { ...options, added: previous.added });
		}
		const files = [
			{ name: result.captureFile, data: bytes },
			{ name: mdName, data: result.markdown },
		].map((file) => ({ ...file, plan: planWrite(existing(file.name), file.data, values.force!) }));
		const shown = (name: string) => relative('.', join(out, name)) || join(out, name);
		const refused = files.filter((f) => f.plan === 'refuse').map((f) => shown(f.name));
		if (refused.length) {
			throw new CaptureError(
				`${refused.join(' and ')} already exist${refused.length === 1 ? 's' : ''} and differ${refused.length === 1 ? 's' : ''} from what this import would write (edited by someone, or another capture with the same id). Nothing was written. Compare the files, then re-run with --force to replace them, or choose another --slug.`,
			);
		}
		writeIntoContent(
			out,
			'sources',
			files.filter((f) => f.plan !== 'unchanged').map((f) => ({ name: f.name, data: f.data, replace: f.plan === 'overwrite' })),
		);
		for (const f of files) step(`${f.plan === 'unchanged' ? 'unchanged' : f.plan === 'create' ? 'wrote' : 'replaced (--force)'} ${shown(f.name)}`);
		for (const r of result.removed) step(`  removed ${r.blocks.length} × ${r.rule}`);
	} catch (error) {
		failed++;
		if (error instanceof CaptureError || error instanceof RefusedWrite) console.error(`${tag}: not imported: ${error.message}`);
		// Any other failure is the importer's, not the archivist's: said plainly, and the next capture is still imported.
		else console.error(`${tag}: not imported: the importer failed on this capture (${error instanceof Error ? error.message : String(error)}). Nothing was written for it. This is a problem in the importer; please report it with this line.`);
	}
});
process.exit(failed ? 1 : 0);

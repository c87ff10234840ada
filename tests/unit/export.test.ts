import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArchive, checkerRef, quotesOf, refCollectionOf, unwrap, type SchemaNode } from '../../src/lib/content/check.ts';
import { buildDataExport, dataFileNames, exportKinds, toCsv, type DataExport, type ExportRecord } from '../../src/lib/export.ts';
import { unpublishedFields } from '../../src/lib/withhold.ts';
import { schemas } from '../../src/schemas/index.ts';

const root = join(import.meta.dirname, '..', '..');
const { records, problems } = checkArchive(root);
const input: ExportRecord[] = records.map((r) => ({ collection: r.collection, id: r.id, data: r.value, body: r.body }));
const site = 'https://example.org/';
const options = {
	permalink: (collection: string, id: string) => `${site}${collection}/${id}/`,
	home: site,
	citation: (collection: string, id: string) => [{ id: `${collection}/${id}`, type: 'webpage' }],
};
/** Every file of an export, by name. */
const filesOf = ({ pieces }: DataExport) => Object.fromEntries(dataFileNames.map((name) => [name, [...pieces(name)].join('')]));
const exported = buildDataExport(input, options);
const { list } = exported;
const files = filesOf(exported);

/** The .md files under content/<kind>/, counted from disk rather than from the checker. */
const filesOnDisk = (kind: string) => readdirSync(join(root, 'content', kind)).filter((n) => n.endsWith('.md'));

/** A small RFC 4180 reader, independent of the writer: quoted fields, doubled quotes, CRLF or LF. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') {
			if (field !== '') throw new Error(`a quote inside an unquoted field, at offset ${i}`);
			quoted = true;
		} else if (ch === ',') row.push(field), (field = '');
		else if (ch === '\r' && text[i + 1] === '\n') continue;
		else if (ch === '\n') row.push(field), rows.push(row), (row = []), (field = '');
		else if (ch === '\r') throw new Error(`a bare CR outside quotes, at offset ${i}`);
		else field += ch;
	}
	if (quoted) throw new Error('a quoted field is never closed');
	if (field !== '' || row.length) row.push(field), rows.push(row);
	return rows;
}

/** Every field path of a schema at any depth, walked here apart from the export's own walk. */
function schemaPaths(node: SchemaNode, prefix = '', skip: readonly string[] = []): string[] {
	const shape = unwrap(node).node.def.shape ?? {};
	return Object.entries(shape).filter(([key]) => !skip.includes(key)).flatMap(([key, child]) => {
		const path = `${prefix}${key}`;
		if (refCollectionOf(child)) return [path];
		let inner = unwrap(child).node;
		let list = '';
		if (inner.def.type === 'array') {
			const element = unwrap(inner.def.element!).node;
			if (refCollectionOf(inner.def.element!) || element.def.type !== 'object') return [path];
			inner = element;
			list = '[]';
		}
		return inner.def.type === 'object' ? [path, ...schemaPaths(inner, `${path}${list}.`)] : [path];
	});
}

/** A section heading of README.txt: the name, underlined. */
const underlined = (name: string) => `${name}\n${'-'.repeat(name.length)}\n`;

/** The part of README.txt between a line and the next section heading. */
function section(readme: string, start: string): string {
	const from = readme.indexOf(start);
	expect(from, start).toBeGreaterThanOrEqual(0);
	const rest = readme.slice(from + start.length);
	const next = rest.search(/\n(records\.\w+\[\]: |\S+\n-+\n)/);
	return next === -1 ? rest : rest.slice(0, next);
}

describe('the data export of the real archive', () => {
	it('reads every record of content/ without errors', () => {
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		for (const kind of exportKinds) expect(input.filter((r) => r.collection === kind).length, kind).toBe(filesOnDisk(kind).length);
	});

	it('makes exactly the files the routes of /data/ expect, and lists each once', () => {
		expect(Object.keys(files).sort()).toEqual([...dataFileNames].sort());
		expect(list.map((f) => f.name)).toEqual(dataFileNames);
		for (const file of list) {
			expect(file.bytes, file.name).toBe(Buffer.byteLength(files[file.name], 'utf8'));
			expect(file.description, file.name).toBeTruthy();
		}
	});

	it('puts every record, with every field, its address and its text, in archive.json', () => {
		const json = JSON.parse(files['archive.json']) as { counts: Record<string, number>; records: Record<string, Record<string, unknown>[]> };
		// Written a record at a time, it is the very text JSON.stringify gives for the whole object.
		expect(files['archive.json']).toBe(`${JSON.stringify(json, null, 2)}\n`);
		const total = Object.values(json.records).reduce((n, l) => n + l.length, 0);
		expect(total).toBe(exportKinds.reduce((n, kind) => n + filesOnDisk(kind).length, 0));
		expect(list.find((f) => f.name === 'archive.json')!.count).toBe(total);
		for (const kind of exportKinds) {
			expect(json.records[kind].map((r) => r.id).sort(), kind).toEqual(filesOnDisk(kind).map((n) => n.slice(0, -3)).sort());
			expect(json.counts[kind]).toBe(filesOnDisk(kind).length);
		}
		for (const record of input) {
			const out = json.records[record.collection].find((r) => r.id === record.id)!;
			expect(out.permalink).toBe(`${site}${record.collection}/${record.id}/`);
			for (const [key, value] of Object.entries(record.data)) if (value !== undefined) expect(out, `${record.collection}/${record.id}`).toHaveProperty(key);
			expect(out[record.collection === 'sources' ? 'text' : 'summary']).toBe(record.body!.trim());
		}
		// Relations are ids, never { collection, id } objects.
		expect(files['archive.json']).not.toMatch(/"collection":/);
		const subjects = json.records.testimonies.flatMap((t) => t.subjects as unknown[]);
		expect(subjects.every((s) => typeof s === 'string')).toBe(true);
	});

	it('writes one row per record in each kind’s CSV, every row as wide as the header', () => {
		for (const kind of exportKinds) {
			const rows = parseCsv(files[`${kind}.csv`]);
			const [header, ...body] = rows;
			expect(header.slice(0, 2), kind).toEqual(['id', 'permalink']);
			expect(body.length, kind).toBe(filesOnDisk(kind).length);
			expect(list.find((f) => f.name === `${kind}.csv`)!.count).toBe(body.length);
			for (const row of body) expect(row.length, `${kind}.csv ${row[0]}`).toBe(header.length);
			expect(new Set(body.map((r) => r[0])).size, kind).toBe(body.length);
			for (const row of body) expect(row[1]).toBe(`${site}${kind}/${row[0]}/`);
		}
	});

	it('flattens statements as "value (source-id)" and relations as ids', () => {
		const [header, ...body] = parseCsv(files['people.csv']);
		const column = (name: string) => header.indexOf(name);
		const person = input.find((r) => r.collection === 'people' && ((r.data as { ethnicity: unknown[] }).ethnicity.length ?? 0) > 0)!;
		const row = body.find((r) => r[0] === person.id)!;
		const first = (person.data as { ethnicity: { value: string; source: { id: string } }[] }).ethnicity[0];
		expect(row[column('ethnicity')].split(' | ')[0]).toMatch(new RegExp(`^${first.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(${first.source.id}`));
		const [theader, ...testimonies] = parseCsv(files['testimonies.csv']);
		for (const row of testimonies) for (const id of row[theader.indexOf('subjects')].split(' | ')) expect(filesOnDisk('people')).toContain(`${id}.md`);
		const [sheader] = parseCsv(files['sources.csv']);
		expect(sheader).toContain('capture.sha256');
		expect(sheader.at(-1)).toBe('text');
	});

	it('lists every quoted passage in quotes.csv with the anchor of its passage', () => {
		const expected = input.reduce((n, r) => n + quotesOf(r.data).length, 0);
		const [header, ...rows] = parseCsv(files['quotes.csv']);
		expect(header).toEqual(['recordKind', 'recordId', 'recordPermalink', 'field', 'sourceId', 'sourcePermalink', 'text', 'speakerId']);
		expect(rows.length).toBe(expected);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			expect(row.length).toBe(header.length);
			expect(row[5]).toMatch(new RegExp(`^${site}sources/${row[4]}/#q-[0-9a-z]+$`));
			expect(row[6]).not.toBe('');
		}
		expect(rows.some((r) => r[7] !== '')).toBe(true);
	});

	it('gives SHA256SUMS lines that verify every other file', () => {
		const lines = files.SHA256SUMS.trimEnd().split('\n');
		expect(lines.map((l) => l.slice(66)).sort()).toEqual(dataFileNames.filter((n) => n !== 'SHA256SUMS').sort());
		for (const line of lines) {
			const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
			expect(match, line).not.toBeNull();
			expect(createHash('sha256').update(Buffer.from(files[match![2]], 'utf8')).digest('hex')).toBe(match![1]);
		}
	});

	it('names every field of every schema, and every column of every CSV, in README.txt', () => {
		const readme = files['README.txt'];
		for (const kind of exportKinds) {
			const json = section(readme, `records.${kind}[]: `);
			const paths = ['id', 'permalink', ...schemaPaths(schemas[kind](checkerRef) as unknown as SchemaNode, '', unpublishedFields[kind]), kind === 'sources' ? 'text' : 'summary'];
			for (const path of paths) expect(json, `${kind}: ${path}`).toContain(`\n  ${path}\n`);
			const csv = section(readme, underlined(`${kind}.csv`));
			for (const column of parseCsv(files[`${kind}.csv`])[0]) expect(csv, `${kind}.csv: ${column}`).toContain(`\n  ${column}\n`);
		}
		const quotes = section(readme, underlined('quotes.csv'));
		for (const column of parseCsv(files['quotes.csv'])[0]) expect(quotes, `quotes.csv: ${column}`).toContain(`\n  ${column}\n`);
		for (const name of dataFileNames) expect(readme).toContain(`\n  ${name}\n`);
	});
});

describe('the export’s single entry point', () => {
	it('leaves a record out of every file when it is not passed in', () => {
		const withheld = input.find((r) => r.collection === 'people')!;
		const less = filesOf(buildDataExport(input.filter((r) => r !== withheld), options));
		for (const name of ['archive.json', 'people.csv']) expect(less[name], name).not.toContain(`${site}people/${withheld.id}/`);
		expect(parseCsv(less['people.csv']).length).toBe(parseCsv(files['people.csv']).length - 1);
	});
});

describe('what the archive withholds', () => {
	it('is in no file: a withheld person only under the public name, a withheld location not at all', () => {
		const person = input.find((r) => r.collection === 'people' && r.id === 'kairat-samarkan')!;
		const camp = input.find((r) => r.collection === 'camps' && (r.data as { location?: { description?: string } }).location?.description)!;
		const data = person.data as { name: string; aliases: { name: string }[] };
		const location = (camp.data as { location: { description: string } }).location.description;
		const withheld = input.map((r) =>
			r === person
				? { ...r, data: { ...r.data, withhold: { publicName: 'Witness Z', reason: 'REASON-NEVER-PUBLISHED' } } }
				: r === camp
					? { ...r, data: { ...r.data, withholdLocation: { reason: 'LOCATION-REASON-NEVER-PUBLISHED' } } }
					: r,
		);
		const out = filesOf(buildDataExport(withheld, options));
		for (const [name, text] of Object.entries(out)) {
			for (const secret of ['REASON-NEVER-PUBLISHED', 'LOCATION-REASON-NEVER-PUBLISHED', '"withhold"', 'publicName', 'withholdLocation', location, data.name, ...data.aliases.map((a) => a.name)]) {
				expect(text.toLowerCase().includes(secret.toLowerCase()), `${name} has “${secret}”`).toBe(false);
			}
		}
		const json = JSON.parse(out['archive.json']) as { records: Record<string, { id: string; name?: string; location?: unknown }[]> };
		expect(json.records.people.find((p) => p.id === person.id)!.name).toBe('Witness Z');
		expect(json.records.camps.find((c) => c.id === camp.id)!.location).toBeUndefined();
		// Relations still point at records that exist.
		const ids = new Set(exportKinds.flatMap((kind) => json.records[kind].map((r) => `${kind}/${r.id}`)));
		const [header, ...rows] = parseCsv(out['testimonies.csv']);
		for (const row of rows) for (const id of row[header.indexOf('subjects')].split(' | ')) expect(ids.has(`people/${id}`), id).toBe(true);
	});
});

describe('the CSV writer', () => {
	it('quotes commas, double quotes and line breaks so a reader gets the same fields back', () => {
		const rows = [
			['plain', 'with, comma', 'with "quotes"', 'two\nlines', ''],
			['“curly”', 'Қазақ', ' space ', 'a | b', 'crlf\r\ninside'],
		];
		const text = toCsv(rows);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.split('\r\n')[0]).toBe('plain,"with, comma","with ""quotes""","two\nlines",');
		expect(parseCsv(text)).toEqual(rows);
	});
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { lineAt, parseRecord } from '../../src/tools/read.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const record = (front: string, body = 'Text.\n') => parseRecord('testimonies', 'a-record', 'content/testimonies/a-record.md', `---\n${front}\n---\n${body}`);
const said = (front: string) => record(front).problems.map((p) => `${p.line} ${p.field} ${p.message}`);

/** Every record file under a folder, at any depth. */
const recordFiles = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? recordFiles(path) : name.endsWith('.md') ? [path] : [];
	});

describe('reading front matter', () => {
	it('reads every record of the fixtures as `yaml` reads it', () => {
		const files = recordFiles(fixtures);
		expect(files.length).toBeGreaterThan(60);
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			const parsed = parseRecord('people', 'x', file, text);
			if (parsed.unreadable) continue;
			const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1].replace(/\r/g, '');
			expect(parsed.data, file).toEqual(parseDocument(front).toJS());
		}
	});

	it('keeps unquoted dates as written, so a day that does not exist is still seen', () => {
		expect(record('start: { value: 2019-02-30, precision: day }\nadded: 2026-11-22').data).toEqual({ start: { value: '2019-02-30', precision: 'day' }, added: '2026-11-22' });
	});

	it('gives the line of a field, of a list entry, or of the nearest parent that exists', () => {
		const { lineOf } = record('title: A\nquotes:\n  - text: B\n    source: c\n  - text: D');
		expect(lineOf(['title'])).toBe(2);
		expect(lineOf(['quotes', 1, 'text'])).toBe(6);
		expect(lineOf(['quotes', 0, 'speaker'])).toBe(4);
		expect(lineOf(['missing'])).toBe(1);
	});

	it('explains the mistakes that the faster reader lets pass', () => {
		expect(said('title: "Kairat: a suicide attempt\nkind: first-hand"')).toEqual(['2 (YAML) a value opened with a quote mark is never closed (YAML: Missing closing "quote)']);
		expect(said('title: A\nsubjects:\n\t- b')).toEqual(['4 (YAML) a tab is used to indent this line (YAML: Tabs are not allowed as indentation)']);
		expect(said('title: A\nsubjects: [b]# c')).toEqual(['3 (YAML) the front matter is not valid YAML here (YAML: Comments must be separated from other tokens by white space characters)']);
		expect(said('title: A\nsubjects:\n  -\n- b')).toEqual(['4 (YAML) the front matter is not valid YAML here (YAML: A block sequence may not be used as an implicit map key)']);
	});

	it('reports what only js-yaml, which Astro reads with, rejects, at its line', () => {
		expect(said('title: A\nkind: *first-hand\nwitness: b')).toEqual(['3 (YAML) a YAML alias (a word starting with "*") is used (YAML: unidentified alias "first-hand"); records do not use aliases']);
		// js-yaml names the line after the tag, where it found the tag could not be read.
		expect(said('title: A\nkind: !first-hand\nwitness: b')).toEqual(['4 (YAML) a YAML tag (a word starting with "!") is used (YAML: unknown tag !<!first-hand>); records hold only text, numbers, true or false, lists and fields']);
	});

	it('reports front matter that is empty or not a group of fields', () => {
		for (const front of ['', '# nothing', '- a\n- b', 'just text']) expect(said(front)).toEqual(['2 (front matter) the front matter is not a list of fields']);
	});
});

describe('lineAt', () => {
	it('gives the 1-based line an offset is on', () => {
		const text = 'one\ntwo\n\nfour';
		expect([0, 3, 4, 8, 9, 13, 99].map((offset) => lineAt(text, offset))).toEqual([1, 1, 2, 3, 4, 4, 4]);
	});
});

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { records } from '../../src/loaders/records.ts';
import { collectionNames, type CollectionName } from '../../src/schemas/common.ts';
import { explainMissingQuote } from '../../src/tools/check/explain-quote.ts';
import { checkArchive, formatProblem } from '../../src/tools/check/index.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const validArchive = join(fixtures, 'valid-archive');
const brokenDir = join(fixtures, 'broken');
const checkScript = join(import.meta.dirname, '..', '..', 'scripts', 'check.ts');

/** Every temporary archive made here, removed when the tests are done. */
const made: string[] = [];
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the valid archive with one broken fixture's files dropped in (or put in place of valid ones). */
function archiveWith(fixture?: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'check-fixture-'));
	made.push(dir);
	cpSync(validArchive, dir, { recursive: true });
	if (fixture) cpSync(join(brokenDir, fixture), dir, { recursive: true });
	return dir;
}

interface Expected {
	/** The file the problem is reported in; no other file may have a problem. */
	file: string;
	line: number;
	field: string;
	/** Fragments of `message — fix` that must appear. */
	says: string[];
	severity?: 'error' | 'warning';
}

/** Every broken fixture, by folder name under tests/fixtures/broken/, with the problem it must cause. */
const expected: Record<string, Expected> = {
	// Schema: required fields, types, vocabularies, unknown fields.
	'missing-required-field': { file: 'content/testimonies/missing-title.md', line: 1, field: 'title', says: ['is missing', 'write a short, sober title'] },
	'empty-required-field': { file: 'content/people/empty-name.md', line: 2, field: 'name', says: ['is empty', 'write the name the archive files the person under'] },
	'null-value': { file: 'content/testimonies/null-title.md', line: 2, field: 'title', says: ['has no value'] },
	'wrong-type': { file: 'content/testimonies/wrong-type.md', line: 5, field: 'subjects', says: ['must be a list, not the text "kairat-samarkan"', 'e.g. [kairat-samarkan]'] },
	'unknown-field': { file: 'content/testimonies/unknown-field.md', line: 5, field: 'subject', says: ['"subject" is not a field of testimonies', 'did you mean "subjects"?'] },
	'unknown-nested-field': { file: 'content/testimonies/unknown-nested-field.md', line: 10, field: 'quotes[0].speker', says: ['"speker" is not a field', 'did you mean "speaker"?'] },
	'enum-not-in-vocabulary': { file: 'content/testimonies/enum-not-in-vocabulary.md', line: 6, field: 'experiences[2]', says: ['is "torure", which is not in the vocabulary', 'did you mean "torture"?'] },
	'testimony-kind-misspelled': { file: 'content/testimonies/kairat-samarkan.md', line: 3, field: 'kind', says: ['is "first hand"', 'did you mean "first-hand"?'] },
	'testimony-without-quotes': { file: 'content/testimonies/without-quotes.md', line: 7, field: 'quotes', says: ['needs at least 1 entry, but has 0'] },
	'first-hand-without-witness': { file: 'content/testimonies/without-witness.md', line: 3, field: 'witness', says: ['a first-hand testimony needs the person who gives it', 'or set kind: summarised'] },
	'disagreement-with-one-claim': { file: 'content/testimonies/one-claim.md', line: 10, field: 'disagreements[0].claims', says: ['needs at least 2 entries, but has 1'] },
	'reference-written-as-name': { file: 'content/testimonies/name-as-reference.md', line: 4, field: 'witness', says: ['"Kairat Samarkan" is not an id', 'e.g. "kairat-samarkan"'] },
	'bad-file-name': { file: 'content/people/Kairat_Samarkan.md', line: 1, field: '(file)', says: ['"Kairat_Samarkan.md" is not a valid id', '"kairat-samarkan.md"'] },
	// The file itself and its YAML.
	'malformed-yaml': { file: 'content/testimonies/malformed-yaml.md', line: 2, field: '(YAML)', says: ['a value contains ": "', 'put the whole value in double quotes'] },
	'malformed-yaml-indentation': { file: 'content/testimonies/bad-indentation.md', line: 7, field: '(YAML)', says: ['not valid YAML here', 'check indentation'] },
	'unclosed-quote': { file: 'content/testimonies/unclosed-quote.md', line: 2, field: '(YAML)', says: ['opened with a quote mark is never closed'] },
	'tab-indentation': { file: 'content/testimonies/tab-indentation.md', line: 6, field: '(YAML)', says: ['a tab is used to indent this line', 'indent with spaces only'] },
	'duplicate-yaml-key': { file: 'content/testimonies/duplicate-key.md', line: 7, field: 'title', says: ['the field "title" is written twice', 'delete the other'] },
	'missing-front-matter': { file: 'content/people/no-front-matter.md', line: 1, field: '(front matter)', says: ['does not start with front matter'] },
	'bom-file': { file: 'content/testimonies/kairat-samarkan.md', line: 1, field: '(file)', says: ['byte-order mark (BOM)', 'UTF-8 without BOM'] },
	'crlf-file': { file: 'content/places/bouryltogay-district.md', line: 1, field: '(file)', says: ['Windows (CRLF) line endings', 'Unix (LF)'] },
	'not-utf8': { file: 'content/organizations/latin1.md', line: 5, field: '(file)', says: ['not UTF-8 text'] },
	'nul-byte-in-file': { file: 'content/places/nul-town.md', line: 5, field: '(body)', says: ['an invisible control character (U+0000, a NUL byte)', 'delete it'] },
	'yaml-alias': { file: 'content/people/aliased-person.md', line: 5, field: '(YAML)', says: ['a YAML alias (*n)', 'write the value out in full'] },
	// References and names.
	'unknown-reference': { file: 'content/testimonies/unknown-reference.md', line: 4, field: 'witness', says: ['no content/people/kairat-samarkhan.md', '"kairat-samarkan"'] },
	'reference-to-wrong-kind': { file: 'content/testimonies/wrong-kind.md', line: 7, field: 'camps[0]', says: ['"bouryltogay-district" is a record of places, but this field takes a record of camps'] },
	'duplicate-name': { file: 'content/people/samarkan-kairat.md', line: 2, field: 'name', says: ['“Kairat Samarkan” is also claimed by content/people/kairat-samarkan.md (line 2)', 'distinctFrom'] },
	'withheld-name-in-file-name': { file: 'content/people/aigerim-secretova.md', line: 5, field: 'withhold', says: ['contains “aigerim”, “secretova” from the withheld name', 'rename the file after the public name'] },
	'duplicate-alias': { file: 'content/places/other-district.md', line: 4, field: 'aliases[0].name', says: ['the alias “Burultokay” is also claimed by content/places/bouryltogay-district.md'] },
	'zero-width-character-in-name': { file: 'content/people/tursynai-ziyaud.md', line: 2, field: 'name', says: ['invisible character (U+200B)'] },
	'direction-control-in-name': { file: 'content/people/reversed-person.md', line: 2, field: 'name', says: ['an invisible U+202E (right-to-left override)', 'retype the value'] },
	'cyrillic-letter-in-name': { file: 'content/people/gulzira-auelkhan.md', line: 2, field: 'name', says: ['look-alike Cyrillic letter “а”'] },
	'person-without-testimony': { file: 'content/people/leila-adilzhan.md', line: 3, field: 'roles', says: ['no testimony mentions this person', 'npm run new -- testimony'], severity: 'warning' },
	// Quotes.
	'quote-word-changed': {
		file: 'content/testimonies/quote-word-changed.md',
		line: 8,
		field: 'quotes[0].text',
		says: ['the source has “three” where the quote has “four”', 'Closest passage (content/sources/drama-excerpt.md:25): “Another Kazakh released'],
	},
	'quote-punctuation-changed': {
		file: 'content/testimonies/quote-punctuation-changed.md',
		line: 8,
		field: 'quotes[0].text',
		says: ['the source has an opening curly quote “ where the quote has a straight double quote "', 'Closest passage (content/sources/drama-excerpt.md:29)'],
	},
	'quote-words-left-out': { file: 'content/testimonies/quote-words-left-out.md', line: 8, field: 'quotes[0].text', says: ['the quote leaves out “he suffered in the camp” after “anguish”'] },
	'quote-from-another-source': { file: 'content/testimonies/wrong-source.md', line: 10, field: 'quotes[1].text', says: ['not in source "second-excerpt", but it is word for word in source "drama-excerpt"', 'change its source to drama-excerpt'] },
	'quote-not-in-source-at-all': { file: 'content/testimonies/paraphrase.md', line: 8, field: 'quotes[0].text', says: ['no passage of it comes close', 'check that the source is the right one'] },
	'quote-across-paragraphs': { file: 'content/testimonies/quote-across-paragraphs.md', line: 8, field: 'quotes[0].text', says: ['runs from one paragraph of source "drama-excerpt" into the next', 'split it into two quotes'] },
	// Values that say they are the source's words, and dates taken with a quote.
	'stated-duration-normalised': {
		file: 'content/people/kairat-samarkan.md',
		line: 9,
		field: 'detentions[0].duration',
		says: ['“3 months” says it is the source\'s words, but it is not in its quote word for word', 'put the archive’s own wording in the reading beside it'],
	},
	'person-alias-without-source': { file: 'content/people/turarbek-kusainov.md', line: 4, field: 'aliases[0].name', says: ['“T. Kusainov” says it is a source\'s words, but no source is given', 'add the source it is from'] },
	'quoted-date-not-in-quote': {
		file: 'content/testimonies/kairat-samarkan.md',
		line: 19,
		field: 'events[0].date.value',
		says: ['the day of 2017-11-21 is not in the quote that dates it', 'or mark the date inferred: true with its basis'],
	},
	'quote-of-one-word': { file: 'content/testimonies/one-word-quote.md', line: 8, field: 'quotes[0].text', says: ['the quote has 1 word, and a quote needs at least 2'] },
	'quote-cut-inside-a-number': { file: 'content/camps/cut-figure-camp.md', line: 9, field: 'figures[0].quote', says: ['the quote begins or ends inside a word of source "drama-excerpt"', '"5,700"', 'start and end the quote on whole words'] },
	// Dates.
	'period-ends-before-start': { file: 'content/testimonies/period-reversed.md', line: 9, field: 'period.end.value', says: ['the period ends (2017-11-20) before it starts (2018-02)'] },
	'impossible-date': { file: 'content/testimonies/impossible-date.md', line: 8, field: 'period.start.value', says: ['"2019-02-30" is not a day of the calendar'] },
	'future-date': { file: 'content/testimonies/future-date.md', line: 8, field: 'period.start.value', says: ['"2099-05-01" is in the future'] },
	'missing-date-precision': { file: 'content/testimonies/missing-precision.md', line: 8, field: 'period.start.precision', says: ['is missing', 'one of: day, month, year'] },
	'precision-not-matching': { file: 'content/testimonies/precision-mismatch.md', line: 8, field: 'period.start.value', says: ['precision "day" needs the date written as YYYY-MM-DD, but it is "2017-11"'] },
	'date-in-wrong-form': { file: 'content/testimonies/date-wrong-form.md', line: 8, field: 'period.start.value', says: ['"20/11/2017" is not in the expected form'] },
	// Places.
	'place-in-itself': { file: 'content/places/xinjiang-region.md', line: 4, field: 'partOf', says: ['the place lies in itself: its partOf is its own id, "xinjiang-region"'] },
	// Sources and captures.
	'source-url-javascript': { file: 'content/sources/drama-excerpt.md', line: 12, field: 'url', says: ['is a javascript: address, and only web addresses (http:// or https://) are accepted'] },
	'bad-url': { file: 'content/sources/drama-excerpt.md', line: 12, field: 'url', says: ['is not a full web address', 'starting with https://'] },
	'bad-sha256': { file: 'content/sources/drama-excerpt.md', line: 15, field: 'capture.sha256', says: ['64 lower-case hexadecimal characters'] },
	'capture-bytes-changed': { file: 'content/sources/drama-excerpt.md', line: 15, field: 'capture.sha256', says: ['not the recorded value', 'restore the original capture byte for byte'] },
	'capture-missing': { file: 'content/sources/drama-excerpt.md', line: 14, field: 'capture.file', says: ['content/sources/drama-excerpt-copy.capture.txt is missing'] },
	// Bodies.
	'empty-body': { file: 'content/testimonies/empty-body.md', line: 11, field: '(body)', says: ['the text below the front matter is empty'] },
	'script-in-body': { file: 'content/people/script-body.md', line: 7, field: '(body)', says: ['a <script> element'] },
	'onerror-attribute': { file: 'content/camps/onerror-camp.md', line: 7, field: '(body)', says: ['an event-handler attribute (such as onerror='] },
	'javascript-link': { file: 'content/places/javascript-link.md', line: 5, field: '(body)', says: ['a javascript: link'] },
	'link-to-a-file-address': { file: 'content/organizations/file-link-group.md', line: 5, field: '(body)', says: ['links to a file: address', 'a link may lead only to a web page'] },
	'image-from-another-site': { file: 'content/people/pictured-person.md', line: 7, field: '(body)', says: ['an image from another address (https://images.example.org/portrait.jpg)', 'keep images in the archive'] },
};

const fixtureNames = readdirSync(brokenDir).sort();

describe('the valid fixture archive', () => {
	it('has every kind of record and no problem at all, not even a warning', () => {
		const { records, problems } = checkArchive(validArchive);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(new Set(records.map((r) => r.collection))).toEqual(new Set(['sources', 'testimonies', 'people', 'camps', 'places', 'organizations']));
		expect(existsSync(join(validArchive, 'content', 'sources', 'drama-excerpt.capture.txt'))).toBe(true);
	});
});

describe('broken-record fixtures', () => {
	it('cover at least 25 kinds of mistake, each with an expected problem', () => {
		expect(fixtureNames.length).toBeGreaterThanOrEqual(25);
		expect(fixtureNames).toEqual(Object.keys(expected).sort());
	});

	it.each(fixtureNames)('%s: reports the field, the line and what to do, and nothing about the valid records', (name) => {
		const want = expected[name];
		const { problems } = checkArchive(archiveWith(name));
		const lines = problems.map(formatProblem);
		const hit = problems.find((p) => p.file === want.file && p.field === want.field && p.line === want.line);
		expect(hit, `no problem at ${want.file}:${want.line} — ${want.field}; got:\n${lines.join('\n')}`).toBeDefined();
		for (const fragment of want.says) expect(`${hit!.message} — ${hit!.fix}`).toContain(fragment);
		expect(hit!.severity).toBe(want.severity ?? 'error');
		// The records around the broken one are untouched: no knock-on problems in them.
		expect(problems.filter((p) => p.file !== want.file).map(formatProblem)).toEqual([]);
		// Messages are for archivists: one line each, no stack traces or JavaScript internals.
		for (const line of lines) {
			expect(line).not.toMatch(/\n|\bat .*\.(ts|js):\d+|undefined|\[object Object\]/);
		}
	});
});

describe('npm run check on a broken archive', () => {
	it('prints the formatted line and exits with 1', () => {
		const dir = archiveWith('quote-word-changed');
		const result = spawnSync(process.execPath, [checkScript, '--root', dir], { encoding: 'utf8' });
		expect(result.status, result.stderr).toBe(1);
		const line = formatProblem(checkArchive(dir).problems[0]);
		expect(line).toMatch(/^content\/testimonies\/quote-word-changed\.md:8 — quotes\[0\]\.text — the quote is not in source "drama-excerpt" word for word: the source has “three” where the quote has “four”/);
		expect(result.stdout).toContain(`Errors (1) — these must be fixed:\n${line}\n`);
		expect(result.stdout).toMatch(/8 records checked in [\d.]+ s: 1 error\(s\), 0 warning\(s\)\./);
		expect(result.stderr).toBe('');
	});

	it('lists warnings apart and exits with 0 when there are only warnings', () => {
		const dir = archiveWith('person-without-testimony');
		const result = spawnSync(process.execPath, [checkScript, '--root', dir], { encoding: 'utf8' });
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).not.toContain('Errors');
		expect(result.stdout).toContain('Warnings (1) — worth a look, but they do not stop the build:\ncontent/people/leila-adilzhan.md:3 — roles — no testimony mentions this person');
	});

	it('exits with 0 on the valid archive, and with 2 and a plain message when there is no content/ folder', () => {
		expect(spawnSync(process.execPath, [checkScript, '--root', validArchive], { encoding: 'utf8' }).status).toBe(0);
		const missing = spawnSync(process.execPath, [checkScript, '--root', join(tmpdir(), 'no-such-archive')], { encoding: 'utf8' });
		expect(missing.status).toBe(2);
		expect(missing.stderr).toContain('There is no content/ folder in');
		expect(missing.stderr).not.toMatch(/\bat .*:\d+:\d+/);
	});
});

describe('the content loader reports the same problems, and stores the records that passed their schemas', () => {
	afterEach(() => vi.restoreAllMocks());

	/** A record as the loader stores it. */
	type Entry = { id: string; data: Record<string, unknown>; body?: string; filePath?: string };

	/** What a fake Astro gives the loader and what it records: the logger's calls, the store's calls in order, `process.exit`. */
	const fakeAstro = (root: string, server: 'build' | 'dev') => {
		const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
		const calls: ({ op: 'clear' } | { op: 'set'; entry: Entry })[] = [];
		const store = {
			clear: vi.fn(() => void calls.push({ op: 'clear' })),
			set: vi.fn((entry: Entry) => (calls.push({ op: 'set', entry }), true)),
		};
		/** The dev server's file watcher: the handlers the loader registers, to be called as a file changes. */
		const handlers: ((event: string, path: string) => void)[] = [];
		const watcher = server === 'dev' ? { on: vi.fn((_event: string, handler: (event: string, path: string) => void) => void handlers.push(handler)) } : undefined;
		const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
		const context = { config: { root: pathToFileURL(`${root}/`) }, logger, store, watcher } as unknown as LoaderContext;
		/** The records last stored: the entries set since the last clear. */
		const stored = () => calls.slice(calls.findLastIndex((c) => c.op === 'clear') + 1).flatMap((c) => (c.op === 'set' ? [c.entry] : []));
		return { context, logger, calls, stored, handlers, exit };
	};
	const load = async (collection: CollectionName, astro: ReturnType<typeof fakeAstro>) => records(collection).load(astro.context);

	it('logs every error as `file:line — field — what is wrong — how to fix` and stops the build', async () => {
		const dir = archiveWith('unknown-reference');
		const errors = checkArchive(dir).problems.filter((p) => p.severity === 'error').map(formatProblem);
		expect(errors).toHaveLength(1);
		const astro = fakeAstro(dir, 'build');
		await load('testimonies', astro);
		expect(astro.logger.error).toHaveBeenCalledTimes(1);
		const logged = String(astro.logger.error.mock.calls[0][0]);
		expect(logged).toContain('1 problem(s) in content/ must be fixed before the archive is built:');
		expect(logged.split('\n').slice(1)).toEqual(errors);
		expect(logged.split('\n')[1]).toMatch(/^content\/testimonies\/unknown-reference\.md:4 — witness — .*no content\/people\/kairat-samarkhan\.md/);
		expect(astro.logger.warn).not.toHaveBeenCalled();
		expect(astro.exit).toHaveBeenCalledWith(1);
	});

	it('reads and checks the archive once for all six collections, so each problem is logged once', async () => {
		const astro = fakeAstro(archiveWith('unknown-reference'), 'build');
		for (const collection of collectionNames) await load(collection, astro);
		expect(astro.logger.error).toHaveBeenCalledTimes(1);
		expect(astro.exit).toHaveBeenCalledTimes(1);
	});

	it('logs warnings apart and builds on', async () => {
		const dir = archiveWith('person-without-testimony');
		const warnings = checkArchive(dir).problems.map(formatProblem);
		const astro = fakeAstro(dir, 'build');
		await load('people', astro);
		expect(astro.logger.error).not.toHaveBeenCalled();
		expect(astro.logger.warn).toHaveBeenCalledTimes(1);
		const logged = String(astro.logger.warn.mock.calls[0][0]).split('\n');
		expect(logged[0]).toBe('1 warning(s):');
		expect(logged.slice(1)).toEqual(warnings);
		expect(logged[1]).toMatch(/^content\/people\/leila-adilzhan\.md:3 — roles — no testimony mentions this person/);
		expect(astro.exit).not.toHaveBeenCalled();
		// A warning keeps no record out.
		expect(astro.stored().map((r) => r.id)).toEqual(['kairat-samarkan', 'leila-adilzhan', 'turarbek-kusainov']);
	});

	it('reports but does not exit in the development server', async () => {
		const astro = fakeAstro(archiveWith('bom-file'), 'dev');
		await load('testimonies', astro);
		expect(astro.logger.error).toHaveBeenCalledTimes(1);
		expect(String(astro.logger.error.mock.calls[0][0])).toContain('content/testimonies/kairat-samarkan.md:1 — (file) — the file starts with an invisible byte-order mark (BOM)');
		expect(astro.exit).not.toHaveBeenCalled();
	});

	it('stores exactly the records of its collection, after clearing the store, each with the data its schema produced', async () => {
		const astro = fakeAstro(archiveWith(), 'build');
		const ids: Record<string, string[]> = {};
		for (const collection of collectionNames) {
			const before = astro.calls.length;
			await load(collection, astro);
			expect(astro.calls[before], collection).toEqual({ op: 'clear' });
			ids[collection] = astro.stored().map((r) => r.id);
		}
		expect(ids).toEqual({
			sources: ['drama-excerpt'],
			testimonies: ['kairat-samarkan'],
			people: ['kairat-samarkan', 'turarbek-kusainov'],
			camps: ['bouryltogay-camp'],
			places: ['bouryltogay-district'],
			organizations: ['bitter-winter'],
		});
		expect(astro.logger.warn).not.toHaveBeenCalled();
		expect(astro.logger.error).not.toHaveBeenCalled();
		expect(astro.exit).not.toHaveBeenCalled();
	});

	it('gives each record its id, file path, Markdown text, and data with defaults filled in and relations as { collection, id }', async () => {
		const astro = fakeAstro(archiveWith(), 'build');
		await load('people', astro);
		expect(astro.stored().find((r) => r.id === 'turarbek-kusainov')).toEqual({
			id: 'turarbek-kusainov',
			filePath: 'content/people/turarbek-kusainov.md',
			body: expect.any(String),
			data: { name: 'Turarbek Kusainov', named: true, aliases: [], distinctFrom: [], roles: ['author', 'scholar'], ethnicity: [], citizenship: [], age: [], occupation: [], relations: [], detentions: [], events: [] },
		});
		await load('testimonies', astro);
		const [testimony] = astro.stored();
		expect(testimony.filePath).toBe('content/testimonies/kairat-samarkan.md');
		expect(testimony.body).toMatch(/^According to the book, Kairat Samarkan was held for three months/);
		expect(testimony.data).toMatchObject({
			kind: 'first-hand',
			witness: { collection: 'people', id: 'kairat-samarkan' },
			subjects: [{ collection: 'people', id: 'kairat-samarkan' }],
			camps: [{ collection: 'camps', id: 'bouryltogay-camp' }],
			organizations: [],
			period: { start: { value: '2017-11-20', precision: 'day', inferred: false } },
			quotes: [
				{ source: { collection: 'sources', id: 'drama-excerpt' } },
				{ source: { collection: 'sources', id: 'drama-excerpt' } },
				{ source: { collection: 'sources', id: 'drama-excerpt' }, speaker: { collection: 'people', id: 'kairat-samarkan' } },
			],
		});
	});

	it('leaves out a record that fails its schema, and stores one whose only problem is elsewhere', async () => {
		const dir = archiveWith('missing-required-field');
		cpSync(join(brokenDir, 'unknown-reference'), dir, { recursive: true });
		const astro = fakeAstro(dir, 'dev');
		await load('testimonies', astro);
		expect(String(astro.logger.error.mock.calls[0][0])).toContain('content/testimonies/missing-title.md:1 — title — ');
		expect(String(astro.logger.error.mock.calls[0][0])).toContain('content/testimonies/unknown-reference.md:4 — witness — ');
		expect(astro.stored().map((r) => r.id)).toEqual(['kairat-samarkan', 'unknown-reference']);
	});

	it('reads the archive again in the development server when a record of its collection changes', async () => {
		const dir = archiveWith('bom-file');
		const astro = fakeAstro(dir, 'dev');
		await load('testimonies', astro);
		expect(astro.logger.error).toHaveBeenCalledTimes(1);
		expect(astro.handlers).toHaveLength(1);
		const [changed] = astro.handlers;
		const file = join(dir, 'content', 'testimonies', 'kairat-samarkan.md');
		// The archivist saves the file without its BOM.
		cpSync(join(validArchive, 'content', 'testimonies', 'kairat-samarkan.md'), file);
		// A change elsewhere is not this collection's business.
		const calls = astro.calls.length;
		changed('change', join(dir, 'content', 'people', 'kairat-samarkan.md'));
		changed('change', join(dir, 'content', 'testimonies', 'notes.txt'));
		expect(astro.calls).toHaveLength(calls);
		changed('change', file);
		expect(astro.calls.slice(calls).map((c) => c.op)).toEqual(['clear', 'set']);
		expect(astro.stored().map((r) => r.id)).toEqual(['kairat-samarkan']);
		expect(astro.logger.error).toHaveBeenCalledTimes(1);
		// A new broken record is reported as soon as it is saved.
		writeFileSync(join(dir, 'content', 'testimonies', 'new.md'), '---\ntitle: New\n---\nText.\n');
		changed('add', join(dir, 'content', 'testimonies', 'new.md'));
		expect(astro.logger.error).toHaveBeenCalledTimes(2);
		expect(String(astro.logger.error.mock.calls[1][0])).toContain('content/testimonies/new.md:');
		expect(astro.exit).not.toHaveBeenCalled();
	});
});

describe('explaining a quote that is not in its source', () => {
	const blocks = [
		'It is currently 11:21 p.m. on the night of March 13, 2019.',
		'I love my wife and my two sons. I love my Kazakh ethnicity. I love my country of Kazakhstan.',
		'He said: “We don’t know where she is.” Then the line went dead.',
	];

	it('names the word that differs, and the marks when only marks differ', () => {
		expect(explainMissingQuote(blocks, 'I love my wife and my three sons.')).toMatchObject({
			block: 1,
			passage: 'I love my wife and my two sons.',
			differences: ['the source has “two” where the quote has “three”'],
		});
		expect(explainMissingQuote(blocks, 'He said: "We don’t know where she is."')!.differences).toEqual([
			'the source has ““We” where the quote has “"We” (the source has an opening curly quote “ where the quote has a straight double quote ")',
			'the source has “is.”” where the quote has “is."” (the source has a closing curly quote ” where the quote has a straight double quote ")',
		]);
		expect(explainMissingQuote(blocks, 'We don\'t know where she is.')!.differences).toEqual([
			"the source has “don’t” where the quote has “don't” (the source has a curly apostrophe ’ where the quote has a straight apostrophe ')",
		]);
		expect(explainMissingQuote(blocks, 'I love my country of kazakhstan.')!.differences).toEqual(['the source has “Kazakhstan.” where the quote has “kazakhstan.” (only capital letters differ)']);
	});

	it('says which words the quote leaves out or adds', () => {
		expect(explainMissingQuote(blocks, 'I love my wife and my sons.')!.differences).toEqual([
			'the quote leaves out “two” after “my”: a quote may not skip words; make two quotes instead',
		]);
		expect(explainMissingQuote(blocks, 'I love my dear wife and my two sons.')!.differences).toEqual(['“dear” after “my” is not in the source']);
	});

	it('tells a quote that runs across two paragraphs from one that is not there at all', () => {
		expect(explainMissingQuote(blocks, 'I love my country of Kazakhstan. He said:')).toMatchObject({ block: 1, acrossBlocks: true });
		expect(explainMissingQuote(blocks, 'Nothing of this is anywhere in the text')).toBeUndefined();
		expect(explainMissingQuote(blocks, '  ')).toBeUndefined();
	});
});

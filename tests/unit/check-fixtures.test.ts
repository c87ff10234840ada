import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import archiveCheck from '../../src/integrations/archive-check.ts';
import { checkArchive, formatProblem } from '../../src/lib/content/check.ts';
import { explainMissingQuote } from '../../src/lib/quotes.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const validArchive = join(fixtures, 'valid-archive');
const brokenDir = join(fixtures, 'broken');
const checkScript = join(import.meta.dirname, '..', '..', 'scripts', 'check.ts');

/** A fresh copy of the valid archive with one broken fixture's files dropped in (or put in place of valid ones). */
function archiveWith(fixture?: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'check-fixture-'));
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
	// References and names.
	'unknown-reference': { file: 'content/testimonies/unknown-reference.md', line: 4, field: 'witness', says: ['no content/people/kairat-samarkhan.md', '"kairat-samarkan"'] },
	'reference-to-wrong-kind': { file: 'content/testimonies/wrong-kind.md', line: 7, field: 'camps[0]', says: ['"bouryltogay-district" is a record of places, but this field takes a record of camps'] },
	'duplicate-name': { file: 'content/people/samarkan-kairat.md', line: 2, field: 'name', says: ['“Kairat Samarkan” is also claimed by content/people/kairat-samarkan.md (line 2)', 'distinctFrom'] },
	'withheld-name-in-file-name': { file: 'content/people/aigerim-secretova.md', line: 5, field: 'withhold', says: ['contains “aigerim”, “secretova” from the withheld name', 'rename the file after the public name'] },
	'duplicate-alias': { file: 'content/places/other-district.md', line: 4, field: 'aliases[0].name', says: ['the alias “Burultokay” is also claimed by content/places/bouryltogay-district.md'] },
	'zero-width-character-in-name': { file: 'content/people/tursynai-ziyaud.md', line: 2, field: 'name', says: ['invisible character (U+200B)'] },
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
	// Dates.
	'impossible-date': { file: 'content/testimonies/impossible-date.md', line: 8, field: 'period.start.value', says: ['"2019-02-30" is not a day of the calendar'] },
	'future-date': { file: 'content/testimonies/future-date.md', line: 8, field: 'period.start.value', says: ['"2099-05-01" is in the future'] },
	'missing-date-precision': { file: 'content/testimonies/missing-precision.md', line: 8, field: 'period.start.precision', says: ['is missing', 'one of: day, month, year'] },
	'precision-not-matching': { file: 'content/testimonies/precision-mismatch.md', line: 8, field: 'period.start.value', says: ['precision "day" needs the date written as YYYY-MM-DD, but it is "2017-11"'] },
	'date-in-wrong-form': { file: 'content/testimonies/date-wrong-form.md', line: 8, field: 'period.start.value', says: ['"20/11/2017" is not in the expected form'] },
	// Sources and captures.
	'bad-url': { file: 'content/sources/drama-excerpt.md', line: 12, field: 'url', says: ['is not a full web address', 'starting with https://'] },
	'bad-sha256': { file: 'content/sources/drama-excerpt.md', line: 15, field: 'capture.sha256', says: ['64 lower-case hexadecimal characters'] },
	'capture-bytes-changed': { file: 'content/sources/drama-excerpt.md', line: 15, field: 'capture.sha256', says: ['not the recorded value', 'restore the original capture byte for byte'] },
	'capture-missing': { file: 'content/sources/drama-excerpt.md', line: 14, field: 'capture.file', says: ['content/sources/drama-excerpt-copy.capture.txt is missing'] },
	// Bodies.
	'empty-body': { file: 'content/testimonies/empty-body.md', line: 11, field: '(body)', says: ['the text below the front matter is empty'] },
	'script-in-body': { file: 'content/people/script-body.md', line: 7, field: '(body)', says: ['a <script> element'] },
	'onerror-attribute': { file: 'content/camps/onerror-camp.md', line: 7, field: '(body)', says: ['an event-handler attribute (such as onerror='] },
	'javascript-link': { file: 'content/places/javascript-link.md', line: 5, field: '(body)', says: ['a javascript: link'] },
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

describe('the build reports the same problems', () => {
	afterEach(() => vi.restoreAllMocks());

	const runHook = (root: string, command: 'build' | 'dev') => {
		const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
		const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
		const hook = archiveCheck().hooks['astro:config:setup']!;
		(hook as (options: unknown) => void)({ config: { root: pathToFileURL(`${root}/`) }, command, logger });
		return { logger, exit };
	};

	it('logs every error as `file:line — field — what is wrong — how to fix` and stops the build', () => {
		const dir = archiveWith('unknown-reference');
		const errors = checkArchive(dir).problems.filter((p) => p.severity === 'error').map(formatProblem);
		expect(errors).toHaveLength(1);
		const { logger, exit } = runHook(dir, 'build');
		expect(logger.error).toHaveBeenCalledTimes(1);
		const logged = String(logger.error.mock.calls[0][0]);
		expect(logged).toContain('1 problem(s) in content/ must be fixed before the archive is built:');
		expect(logged.split('\n').slice(1)).toEqual(errors);
		expect(exit).toHaveBeenCalledWith(1);
	});

	it('logs warnings apart and builds on', () => {
		const dir = archiveWith('person-without-testimony');
		const warnings = checkArchive(dir).problems.map(formatProblem);
		const { logger, exit } = runHook(dir, 'build');
		expect(logger.error).not.toHaveBeenCalled();
		expect(String(logger.warn.mock.calls[0][0]).split('\n').slice(1)).toEqual(warnings);
		expect(exit).not.toHaveBeenCalled();
	});

	it('reports but does not exit in the development server', () => {
		const { logger, exit } = runHook(archiveWith('bom-file'), 'dev');
		expect(String(logger.error.mock.calls[0][0])).toContain('content/testimonies/kairat-samarkan.md:1 — (file) — the file starts with an invisible byte-order mark (BOM)');
		expect(exit).not.toHaveBeenCalled();
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

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArchive, formatProblem } from '../../src/tools/check/index.ts';

/**
 * The check of values that say they are the source's words (durations, detention durations,
 * camp locations, figures, spellings) and of dates taken with a quote, over copies of
 * tests/fixtures/valid-archive changed one way each. Every quote there is the book's words, so
 * a changed value is the only thing wrong with the copy.
 */

const validArchive = join(import.meta.dirname, '..', 'fixtures', 'valid-archive');
const made: string[] = [];
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Replaces words in a record of the copy; fails the test when they are not there, so that no case passes by changing nothing. */
type Edit = (path: string, from: string, to: string) => void;
type Change = (edit: Edit) => void;

/** The problems the check finds in a copy of the valid archive changed as `changes` say. */
function problemsWith(...changes: Change[]) {
	const dir = mkdtempSync(join(tmpdir(), 'check-stated-'));
	made.push(dir);
	cpSync(validArchive, dir, { recursive: true });
	const edit: Edit = (path, from, to) => {
		const file = join(dir, 'content', path);
		const text = readFileSync(file, 'utf8');
		if (!text.includes(from)) throw new Error(`content/${path} has no “${from}” to change`);
		writeFileSync(file, text.replace(from, to));
	};
	for (const change of changes) change(edit);
	return checkArchive(dir).problems;
}

const testimony = 'testimonies/kairat-samarkan.md';
const person = 'people/kairat-samarkan.md';
const camp = 'camps/bouryltogay-camp.md';

/** The testimony's duration (line 14), quoted beside it: "…and stayed there for three months." */
const duration = (text: string): Change => (edit) => edit(testimony, '  - text: "three months"', `  - text: ${JSON.stringify(text)}`);
/** The person's detention duration (line 9), with the same quote. */
const detention = (text: string): Change => (edit) => edit(person, '    duration: "three months"', `    duration: ${JSON.stringify(text)}`);
/** The camp's figure (line 11), quoted beside it: "…reported that “5,700 people are held in the camp of Bouryltogay district". */
const figure = (value: string): Change => (edit) => edit(camp, '    value: "5,700"', `    value: ${JSON.stringify(value)}`);
/** The camp's location in the source's words (line 7), with a quote that places it (line 9), or none. */
const located =
	(description: string, quote: string | undefined = 'he was placed into the center of “political re-education” at Bouryltogay district in Xinjiang'): Change =>
	(edit) =>
		edit(
			camp,
			'  source: drama-excerpt\n  quote: "Kairat Samarkan, a former camp inmate in Bouryltogay district"',
			`  description: ${description}\n  source: drama-excerpt${quote ? `\n  quote: "${quote}"` : ''}`,
		);
/** The date of the testimony's event (line 19), quoted beside it: "He got into the camp on November 20, 2017". */
const eventDate = (date: string): Change => (edit) => edit(testimony, '  - date: { value: "2017-11-20", precision: day }', `  - date: ${date}`);

const notInQuote = (value: string) => `“${value}” says it is the source's words, but it is not in its quote word for word`;

describe('a value that says it is the source’s words', () => {
	it('is refused when it is changed while its quote stays right, naming the file, line, field and the words', () => {
		// As "another year and a half" became "rehtona year and a half" in a testimony of the archive.
		const problems = problemsWith(duration('eerht months'));
		expect(problems.map(formatProblem)).toEqual([
			`content/testimonies/kairat-samarkan.md:14 — durations[0].text — ${notInQuote('eerht months')} — copy the words exactly as its quote has them; put the archive’s own wording in the reading beside it`,
		]);
		expect(problems[0].severity).toBe('error');
	});

	it.each([
		['shortened, a word left out', located('"at Bouryltogay in Xinjiang"'), 'content/camps/bouryltogay-camp.md', 7, 'location.description', 'at Bouryltogay in Xinjiang'],
		['reworded', detention('stayed three months'), 'content/people/kairat-samarkan.md', 9, 'detentions[0].duration', 'stayed three months'],
		['normalised, a number written in figures', duration('3 months'), 'content/testimonies/kairat-samarkan.md', 14, 'durations[0].text', '3 months'],
		[
			'carrying the archive’s gloss',
			detention('three months (from 20 November 2017)'),
			'content/people/kairat-samarkan.md',
			9,
			'detentions[0].duration',
			'three months (from 20 November 2017)',
		],
		['capitalised otherwise', located('"at Bouryltogay District in Xinjiang"'), 'content/camps/bouryltogay-camp.md', 7, 'location.description', 'at Bouryltogay District in Xinjiang'],
		['cut inside a number, at its start', figure('700 people'), 'content/camps/bouryltogay-camp.md', 11, 'figures[0].value', '700 people'],
		['cut inside a number, the thousands alone', figure('700'), 'content/camps/bouryltogay-camp.md', 11, 'figures[0].value', '700'],
		['cut inside a number, at its end', figure('5'), 'content/camps/bouryltogay-camp.md', 11, 'figures[0].value', '5'],
		['cut inside a word', figure('5,700 peop'), 'content/camps/bouryltogay-camp.md', 11, 'figures[0].value', '5,700 peop'],
	] as const)('is refused when %s', (_what, change, file, line, field, value) => {
		const problems = problemsWith(change);
		expect(problems.map(formatProblem), 'one problem, and only in the changed record').toHaveLength(1);
		expect(problems[0]).toMatchObject({ file, line, field, severity: 'error', message: notInQuote(value) });
	});

	it('is accepted with straight quote marks for curly ones, and white space written otherwise', () => {
		// The quote has “political re-education”; the value straight quote marks, a no-break space and two spaces.
		expect(problemsWith(located('"center of \\"political re-education\\"\\u00a0at  Bouryltogay district"')).map(formatProblem)).toEqual([]);
		// The whole figure, and the whole of its first words.
		expect(problemsWith(figure('5,700 people')).map(formatProblem)).toEqual([]);
	});

	it('is checked against the text of the source it names when no quote stands beside it', () => {
		const withoutQuote = (edit: Edit) => edit(testimony, '    source: drama-excerpt\n    quote: "He got into the camp on November 20, 2017 and stayed there for three months."\n', '    source: drama-excerpt\n');
		expect(problemsWith(withoutQuote).map(formatProblem)).toEqual([]);
		expect(problemsWith(located('"at Bouryltogay district in Xinjiang"', undefined)).map(formatProblem)).toEqual([]);
		expect(problemsWith(withoutQuote, duration('four months')).map(formatProblem)).toEqual([
			'content/testimonies/kairat-samarkan.md:14 — durations[0].text — “four months” says it is the source\'s words, but it is not in source "drama-excerpt" word for word — copy the words exactly as source "drama-excerpt" has them; put the archive’s own wording in the reading beside it',
		]);
		// The source's words, but from another paragraph than the one they are said to stand in: a quote beside the value binds it.
		expect(problemsWith(located('"a former camp inmate"')).map((p) => [p.field, p.message])).toEqual([['location.description', notInQuote('a former camp inmate')]]);
	});
});

describe('the archive’s own wording beside the source’s', () => {
	it('is free text: a reading, a duration’s reading and a detention’s note are never checked against the source', () => {
		const problems = problemsWith(
			(edit) => edit(testimony, '    of: "detention in the camp"', '    reading: "3 months, to about February 2018"\n    of: "detention in the camp"'),
			(edit) => edit(person, '    source: drama-excerpt\n    quote: "He got', '    durationReading: "3 months"\n    note: "The book gives no end; the archive counts three months from 20 November 2017."\n    source: drama-excerpt\n    quote: "He got'),
			(edit) => edit(camp, '  source: drama-excerpt\n  quote: "Kairat', '  reading: "somewhere in Bouryltogay district; the book gives no closer location"\n  source: drama-excerpt\n  quote: "Kairat'),
			(edit) => edit(camp, '    value: "5,700"', '    value: "5,700"\n    reading: "5700, of whom more than 3000 Kazakhs"'),
		);
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('is where a gloss goes: the stated words alone pass, the gloss in a note beside them', () => {
		expect(problemsWith(detention('three months (from 20 November 2017)')).map((p) => p.field)).toEqual(['detentions[0].duration']);
		expect(problemsWith((edit) => edit(person, '    duration: "three months"', '    duration: "three months"\n    note: "From 20 November 2017."')).map(formatProblem)).toEqual([]);
	});
});

describe('a spelling of a name', () => {
	it('is refused for a person when no source gives it', () => {
		const problems = problemsWith((edit) => edit(person, 'roles: [former-detainee, witness]', 'aliases:\n  - { name: "Qairat Samarqan" }\nroles: [former-detainee, witness]'));
		expect(problems.map(formatProblem)).toEqual([
			'content/people/kairat-samarkan.md:4 — aliases[0].name — “Qairat Samarqan” says it is a source\'s words, but no source is given — add the source it is from (source: <id>) and, where there is one, the quote',
		]);
	});

	it('is accepted for a place or an organisation in common use, with no source', () => {
		// The valid archive's district is also spelled "Burultokay", with no source.
		expect(readFileSync(join(validArchive, 'content', 'places', 'bouryltogay-district.md'), 'utf8')).toContain('aliases:\n  - name: Burultokay\n');
		expect(problemsWith((edit) => edit('organizations/bitter-winter.md', 'kind: media', 'aliases:\n  - { name: "BW" }\nkind: media')).map(formatProblem)).toEqual([]);
	});

	it('is checked against the source it names, for a person, a place or an organisation', () => {
		expect(problemsWith((edit) => edit(person, 'roles: [former-detainee, witness]', 'aliases:\n  - { name: "Samarkan", source: drama-excerpt }\nroles: [former-detainee, witness]')).map(formatProblem)).toEqual([]);
		const problems = problemsWith(
			(edit) => edit('places/bouryltogay-district.md', '  - name: Burultokay', '  - { name: Burultokay, source: drama-excerpt }'),
			(edit) => edit('organizations/bitter-winter.md', 'kind: media', 'aliases:\n  - { name: "BW", source: drama-excerpt }\nkind: media'),
		);
		expect(problems.map((p) => [p.file, p.line, p.field, p.message]).sort()).toEqual([
			['content/organizations/bitter-winter.md', 4, 'aliases[0].name', '“BW” says it is the source\'s words, but it is not in source "drama-excerpt" word for word'],
			['content/places/bouryltogay-district.md', 4, 'aliases[0].name', '“Burultokay” says it is the source\'s words, but it is not in source "drama-excerpt" word for word'],
		]);
	});
});

describe('a date taken with a quote', () => {
	const undated = (what: string, value: string, verb = 'is') => `the ${what} of ${value} ${verb} not in the quote that dates it`;

	it.each([
		['its year', '{ value: "2016-11-20", precision: day }', undated('year', '2016-11-20')],
		// Without its month, a day cannot be read beside it either.
		['its month', '{ value: "2017-10-20", precision: day }', undated('month and day', '2017-10-20', 'are')],
		['its day', '{ value: "2017-11-21", precision: day }', undated('day', '2017-11-21')],
		['any of it', '{ value: "2016-10-21", precision: day }', undated('year, month and day', '2016-10-21', 'are')],
	])('is refused when the quote does not give %s', (_what, date, message) => {
		const problems = problemsWith(eventDate(date));
		expect(problems.map((p) => [p.file, p.line, p.field, p.message, p.fix])).toEqual([
			[
				'content/testimonies/kairat-samarkan.md',
				19,
				'events[0].date.value',
				message,
				'quote the words that give the date, or mark the date inferred: true with its basis (how the archive worked it out)',
			],
		]);
	});

	it('is accepted when the quote gives it in words: "November 20, 2017", "the spring of 2018"', () => {
		expect(problemsWith(eventDate('{ value: "2017-11", precision: month }')).map(formatProblem)).toEqual([]);
		expect(problemsWith(eventDate('{ value: "2017", precision: year, qualifier: late }')).map(formatProblem)).toEqual([]);
		// The figure's date, "spring 2018", is valid as the fixture has it.
		expect(readFileSync(join(validArchive, 'content', camp), 'utf8')).toContain('date: { value: "2018", precision: year, qualifier: spring }');
	});

	it('is refused when the month is only letters inside another word ("Samarkan" is not March)', () => {
		const problems = problemsWith((edit) => edit(camp, 'date: { value: "2018", precision: year, qualifier: spring }', 'date: { value: "2018-03", precision: month }'));
		expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([[12, 'figures[0].date.value', undated('month', '2018-03')]]);
	});

	it('is accepted when the quote does not give it, if it is marked inferred with its basis', () => {
		const inferred = '{ value: "2017-11-21", precision: day, inferred: true, basis: "The day after the one the book gives, for this test." }';
		expect(problemsWith(eventDate(inferred)).map(formatProblem)).toEqual([]);
	});

	it('is refused when marked inferred without saying how the archive worked it out', () => {
		const problems = problemsWith(eventDate('{ value: "2017-11-21", precision: day, inferred: true }'));
		expect(problems.map((p) => [p.line, p.field, p.message, p.fix])).toEqual([
			[19, 'events[0].date.inferred', 'the date 2017-11-21 is marked inferred, but does not say how the archive worked it out', 'add its basis: how the date is known, in a few words'],
		]);
	});
});

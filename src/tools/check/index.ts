import { readRecords } from '../read.ts';
import { checkBody } from './body.ts';
import { checkCapture } from './capture.ts';
import { checkCharacters } from './characters.ts';
import { checkDates, checkPeriods } from './dates.ts';
import { checkLinks } from './links.ts';
import { checkNames, checkWithheldId } from './names.ts';
import { checkPeopleWithoutTestimony } from './people.ts';
import { checkPlaceCycles } from './places.ts';
import type { CheckedRecord, Problem } from './problems.ts';
import { checkQuotes } from './quotes.ts';
import { checkReferences } from './references.ts';
import { checkSchema } from './schema.ts';
import { checkStatedValues } from './stated.ts';
import { checkWithheld } from './withheld.ts';

export { formatProblem, type CheckedRecord, type Problem } from './problems.ts';

/** Runs one check, turning a failure of the checker itself into a problem instead of a crash. */
function guarded(record: { file: string }, run: () => Problem[]): Problem[] {
	try {
		return run();
	} catch (error) {
		return [{ file: record.file, line: 1, field: '(check)', message: `the checker could not read this record (${error instanceof Error ? error.message : String(error)})`, fix: 'look for an unusual value in the file; if it seems right, report it to the developers with this line', severity: 'error' }];
	}
}

/**
 * Validates every record under `root/content`, each check in its own file beside this one: all
 * problems at once, errors and warnings, and the records that passed their schemas, with the
 * values the schemas produced.
 */
export function checkArchive(root: string, today = new Date()): { records: CheckedRecord[]; problems: Problem[] } {
	const raw = readRecords(root);
	const problems: Problem[] = [];
	// Added one by one: a very large archive may have more problems than a call can take as arguments.
	const add = (found: Problem[]) => {
		for (const p of found) problems.push(p);
	};
	for (const record of raw) add(record.problems);
	const records: CheckedRecord[] = [];
	for (const record of raw) {
		if (record.unreadable) continue;
		let value: Record<string, unknown> | undefined;
		add(
			guarded(record, () => {
				const checked = checkSchema(record);
				value = checked.value;
				return checked.problems;
			}),
		);
		if (value) records.push({ ...record, value });
	}
	const whole = { file: 'content/' };
	add(guarded(whole, () => checkReferences(records, raw)));
	add(guarded(whole, () => checkQuotes(records)));
	add(guarded(whole, () => checkNames(records)));
	add(guarded(whole, () => checkPeopleWithoutTestimony(records, raw.filter((r) => r.collection === 'testimonies'))));
	add(guarded(whole, () => checkPlaceCycles(records)));
	add(guarded(whole, () => checkStatedValues(records)));
	add(guarded(whole, () => checkWithheld(root, records)));
	for (const record of records) {
		add(guarded(record, () => [...checkDates(record, today), ...checkBody(record), ...checkWithheldId(record), ...(record.collection === 'sources' ? checkCapture(root, record) : [])]));
		add(guarded(record, () => [...checkPeriods(record), ...checkCharacters(record), ...checkLinks(record)]));
	}
	problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	return { records, problems };
}

import type { Dated } from '../../schemas/common.ts';
import type { Path } from '../../core/refs.ts';
import { problemAt, type CheckedRecord, type Problem } from './problems.ts';

/** Why a written date is not a real one, or undefined when it is. */
export function dateProblem(value: string, precision: Dated['precision'], today = new Date()): string | undefined {
	const parts = value.split('-').map(Number);
	const expected = { year: 1, month: 2, day: 3 }[precision];
	if (parts.length !== expected) {
		return `precision "${precision}" needs the date written as ${['YYYY', 'YYYY-MM', 'YYYY-MM-DD'][expected - 1]}, but it is "${value}"`;
	}
	const [year, month = 1, day = 1] = parts;
	if (month < 1 || month > 12) return `"${value}" has no month ${month}`;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return `"${value}" is not a day of the calendar`;
	if (year < 1800) return `"${value}" is too early for this archive; check the year`;
	if (date.getTime() > today.getTime()) return `"${value}" is in the future`;
	return undefined;
}

/** Reports dates that are not real, not yet come, or do not match their precision. */
export function checkDates(record: CheckedRecord, today = new Date()): Problem[] {
	const problems: Problem[] = [];
	const walk = (value: unknown, path: Path) => {
		if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i]));
		if (!value || typeof value !== 'object') return;
		const o = value as Record<string, unknown>;
		if (typeof o.value === 'string' && typeof o.precision === 'string' && /^\d{4}/.test(o.value)) {
			const problem = dateProblem(o.value, o.precision as 'day', today);
			if (problem) problems.push(problemAt(record, [...path, 'value'], problem, 'write the date the source gives, as YYYY, YYYY-MM or YYYY-MM-DD, with the matching precision (year, month or day)'));
		}
		for (const [k, v] of Object.entries(o)) walk(v, [...path, k]);
	};
	walk(record.value, []);
	return problems;
}

/**
 * Reports periods that end before they start: a testimony's `period`, a detention's `start` and
 * `end`, or any other pair of dates so named. Dates are compared at the coarser of their two
 * precisions, so "2017" to "2017-03" is in order; qualifiers ("late", "around") are not compared.
 */
export function checkPeriods(record: CheckedRecord): Problem[] {
	const problems: Problem[] = [];
	const walk = (value: unknown, path: Path) => {
		if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i]));
		if (!value || typeof value !== 'object') return;
		const { start, end } = value as { start?: Partial<Dated>; end?: Partial<Dated> };
		if (typeof start?.value === 'string' && typeof end?.value === 'string') {
			const length = Math.min(start.value.length, end.value.length);
			if (start.value.slice(0, length) > end.value.slice(0, length)) {
				problems.push(problemAt(record, [...path, 'end', 'value'], `the period ends (${end.value}) before it starts (${start.value})`, 'check both dates against the source: the start goes in start, the end in end'));
			}
		}
		for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
	};
	walk(record.value, []);
	return problems;
}

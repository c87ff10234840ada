import type { Dated } from '../schemas/common.ts';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

/** A date as a reader says it, at the precision the source gives: "10 March 2019", "March 2022", "late 2017". */
export function formatDated(dated: Pick<Dated, 'value' | 'precision' | 'qualifier'>): string {
	const [year, month, day] = dated.value.split('-').map(Number);
	const text =
		dated.precision === 'day'
			? `${day} ${months[month - 1]} ${year}`
			: dated.precision === 'month'
				? `${months[month - 1]} ${year}`
				: String(year);
	return dated.qualifier ? `${dated.qualifier} ${text}` : text;
}

/** A key that sorts partial dates in time order, a year before its months and a month before its days. */
export const dateSortKey = (dated: Pick<Dated, 'value'>) => dated.value.padEnd(10, ' ');

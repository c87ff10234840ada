import type { Dated } from '../schemas/common.ts';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

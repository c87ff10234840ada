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

/** Where in a year a qualified year falls (as a month), and in a month a qualified month (as a day). Winter is the one that ends the year. */
const monthOf: Partial<Record<NonNullable<Dated['qualifier']>, number>> = { early: 1, spring: 3, mid: 6, summer: 6, autumn: 9, late: 10, end: 12, winter: 12 };
const dayOf: Partial<Record<NonNullable<Dated['qualifier']>, number>> = { early: 1, mid: 15, late: 25, end: 28 };
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A key that sorts partial dates in time order: a year before its months and a month before its
 * days; "spring 2018" with March, "autumn 2018" with September, "late March" after the 25th;
 * "before" a date just before it and "after" just after.
 */
export function dateSortKey(dated: Pick<Dated, 'value'> & Partial<Pick<Dated, 'precision' | 'qualifier'>>): string {
	const [year, month = 0, day = 0] = dated.value.split('-').map(Number);
	const q = dated.qualifier;
	const m = month || (q && monthOf[q]) || 0;
	const d = day || (month && q && dayOf[q]) || 0;
	return `${year}-${pad(m)}-${pad(d)}.${q === 'before' ? 0 : q === 'after' ? 2 : 1}`;
}

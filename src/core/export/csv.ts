import { stringify } from 'csv-stringify/sync';

/** The UTF-8 byte-order mark: how Excel knows a CSV file is UTF-8 (without it, Cyrillic and accents come out garbled). */
export const byteOrderMark = '\uFEFF';

/**
 * A CSV file for a spreadsheet as much as for a program, a line at a time: RFC 4180 (a field
 * holding a comma, a double quote or a line break is quoted, a double quote inside it doubled;
 * lines end with CRLF; csv-stringify quotes a field for the record delimiter only when it holds
 * the whole CRLF, so a bare line break is named), after a byte-order mark. A cell starting with
 * =, +, -, @, a tab or a carriage return (or the full-width =, +, -, @) gets an apostrophe in
 * front: a spreadsheet would run it as a formula, and a source's text is not to be trusted with
 * that. archive.json keeps every value exactly.
 */
export function* csvLines(...groups: Iterable<readonly string[]>[]): Generator<string> {
	yield byteOrderMark;
	for (const rows of groups) for (const row of rows) yield stringify([row], { record_delimiter: '\r\n', quoted_match: /[\r\n]/, escape_formulas: true });
}

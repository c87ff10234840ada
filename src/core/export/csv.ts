import { stringify } from 'csv-stringify/sync';

/**
 * RFC 4180 CSV, a line at a time: a field holding a comma, a double quote or a line break is
 * quoted, a double quote inside it doubled; lines end with CRLF. (csv-stringify quotes a field
 * for the record delimiter only when it holds the whole CRLF, so a bare line break is named.)
 */
export function* csvLines(...groups: Iterable<readonly string[]>[]): Generator<string> {
	for (const rows of groups) for (const row of rows) yield stringify([row], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}

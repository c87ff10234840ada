/**
 * A small RFC 4180 reader for the tests of the data export, written apart from the export's
 * writer (csv-stringify): quoted fields, doubled quotes, CRLF line ends, and nothing else.
 */

/** A small RFC 4180 reader, written apart from the export's writer: quoted fields, doubled quotes, CRLF; a byte-order mark at the start is skipped, as spreadsheets skip it. */
export function parseCsv(withMark: string): string[][] {
	const text = withMark.replace(/^\uFEFF/, '');
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') {
			if (field !== '') throw new Error(`a quote inside an unquoted field, at offset ${i}`);
			quoted = true;
		} else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else if (ch === '\r' || ch === '\n') throw new Error(`a line break outside quotes that is not CRLF, at offset ${i}`);
		else field += ch;
	}
	if (quoted) throw new Error('a quoted field is never closed');
	if (field !== '' || row.length) throw new Error('the last line does not end with CRLF');
	return rows;
}

/** A CSV file as objects keyed by its header. */
export function csvRecords(text: string): Record<string, string>[] {
	const [header, ...rows] = parseCsv(text);
	return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

import { kindNames } from '../../schemas/kinds.ts';
import { archiveName } from '../links.ts';
import { licenceTerms, type Licence } from '../settings.ts';
import { kindColumns, quoteColumns, recordFieldDocs, type Permalink, type PlaceName } from './columns.ts';
import { detentionColumns } from './detentions.ts';
import { csvFile, dataFileNames, detentionsFile, exportKinds, fileDescriptions, jsonFile, quotesFile, readmeFile, sumsFile, unitOf } from './files.ts';

const heading = (text: string, rule = '-') => `${text}\n${rule.repeat([...text].length)}\n`;
const entry = (name: string, ...lines: string[]) => `  ${name}\n${lines.filter(Boolean).map((l) => `      ${l}\n`).join('')}`;

/** What README.txt is told of the export it describes. */
interface ReadmeOptions {
	/** The site's address, or null when the build was not told it. */
	site: string | null;
	licence: Licence;
	permalink: Permalink;
	placeName: PlaceName;
	counts: Record<string, number>;
}

/** README.txt: what each file holds and what every field and column means, with the counts of this export. */
export function readme({ site, licence, permalink, placeName, counts }: ReadmeOptions): string {
	const out: string[] = [];
	out.push(heading(`${archiveName}: the data`, '='));
	out.push(
		site
			? `The whole archive published at ${site}, as files: every record of every kind, each with the address of its page. The files are made from the archive's records at every build, so they always match the site.\n`
			: "The whole archive, as files: every record of every kind, each with the address of its page. The files are made from the archive's records at every build, so they always match the site. This copy of the archive was built without being told its own address (SITE_URL), so every address in these files is a path from the site's root, such as /people/<id>/: put the address of the site the files came from in front of it.\n",
	);
	const terms = licenceTerms(licence, archiveName);
	out.push(heading('Licence'));
	out.push(`${terms.covers} ${licence.url}\n\n${terms.credit}\n\n${terms.excludes}\n`);
	out.push(heading('Files'));
	for (const name of dataFileNames) {
		const count = counts[name];
		out.push(entry(name, fileDescriptions[name], count === undefined ? '' : `${count} ${unitOf(name)}${name.endsWith('.csv') ? ' below the header' : ''}.`));
	}
	out.push('');
	out.push(heading('Conventions'));
	out.push(
		[
			'- Text is UTF-8. The CSV files begin with a byte-order mark (EF BB BF), which tells a spreadsheet that they are UTF-8; the other files have none. A program that does not skip it reads it as the first character of the first column\'s name (in Python, open the files with encoding="utf-8-sig").',
			'- CSV files follow RFC 4180: a header row, then one row per record; fields separated by commas; a field holding a comma, a double quote or a line break is put in double quotes, a double quote inside it written twice; lines end with CRLF. Line breaks inside a field are kept as in the archive.',
			'- A CSV cell whose text begins with =, +, -, @, a tab or a carriage return (or the full-width ＝, ＋, －, ＠) is written with an apostrophe (\') in front, so that a spreadsheet shows it as text and never runs it as a formula: the text of a source is not to be trusted with that. Remove that one apostrophe to get the archive\'s text; archive.json holds every value exactly, without it.',
			'- A relation to another record is written as that record\'s id, the name of its file. The record\'s page is at <site>/<kind>/<id>/, given in full as `permalink`.',
			'- Dates are written as far as the source gives them: YYYY, YYYY-MM or YYYY-MM-DD, with a precision of year, month or day. A qualifier such as "late" may stand before them, and "inferred" marks a date the archive worked out rather than read.',
			'- archive.json holds every field of every record in full. The CSV files flatten them:',
			'  lists are joined with " | " (" / " within one item);',
			'  a date is "[qualifier ]YYYY[-MM[-DD]]", then in brackets what else is known of it, e.g. "late 2017 (inferred; basis: …)";',
			'  a statement from a source (ethnicity, age, occupation, …) is "value (source-id)", with "inferred" and its note in the brackets when present;',
			'  a spelling is "name (source-id; lang: …)";',
			'  any other group is "field: value; field: value", empty fields left out;',
			'  a single group that is neither (a camp\'s location, a source\'s capture) has a column per field, e.g. capture.sha256.',
			'- The passage a fact is quoted from (`quote`) is left out of CSV list cells; quotes.csv holds every quoted passage in any record, with the field it supports and the address of the passage in its source.',
			'- Optional fields are left out of archive.json when a record has no value, and empty in CSV.',
			'- What the archive withholds to protect people is in no file, as on the site: a person whose identity is withheld appears only under the name the site shows, without other spellings, and a place of detention whose location is withheld has no location.',
			'',
		].join('\n'),
	);
	out.push(heading('Opening the CSV files in a spreadsheet'));
	out.push(
		'Excel, LibreOffice Calc, Numbers and Google Sheets open the files as they are, names in any script included. A cell can hold several lines (a summary, a source\'s text); a spreadsheet shows them in one cell. Some spreadsheets turn a value such as 2018-03 into a date, or drop a leading zero: to keep every cell exactly as written, import the file (in Excel: Data > From Text/CSV, then set the columns to Text) rather than opening it.\n',
	);
	out.push(heading('Checking the files'));
	out.push('SHA256SUMS gives the SHA-256 of every other file, in the format of sha256sum. In the folder holding the downloaded files run:\n\n  sha256sum -c SHA256SUMS\n\n(add --ignore-missing when only some of the files were downloaded).\n');

	out.push(heading(jsonFile));
	out.push(
		'One JSON object: "archive" (the archive\'s name), "site" (its address, or null when the build was not told it), "license" (the licence of the archive\'s own text and data: its SPDX id, name and address, what it covers and what it does not), "counts" (records of each kind), "records", which holds one list per kind (testimonies, people, camps, places, organizations, sources), each record an object with the fields below, and "detentions": who was held where, one object per row of detentions.csv with the same values under the same names, empty ones left out. A path such as relations[].person means the field person of each item of the list relations.\n',
	);
	for (const kind of exportKinds) {
		out.push(`records.${kind}[]: one object per ${kindNames[kind].one.toLowerCase()}\n`);
		for (const field of recordFieldDocs(kind)) out.push(entry(field.path, `${field.type[0].toUpperCase()}${field.type.slice(1)}${field.optional ? '; may be absent' : ''}.`, field.description));
		out.push('');
	}
	for (const kind of exportKinds) {
		out.push(heading(csvFile(kind)));
		out.push(`One row per ${kindNames[kind].one.toLowerCase()}, in order of id. The fields inside list items are described under archive.json, records.${kind}[]. Columns:\n`);
		for (const column of kindColumns(kind, permalink, placeName)) out.push(entry(column.name, column.description, column.format));
		out.push('');
	}
	out.push(heading(detentionsFile));
	out.push(
		'One row per person and place of detention, as each source says: a person held in two places has two rows, and a detention two sources tell of has a row for each. People are in order of name, and each person\'s detentions in the order their record gives them. Made from the detentions of the records in people (records.people[].detentions in archive.json). Columns:\n',
	);
	for (const column of detentionColumns(String)) out.push(entry(column.name, column.description));
	out.push('');
	out.push(heading(quotesFile));
	out.push('One row per passage quoted in any record (testimonies\' quotes, and the quote beside any statement, relation, detention, event, figure or location), record by record in the order of archive.json. Columns:\n');
	for (const column of quoteColumns) out.push(entry(column.name, column.description));
	out.push('');
	out.push(heading(readmeFile));
	out.push('This file.\n');
	out.push(heading(sumsFile));
	out.push('One line per file: its SHA-256 in lower-case hexadecimal, two spaces, and its name.\n');
	return out.join('\n');
}

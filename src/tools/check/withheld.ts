import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from '../../core/fold.ts';
import { markdownReadings } from '../../core/markdown-text.ts';
import { withheldNameReader } from '../../core/name-search.ts';
import { spellingsOf } from '../../core/records.ts';
import { isRef, referencesOf, type Path } from '../../core/refs.ts';
import { readWords } from '../../core/withheld-matcher.ts';
import { publicData, redactionsOf, redactText, withheldValuesIn, type Redaction } from '../../core/withhold.ts';
import { problemAt, type CheckedRecord, type Problem } from './problems.ts';
import { readingsOf } from './record-text.ts';

/**
 * What the archive withholds, checked before any page is built: wherever a withheld name or
 * location would still be published after redaction, or where redaction cannot reach (a file
 * name, an address, an attribute, words split by markup), the check refuses the record, naming
 * the file, the field and the line. The build's final scan of every built file stays as the
 * last guard.
 */

/** Every string in a record's data, with its path; relations (their ids are checked at their own file) and other non-text values left out. */
function stringsOf(value: unknown, path: Path = []): { text: string; path: Path }[] {
	if (typeof value === 'string') return [{ text: value, path }];
	if (isRef(value)) return [];
	if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, [...path, i]));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, [...path, k]));
	return [];
}

const named = (values: string[]) => `“${values.join('”, “')}”`;

/** Where a record still gives away a withheld value once the archive has redacted it, or where redaction cannot reach. */
function checkRecord(record: CheckedRecord, redactions: readonly Redaction[], values: string[], withheldIn: (name: string) => string | undefined): Problem[] {
	const problems: Problem[] = [];
	const inId = withheldValuesIn(record.id, values);
	if (inId.length) problems.push(problemAt(record, [], `the file name "${record.id}.md" gives away the withheld ${named(inId)}, and file names are published in every address of the page`, 'rename the file after the public name or without the name, and update the records that refer to it'));
	// An address cannot be redacted without breaking it, and a capture's file name is published as one.
	for (const path of [['url'], ['capture', 'file']]) {
		const text = path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], record.value);
		const found = typeof text === 'string' ? withheldValuesIn(text, values) : [];
		if (found.length) problems.push(problemAt(record, path, `${path[0] === 'url' ? 'the address' : 'the capture’s file name'} gives away the withheld ${named(found)}, and it would be published as it is`, path[0] === 'url' ? 'a source whose address names a withheld person or place cannot be published while they are withheld: leave the source out, or ask a developer' : 'rename the capture (and its `capture.file`) after the record id'));
	}
	const published = publicData(record, redactions) as Record<string, unknown>;
	for (const { text, path } of stringsOf(published)) {
		if (path[0] === 'url' || path.join('.') === 'capture.file') continue;
		const found = withheldValuesIn(text, values);
		if (found.length) problems.push(problemAt(record, path, `the withheld ${named(found)} would still be published here after redaction`, 'write the name or place only in plain words, without markup or invisible characters inside it, or use the public name'));
	}
	// Search folds names further than a reader's eye (spellings, words run together): a name that
	// reads as a withheld one once folded would find this record by the withheld name.
	for (const { name, path } of spellingsOf(published)) {
		const value = withheldIn(name);
		if (value && !withheldValuesIn(name, values).length) problems.push(problemAt(record, path, `the name “${name}” reads as the withheld “${value}” once search folds its spelling and spacing, so a search for the withheld name would find this record`, 'write the name with its words apart as the source prints them, or use the public name'));
	}
	// The text a reader sees must be clean once redacted; a link, an image or HTML must not carry a
	// withheld value at all, since replacing it there would only break the address or the markup.
	const redactedBody = redactText(record.body, redactions);
	const redacted = (redactedBody === record.body ? readingsOf(record) : markdownReadings(redactedBody)).filter((r) => r.what === 'the text');
	for (const { text, line, what } of [...redacted, ...readingsOf(record).filter((r) => r.what !== 'the text')]) {
		const found = withheldValuesIn(text, values);
		if (!found.length) continue;
		problems.push({
			file: record.file,
			line: record.bodyLine + line - 1,
			field: '(body)',
			message: what === 'the text' ? `the withheld ${named(found)} would still be published in the text after redaction` : `${what} gives away the withheld ${named(found)}`,
			fix: what === 'the text' ? 'write the name or place without markup (bold, links, HTML) inside it, so that it can be replaced' : 'take the name or place out of the link, image or HTML',
			severity: 'error',
		});
	}
	return problems;
}

/** The words of a camp's location, which are withheld with it: the coordinates' quote among them. */
interface WithheldLocation {
	description?: string;
	quote?: string;
	reading?: string;
	coordinates?: { quote?: string };
}

/** Capitalised words that addresses and descriptions of places use, which identify nothing on their own. */
const placeWords = new Set(['lane', 'street', 'road', 'avenue', 'square', 'building', 'school', 'camp', 'centre', 'center', 'village', 'town', 'city', 'district', 'county', 'prefecture', 'region', 'province', 'north', 'south', 'east', 'west', 'hospital', 'police', 'station', 'prison', 'detention', 'former', 'number', 'near', 'outside', 'inside']);

/**
 * Words of a withheld location that would give it away on their own: names, not the words any
 * description uses, nor the names of countries and regions, nor the camp's own names (a quote
 * that places a camp names it, and its name is published).
 */
function tellingWords(location: WithheldLocation, coarse: ReadonlySet<string>, ownNames: readonly string[]): Set<string> {
	const words = new Set<string>();
	const own = ownNames.map((value) => ({ value, replacement: ' ' }));
	for (const text of [location.description, location.quote, location.reading, location.coordinates?.quote].map((t) => redactText(t ?? '', own))) {
		for (const token of readWords(text)) {
			const written = text.slice(token.start, token.end);
			if (/^\p{Lu}/u.test(written) && token.word.length >= 4 && !placeWords.has(token.word) && !coarse.has(token.word)) words.add(token.word);
		}
	}
	return words;
}

/**
 * A withheld location is checked against what still names it: the camp's own name, spellings
 * and file name, and every record that names the camp.
 */
function checkWithheldLocations(records: CheckedRecord[], redactions: readonly Redaction[]): Problem[] {
	const coarse = new Set(
		records
			.filter((r) => r.collection === 'places' && ['country', 'region', 'prefecture'].includes(String(r.value.kind)))
			.flatMap((r) => spellingsOf(r.value).flatMap(({ name }) => nameKey(name).split(' '))),
	);
	const problems: Problem[] = [];
	for (const camp of records) {
		const location = camp.value.location as WithheldLocation | undefined;
		if (camp.collection !== 'camps' || !camp.value.withholdLocation || !location) continue;
		const telling = tellingWords(location, coarse, spellingsOf(camp.value).map(({ name }) => name));
		if (!telling.size) continue;
		const given = (text: string) => [...new Set(readWords(text).map((t) => t.word))].filter((w) => telling.has(w));
		const say = (words: string[]) => `“${words.join('”, “')}” from its withheld location`;
		for (const { name, path } of spellingsOf(camp.value)) {
			const words = given(name);
			if (words.length) problems.push(problemAt(camp, path, `the name “${name}” gives away ${say(words)}`, 'name the camp without the place (e.g. "Camp in a village school"), or stop withholding the location'));
		}
		const inId = given(camp.id);
		if (inId.length) problems.push(problemAt(camp, [], `the file name "${camp.id}.md" gives away ${say(inId)}`, 'rename the file without the place, and update the records that refer to it'));
		for (const other of records) {
			if (other === camp || !referencesOf(other.value).some(({ ref }) => ref.collection === 'camps' && ref.id === camp.id)) continue;
			// As it would be published: the location itself, where it is written out, is already replaced.
			const words = given([...stringsOf(publicData(other, redactions)).map((s) => s.text), redactText(other.body, redactions)].join('\n'));
			if (words.length) problems.push(problemAt(other, [], `it names the camp ${camp.id}, whose location is withheld, and also ${say(words)}`, `take the place out of this record, or stop withholding the location of ${camp.id}`));
		}
	}
	return problems;
}

/** Withheld values a source's raw capture names: it is kept byte for byte, so it is not offered for download. */
function checkCaptures(root: string, records: CheckedRecord[], values: string[]): Problem[] {
	return records.flatMap((record) => {
		const capture = record.value.capture as { file: string; encoding: string } | undefined;
		if (record.collection !== 'sources' || !capture) return [];
		let text: string;
		try {
			text = new TextDecoder(capture.encoding).decode(readFileSync(join(root, 'content', 'sources', capture.file)));
		} catch {
			return []; // a missing or unreadable capture is the capture check's to report
		}
		const found = withheldValuesIn(text, values);
		if (!found.length) return [];
		return [problemAt(record, ['capture', 'file'], `the raw capture names the withheld ${named(found)}: it is kept unchanged, so it will not be offered for download (the source's text is published redacted)`, 'nothing to do; this says what readers will not get', 'warning')];
	});
}

/** Everything the archive withholds, checked in every record and capture. */
export function checkWithheld(root: string, records: CheckedRecord[]): Problem[] {
	const redactions = redactionsOf(records.map((r) => ({ collection: r.collection, data: r.value })));
	const values = redactions.map((r) => r.value);
	const problems = checkWithheldLocations(records, redactions);
	if (!values.length) return problems;
	const withheldIn = withheldNameReader(values);
	for (const record of records) for (const p of checkRecord(record, redactions, values, withheldIn)) problems.push(p);
	for (const p of checkCaptures(root, records, values)) problems.push(p);
	return problems;
}

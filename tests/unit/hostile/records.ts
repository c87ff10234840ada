import { createHash } from 'node:crypto';

/**
 * Record files for the hostile cases, written as an archivist would write them, each around the
 * one thing a case makes hostile. They are added to a copy of tests/fixtures/valid-archive and
 * refer to its records (source drama-excerpt, person kairat-samarkan, camp bouryltogay-camp).
 */

/** A record file: front matter lines as written, then its text. */
export const record = (front: string, body = 'A short description in the archive’s own words.') => `---\n${front}\n---\n${body}\n`;

/** A person who needs no testimony (an activist), with any further front matter lines. */
export const person = (name: string, more = '') => record(`name: ${name}\nroles: [activist]${more ? `\n${more}` : ''}`);

/** A place, with any further front matter lines (its `partOf`). */
export const place = (name: string, more = '') => record(`name: ${name}\nkind: district${more ? `\n${more}` : ''}`);

/** The capture fields of a source whose capture holds `bytes`: its real SHA-256 and size. */
export const captureOf = (bytes: string | Buffer) => ({ sha256: createHash('sha256').update(bytes).digest('hex'), bytes: Buffer.byteLength(bytes) });

/** A source record and its capture, by path, with the capture's right hash and size. */
export function sourceFiles(id: string, options: { url?: string } = {}, edit = (text: string) => text): Record<string, string> {
	const capture = `A report kept by ${id}.\n`;
	return { [`content/sources/${id}.md`]: edit(source(id, captureOf(capture), options)), [`content/sources/${id}.capture.txt`]: capture };
}

/** A source record with its capture's fields and its text. */
export function source(id: string, capture: { sha256: string; bytes: number }, options: { url?: string; body?: string } = {}): string {
	return record(
		[
			`title: "A report kept by ${id}"`,
			'byline: A. Writer',
			'publisher: Test Herald',
			'published: { value: "2020", precision: year, basis: stated }',
			`url: ${options.url ?? `https://example.org/2020/${id}/`}`,
			'capture:',
			`  file: ${id}.capture.txt`,
			`  sha256: ${capture.sha256}`,
			`  bytes: ${capture.bytes}`,
			'  encoding: utf-8',
			'  format: text',
			'  added: 2026-01-15',
		].join('\n'),
		options.body ?? 'The report, as captured.',
	);
}

/** A testimony of Kairat Samarkan from the valid archive's source, with one quote and any further front matter lines. */
export function testimony(title: string, quote: string, more = ''): string {
	return record(
		[
			`title: "${title}"`,
			'kind: first-hand',
			'witness: kairat-samarkan',
			'subjects: [kairat-samarkan]',
			'experiences: [detention-in-camp]',
			'quotes:',
			`  - text: ${JSON.stringify(quote)}`,
			'    source: drama-excerpt',
			...(more ? [more] : []),
		].join('\n'),
		'A summary of the account in the archive’s own words.',
	);
}

/** A sentence of the valid archive's source, drama-excerpt, which quotes may be taken from. */
export const quotable = 'He got into the camp on November 20, 2017 and stayed there for three months.';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive, type Archive } from '../../src/core/archive.ts';
import type { ArchiveRecord } from '../../src/core/records.ts';
import { readSettings, type Contact } from '../../src/core/settings.ts';
import { checkArchive, formatProblem, type Problem } from '../../src/tools/check/index.ts';

/**
 * Test helpers shared by the unit tests of the archive core: a fixture archive under
 * tests/fixtures/<name>/content/ is checked as `npm run check` checks it, then handed to the
 * core as the site hands it the content collections. Nothing of the core is replaced.
 */

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');

/** The address every test archive is published at, unless a test says it was not told one. */
const site = 'https://archive.test';
/** The licence every test archive is published under: the default. */
const licence = readSettings({}).licence;

const checked = new Map<string, { records: ArchiveRecord[]; problems: Problem[] }>();

/** The check of a fixture archive, made once per test file. */
export function checkFixture(name: string): { records: ArchiveRecord[]; problems: Problem[] } {
	let result = checked.get(name);
	if (!result) {
		const { records, problems } = checkArchive(join(fixturesDir, name));
		result = { records: records.map((r) => ({ collection: r.collection, id: r.id, data: r.value, body: r.body }) as ArchiveRecord), problems };
		checked.set(name, result);
	}
	return result;
}

/**
 * The records of a fixture archive, as the schemas produced them (relations as
 * `{ collection, id }`), in the order the check reads them. Throws, listing every error, when
 * the fixture does not pass the check: a test must never run on records the build would refuse.
 */
export function fixtureRecords(name: string): ArchiveRecord[] {
	const { records, problems } = checkFixture(name);
	const errors = problems.filter((p) => p.severity === 'error');
	if (errors.length) throw new Error(`The fixture tests/fixtures/${name} does not pass the check:\n${errors.map(formatProblem).join('\n')}`);
	// Copies, so that a test that changes its records changes no other test's.
	return structuredClone(records);
}

export interface FixtureOptions {
	/** The base path the site is built under; "/" when not given. */
	base?: string;
	/** Changes the records before the archive is made, e.g. to leave one out. */
	edit?: (records: ArchiveRecord[]) => ArchiveRecord[];
	/** The site's address; `null` for a build that was not told it. `https://archive.test` when not given. */
	site?: string | null;
	/** The day each record was last changed, by key ("people/x"); none has a date when not given. */
	changed?: Record<string, string>;
	contact?: Contact;
}

/** The archive the core makes from a fixture, built at `site` (unless told otherwise), with the fixture's own captures. */
export function fixtureArchive(name: string, options: FixtureOptions = {}): Archive {
	const records = fixtureRecords(name);
	return buildArchive(options.edit ? options.edit(records) : records, {
		base: options.base ?? '/',
		site: options.site === null ? undefined : (options.site ?? site),
		changed: (record) => options.changed?.[`${record.collection}/${record.id}`],
		contact: options.contact,
		licence,
		captureText: (source) => new TextDecoder(source.data.capture.encoding).decode(readFileSync(join(fixturesDir, name, 'content', 'sources', source.data.capture.file))),
	});
}

/** One record of an archive by kind and id, in its public form; throws when there is none. */
export function recordIn<C extends ArchiveRecord['collection']>(archive: Archive, collection: C, id: string) {
	return archive.get({ collection, id } as { collection: C; id: string });
}

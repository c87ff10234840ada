import type { CollectionName } from '../../schemas/common.ts';
import { archiveName } from '../links.ts';
import type { ArchiveRecord } from '../records.ts';
import { isRef } from '../refs.ts';
import type { Permalink } from './columns.ts';
import { bodyField } from './files.ts';

/** A record's data with every relation written as the id it points to. */
function withIds(value: unknown): unknown {
	if (isRef(value)) return value.id;
	if (Array.isArray(value)) return value.map(withIds);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, withIds(v)]));
	return value;
}

/** What archive.json says of the archive before its records. */
export interface ArchiveAbout {
	/** The site's address; null when the build was not told it, and permalinks are paths from the site's root. */
	site: string | null;
	license: { id: string; name: string; url: string; covers: string; excludes: string };
}

/** A list of objects inside archive.json at the depth of "records" and "detentions", as JSON.stringify would indent it. */
const indented = (value: object, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(depth)}`);

/**
 * archive.json, a record at a time: the same text as `JSON.stringify({ archive, site, license,
 * counts, records, detentions }, null, 2)`, which would need the whole file as one string.
 */
export function* archiveJson(byKind: ReadonlyMap<CollectionName, readonly ArchiveRecord[]>, about: ArchiveAbout, permalink: Permalink, detentions: Iterable<object>): Generator<string> {
	const counts = Object.fromEntries([...byKind].map(([kind, list]) => [kind, list.length]));
	// The head without its closing "\n}", then "records", indented as JSON.stringify would.
	yield `${JSON.stringify({ archive: archiveName, ...about, counts }, null, 2).slice(0, -2)},\n  "records": {`;
	for (const [k, [kind, list]] of [...byKind].entries()) {
		yield `${k ? ',' : ''}\n    ${JSON.stringify(kind)}: [${list.length ? '' : ']'}`;
		for (const [i, r] of list.entries()) {
			const record = { id: r.id, permalink: permalink(kind, r.id), ...(withIds(r.data) as object), [bodyField(kind)]: r.body.trim() };
			yield `${i ? ',' : ''}\n      ${indented(record, 6)}`;
		}
		if (list.length) yield '\n    ]';
	}
	yield '\n  },\n  "detentions": [';
	let any = false;
	for (const detention of detentions) {
		yield `${any ? ',' : ''}\n    ${indented(detention, 4)}`;
		any = true;
	}
	yield `${any ? '\n  ' : ''}]\n}\n`;
}

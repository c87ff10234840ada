import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordPath, withBase } from '../links.ts';
import type { NameTarget } from '../mentions.ts';
import { redactionsOf, type Redaction } from '../withhold.ts';
import { checkArchive, namesOf, quotesOf, type CheckedRecord } from './check.ts';
import { parseRecord, type Problem } from './load.ts';

/** What the Markdown plugins need to know about the whole archive, read once per build. */
export interface ArchiveIndex {
	records: CheckedRecord[];
	problems: Problem[];
	/** Quoted passages by source id, each with the anchor it is linked to. */
	quotesBySource: Map<string, string[]>;
	/** Names and aliases of named people, camps, places and organisations (never withheld ones). */
	nameTargets: (base: string) => NameTarget[];
	/** Withheld values and what is published in their place. */
	redactions: Redaction[];
}

let cached: { root: string; index: ArchiveIndex } | undefined;

/** `lineOf` for a record whose parsed front matter was let go: reads and parses the file again, once, when called. */
function linesOnDemand(root: string, record: CheckedRecord): CheckedRecord['lineOf'] {
	let lineOf: CheckedRecord['lineOf'] | undefined;
	return (path) => {
		lineOf ??= parseRecord(record.collection, record.id, record.file, readFileSync(join(root, record.file), 'utf8')).lineOf;
		return lineOf(path);
	};
}

export function loadArchiveIndex(root: string, options: { fresh?: boolean } = {}): ArchiveIndex {
	if (cached?.root === root && !options.fresh) return cached.index;
	const { records, problems } = checkArchive(root);
	// The index lives as long as the build. A record's `lineOf` holds its parsed YAML document
	// (several times the size of the file), needed only to report problems, which are reported
	// by now: keep the records, and parse a file again only if a line is asked for later.
	for (const record of records) record.lineOf = linesOnDemand(root, record);
	const quotesBySource = new Map<string, string[]>();
	for (const record of records) {
		for (const quote of quotesOf(record.value)) {
			const list = quotesBySource.get(quote.source);
			if (list) list.push(quote.text);
			else quotesBySource.set(quote.source, [quote.text]);
		}
	}
	const nameTargets = (base: string) =>
		records.flatMap((record) =>
			(record.value.withhold ? [] : namesOf(record)).map(({ name }) => ({
				name,
				href: withBase(base, recordPath(record.collection, record.id)),
				key: `${record.collection}/${record.id}`,
			})),
		);
	const redactions = redactionsOf(records.map((r) => ({ collection: r.collection, data: r.value })));
	const index = { records, problems, quotesBySource, nameTargets, redactions };
	cached = { root, index };
	return index;
}

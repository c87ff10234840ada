import { recordPath, withBase } from '../links.ts';
import type { NameTarget } from '../mentions.ts';
import { redactionsOf, type Redaction } from '../withhold.ts';
import { checkArchive, namesOf, quotesOf, type CheckedRecord } from './check.ts';
import type { Problem } from './load.ts';

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

export function loadArchiveIndex(root: string, options: { fresh?: boolean } = {}): ArchiveIndex {
	if (cached?.root === root && !options.fresh) return cached.index;
	const { records, problems } = checkArchive(root);
	const quotesBySource = new Map<string, string[]>();
	for (const record of records) {
		for (const quote of quotesOf(record.value)) {
			quotesBySource.set(quote.source, [...(quotesBySource.get(quote.source) ?? []), quote.text]);
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

import { recordPath, withBase } from '../links.ts';
import type { NameTarget } from '../mentions.ts';
import { redactionsOf, type Redaction } from '../withhold.ts';
import { checkArchive, namesOf, quotesOf } from './check.ts';
import type { Problem } from './load.ts';

/**
 * What the build needs to know about the whole archive besides the collections themselves,
 * read once per build. It keeps only these digests, not the checked records: the index
 * lives as long as the build, and on a large archive the records are most of its memory.
 */
export interface ArchiveIndex {
	problems: Problem[];
	/** Quoted passages by source id. */
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
			const list = quotesBySource.get(quote.source);
			if (list) list.push(quote.text);
			else quotesBySource.set(quote.source, [quote.text]);
		}
	}
	const names = records.flatMap((record) =>
		(record.value.withhold ? [] : namesOf(record)).map(({ name }) => ({ name, path: recordPath(record.collection, record.id), key: `${record.collection}/${record.id}` })),
	);
	const nameTargets = (base: string) => names.map(({ name, path, key }) => ({ name, href: withBase(base, path), key }));
	const redactions = redactionsOf(records.map((r) => ({ collection: r.collection, data: r.value })));
	const index = { problems, quotesBySource, nameTargets, redactions };
	cached = { root, index };
	return index;
}

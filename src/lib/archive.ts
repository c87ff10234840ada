import { getCollection, type CollectionEntry } from 'astro:content';
import { collectionNames, type CollectionName } from '../schemas/common.ts';
import { quotesOf } from './content/check.ts';
import { buildGraph, recordKey } from './graph.ts';
import { markdownBlocks } from './markdown-text.ts';
import { createMentionFinder, type NameTarget } from './mentions.ts';
import { nameKey } from './names.ts';
import { recordHref } from './site.ts';
import { publicData, redactionsOf } from './withhold.ts';

export type Entry = CollectionEntry<CollectionName>;
export interface Ref {
	collection: CollectionName;
	id: string;
}

/** The display name of any record: a source's or testimony's title, or a name. */
export const titleOf = (entry: Entry): string => ('title' in entry.data ? entry.data.title : entry.data.name);

/** Names and aliases a record can be found under. */
export function namesOf(entry: Entry): string[] {
	if (!('name' in entry.data)) return [titleOf(entry)];
	return [entry.data.name, ...entry.data.aliases.map((a) => a.name)];
}

async function load() {
	const raw = await Promise.all(collectionNames.map((c) => getCollection(c)));
	// Pages, search and exports only ever see records as they may be published.
	const redactions = redactionsOf(raw.flat());
	const lists = raw.map((list) => list.map((entry) => ({ ...entry, data: publicData(entry, redactions) }) as typeof entry));
	const all: Entry[] = lists.flat();
	const byKey = new Map(all.map((e) => [recordKey(e.collection, e.id), e]));
	const graph = buildGraph(all);

	// Every name and spelling of a named record (a withheld person is no longer one), for the
	// mentions linked in texts and the sources that mention a record.
	const nameTargets: NameTarget[] = all.flatMap((e) =>
		('named' in e.data && e.data.named === false) || !('name' in e.data) ? [] : namesOf(e).map((name) => ({ name, href: recordHref(e.collection, e.id), key: recordKey(e.collection, e.id) })),
	);
	// Which named records each source's text mentions, found once for the whole archive.
	const finder = createMentionFinder(nameTargets);
	const mentionedIn = new Map<string, Set<string>>();
	for (const source of lists[collectionNames.indexOf('sources')]) {
		for (const block of markdownBlocks(source.body ?? '')) {
			for (const m of finder(block)) {
				const set = mentionedIn.get(m.target.key) ?? new Set<string>();
				set.add(source.id);
				mentionedIn.set(m.target.key, set);
			}
		}
	}

	const get = (ref: Ref | { collection: string; id: string }) => {
		const entry = byKey.get(recordKey(ref.collection, ref.id));
		if (!entry) throw new Error(`Missing record ${ref.collection}/${ref.id}: the build-time check should have caught this.`);
		return entry;
	};
	const entriesOf = <C extends CollectionName>(collection: C) => lists[collectionNames.indexOf(collection)] as CollectionEntry<C>[];
	/** Records of a collection that refer to `key` through the given fields. */
	const referrers = <C extends CollectionName>(key: string, collection: C, fields?: readonly string[]) => {
		// A Set keeps the first-seen order, as before, without a scan of the list per record
		// (a region or a large camp is cited by thousands of testimonies).
		const found = new Set<CollectionEntry<C>>();
		for (const e of graph.referrers(key, fields)) if (e.from.startsWith(`${collection}/`)) found.add(byKey.get(e.from) as CollectionEntry<C>);
		return [...found];
	};
	/** Sources whose text mentions the record, or that the record cites. */
	const sourcesFor = (entry: Entry) => {
		const key = recordKey(entry.collection, entry.id);
		const ids = new Set(mentionedIn.get(key) ?? []);
		for (const edge of graph.referenced(key)) if (edge.to.startsWith('sources/')) ids.add(edge.to.slice('sources/'.length));
		return [...ids].map((id) => get({ collection: 'sources', id }) as CollectionEntry<'sources'>);
	};
	/**
	 * The passages records quote from a source, in the order of the records and of their
	 * fields: the same as `all.flatMap((e) => quotesOf(e.data)).filter((q) => q.source === id)`,
	 * but the whole archive is walked once per build instead of once per source page.
	 */
	let quotedBySource: Map<string, string[]> | undefined;
	const quotesFrom = (sourceId: string): string[] => {
		if (!quotedBySource) {
			quotedBySource = new Map();
			for (const e of all) {
				for (const q of quotesOf(e.data)) {
					const list = quotedBySource.get(q.source);
					if (list) list.push(q.text);
					else quotedBySource.set(q.source, [q.text]);
				}
			}
		}
		return [...(quotedBySource.get(sourceId) ?? [])];
	};
	return { all, get, entriesOf, referrers, sourcesFor, graph, quotesFrom, nameTargets, redactions };
}

let archive: ReturnType<typeof load> | undefined;
/** The whole archive, loaded once per build and shared by every page. */
export const loadArchive = () => (archive ??= load());

/** Sorts records by name, ignoring case and accents. */
export const byName = (a: Entry, b: Entry) => nameKey(titleOf(a)).localeCompare(nameKey(titleOf(b)));

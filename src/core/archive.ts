import { collectionNames, type CollectionName } from '../schemas/common.ts';
import { buildGraph } from './graph.ts';
import { siteLinks, type SiteAddress } from './links.ts';
import { markdownBlocks } from './markdown-text.ts';
import { createMentionFinder, type NameTarget } from './mentions.ts';
import { quotesOf } from './quotes.ts';
import { namesOf, type ArchiveRecord, type RecordOf } from './records.ts';
import { recordKey, type Ref } from './refs.ts';
import type { Contact, Licence } from './settings.ts';
import { recordViews } from './views/index.ts';
import { publicData, redactionsOf, redactText, withheldValuesIn } from './withhold.ts';

export interface ArchiveOptions extends SiteAddress {
	/**
	 * The day a record was last changed (YYYY-MM-DD), read from the archive's history: the
	 * version a citation names. Undefined where it cannot be known; never the day of the build.
	 */
	changed?: (record: Ref) => string | undefined;
	/** Where readers send corrections; none when this copy has set no contact. */
	contact?: Contact;
	/** The licence of the archive's own text and data. */
	licence: Licence;
	/**
	 * A source's raw capture as text. A capture that names a withheld value is not offered for
	 * download: it is kept byte for byte, so it cannot be redacted like the source's text.
	 */
	captureText?: (source: RecordOf<'sources'>) => string;
}

/**
 * The archive, made once per build from the records as written: everything the pages, the
 * search index, the data export and the final withheld-value scan need. Nothing here reads a
 * file or knows Astro: `src/site/archive.ts` feeds it from the content collections, and the
 * unit tests from a small fixture archive.
 *
 * What is withheld is taken out here, once: every record the archive hands out is in the form
 * it may be published in (see `publicData`), its Markdown text included.
 */
export function buildArchive(written: readonly ArchiveRecord[], options: ArchiveOptions) {
	const index = indexArchive(written, options);
	return { ...index, views: recordViews(index) };
}

export type Archive = ReturnType<typeof buildArchive>;

/** The records as they may be published, and how they refer to one another. */
function indexArchive(written: readonly ArchiveRecord[], options: ArchiveOptions) {
	const links = siteLinks(options);
	const redactions = redactionsOf(written);
	const all = written.map((record) => ({ ...record, data: publicData(record, redactions), body: redactText(record.body, redactions) }) as ArchiveRecord);
	const byKind = new Map<CollectionName, ArchiveRecord[]>(collectionNames.map((c) => [c, []]));
	for (const record of all) byKind.get(record.collection)!.push(record);
	const byKey = new Map(all.map((r) => [recordKey(r.collection, r.id), r]));
	const graph = buildGraph(all);

	/** The records of one kind, in the order they were given (by file name). */
	const of = <C extends CollectionName>(collection: C) => byKind.get(collection) as { [K in C]: RecordOf<K> }[C][];
	/** A record by its relation; every relation was checked to resolve before the build. */
	function get<C extends CollectionName>(ref: Ref<C>): RecordOf<C>;
	function get(ref: { collection: string; id: string }): ArchiveRecord;
	function get(ref: { collection: string; id: string }) {
		const record = byKey.get(recordKey(ref.collection, ref.id));
		if (!record) throw new Error(`Missing record ${ref.collection}/${ref.id}: the check should have caught this.`);
		return record;
	}

	// Every name and spelling of a named record (a withheld person is no longer one), for the
	// mentions linked in texts and the sources that mention a record.
	const nameTargets: NameTarget[] = all.flatMap((r) =>
		('named' in r.data && r.data.named === false) || !('name' in r.data) ? [] : namesOf(r).map((name) => ({ name, href: links.recordHref(r.collection, r.id), key: recordKey(r.collection, r.id) })),
	);
	// Which named records each source's text mentions, found once for the whole archive.
	const finder = createMentionFinder(nameTargets);
	const mentionedIn = new Map<string, Set<string>>();
	for (const source of of('sources')) {
		for (const block of markdownBlocks(source.body)) {
			for (const m of finder(block)) {
				const set = mentionedIn.get(m.target.key) ?? new Set<string>();
				set.add(source.id);
				mentionedIn.set(m.target.key, set);
			}
		}
	}

	/** Records of a kind that refer to `key`, through the given fields or any. */
	const referrers = <C extends CollectionName>(key: string, collection: C, fields?: readonly string[]) => {
		// A Set keeps the first-seen order without a scan of the list per record (a region or a
		// large camp is cited by thousands of testimonies).
		const found = new Set<RecordOf<C>>();
		for (const e of graph.referrers(key, fields)) if (e.from.startsWith(`${collection}/`)) found.add(byKey.get(e.from) as RecordOf<C>);
		return [...found];
	};
	/** The sources a record cites, in the order it cites them. */
	const citedSources = (record: Ref) => {
		const ids = new Set<string>();
		for (const edge of graph.referenced(recordKey(record.collection, record.id))) if (edge.to.startsWith('sources/')) ids.add(edge.to.slice('sources/'.length));
		return ids;
	};
	/** Sources whose text mentions the record, then those the record cites. */
	const sourcesFor = (record: Ref) => {
		const ids = new Set(mentionedIn.get(recordKey(record.collection, record.id)) ?? []);
		for (const id of citedSources(record)) ids.add(id);
		return [...ids].map((id) => get({ collection: 'sources', id }));
	};

	// The passages records quote from each source, with the record quoting each, in the order of
	// the records and of their fields, worked out once per build rather than once per source page.
	let quotedBySource: Map<string, { text: string; record: ArchiveRecord }[]> | undefined;
	/** Every passage quoted from a source, and the record that quotes it. */
	const quotations = (sourceId: string): readonly { text: string; record: ArchiveRecord }[] => {
		if (!quotedBySource) {
			quotedBySource = new Map();
			for (const record of all) {
				for (const q of quotesOf(record.data)) {
					const list = quotedBySource.get(q.source);
					if (list) list.push({ text: q.text, record });
					else quotedBySource.set(q.source, [{ text: q.text, record }]);
				}
			}
		}
		return quotedBySource.get(sourceId) ?? [];
	};
	const quotesFrom = (sourceId: string): string[] => quotations(sourceId).map((q) => q.text);

	/** The values the final scan of the built site must find nowhere. */
	const withheldValues = redactions.map((r) => r.value);
	const offered = new Map<string, boolean>();
	/** Whether a source's raw capture may be offered for download (see `ArchiveOptions.captureText`). */
	const captureOffered = (source: RecordOf<'sources'>) => {
		if (!withheldValues.length || !options.captureText) return true;
		let ok = offered.get(source.id);
		if (ok === undefined) offered.set(source.id, (ok = withheldValuesIn(options.captureText(source), withheldValues).length === 0));
		return ok;
	};

	return { options, links, all, of, get, graph, referrers, citedSources, sourcesFor, quotations, quotesFrom, nameTargets, redactions, withheldValues, captureOffered };
}

export type ArchiveIndex = ReturnType<typeof indexArchive>;

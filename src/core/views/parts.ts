import type { CollectionName, Dated } from '../../schemas/common.ts';
import type { ArchiveIndex } from '../archive.ts';
import { citationBibtex, citationOf, citationText } from '../citation.ts';
import { dateSortKey, formatDated } from '../dates.ts';
import { quoteAnchor } from '../quotes.ts';
import { titleOf, type ArchiveRecord } from '../records.ts';
import type { Ref } from '../refs.ts';
import type { TimelineEvent } from '../timeline.ts';

/**
 * The parts record pages are made of, resolved from relations to what a reader sees: a link
 * with its text, a source with its publisher and date. Components only show them.
 */

/** A link to a record page. */
export interface LinkView {
	href: string;
	title: string;
}

/** A link to a source, to the passage it quotes when there is one. */
export interface SourceLinkView extends LinkView {
	publisher: string;
	/** The publication date as a reader says it. */
	date: string;
}

/** What one source says of a person, e.g. their ethnicity. */
interface ClaimView {
	value: string;
	inferred: boolean;
	note?: string;
	source: SourceLinkView;
}

/** The claims of one field, and whether the sources differ on it. */
export interface ClaimsView {
	label: string;
	differ: boolean;
	claims: ClaimView[];
}

/** A spelling of a name, with every source it is met in (none: a common spelling). */
export interface SpellingView {
	name: string;
	lang?: string;
	sources: SourceLinkView[];
}

export interface EventView {
	date: Dated;
	text: string;
	record?: LinkView;
	source: SourceLinkView;
}

export interface QuoteView {
	text: string;
	speaker?: LinkView;
	source: SourceLinkView;
}

export interface CitationView {
	permalink: string;
	text: string;
	bibtex: string;
	/** The record's CSL-JSON file, and the name a download gets. */
	csl: { href: string; download: string };
}

/**
 * What the text search (Pagefind) learns of a page beyond its text. Only accounts and sources
 * are searched as texts; people, camps, places and organisations are found by name, from the
 * name index (`name-index.ts`).
 */
interface SearchView {
	/** Values of each search filter the page belongs under. */
	filters: Record<string, readonly string[]>;
}

/** What every record page has: its head, its kind, its heading, its search data, its citation and the way back. */
export interface RecordPageView {
	/** The record, public form, whose Markdown the page renders. */
	record: ArchiveRecord;
	title: string;
	description: string;
	/** The kind the text search files the page under. */
	kind: string;
	/** The line above the heading, e.g. "Place · Village". */
	kindLine: string;
	/** The heading, and how much its words weigh in the text search. */
	heading: { text: string; weight?: number; lang?: string };
	jsonLd?: object;
	/** Present when the page is in the text search. */
	search?: SearchView;
	citation: CitationView;
	/** Links under the page, e.g. to the index of its kind. */
	back: LinkView[];
}

export const linkTo = (archive: ArchiveIndex, ref: Ref | { collection: string; id: string }): LinkView => {
	const record = archive.get(ref);
	return { href: archive.links.recordHref(record.collection, record.id), title: titleOf(record) };
};

export const linksTo = (archive: ArchiveIndex, refs: readonly (Ref | { collection: string; id: string })[]) => refs.map((ref) => linkTo(archive, ref));

export function sourceLink(archive: ArchiveIndex, ref: { collection: string; id: string }, passage?: string): SourceLinkView {
	const source = archive.get({ collection: 'sources', id: ref.id });
	return {
		href: `${archive.links.recordHref('sources', source.id)}${passage ? `#${quoteAnchor(passage)}` : ''}`,
		title: source.data.title,
		publisher: source.data.publisher,
		date: formatDated(source.data.published),
	};
}

export function claimsView(archive: ArchiveIndex, label: string, claims: readonly { value: string; source: Ref | { collection: string; id: string }; quote?: string; inferred: boolean; note?: string }[]): ClaimsView {
	return {
		label,
		differ: new Set(claims.map((c) => c.value.trim().toLowerCase())).size > 1,
		claims: claims.map((c) => ({ value: c.value, inferred: c.inferred, note: c.note, source: sourceLink(archive, c.source, c.quote) })),
	};
}

/** One line per spelling, with every source it is met in. */
export function spellingsView(archive: ArchiveIndex, aliases: readonly { name: string; source?: { collection: string; id: string }; lang?: string }[]): SpellingView[] {
	const spellings = new Map<string, { lang?: string; sources: string[] }>();
	for (const a of aliases) {
		const entry = spellings.get(a.name) ?? { lang: a.lang, sources: [] };
		if (a.source && !entry.sources.includes(a.source.id)) entry.sources.push(a.source.id);
		spellings.set(a.name, entry);
	}
	return [...spellings].map(([name, { lang, sources }]) => ({ name, lang, sources: sources.map((id) => sourceLink(archive, { collection: 'sources', id })) }));
}

/** Events in time order, a year before its months and a month before its days. */
export const eventsView = (archive: ArchiveIndex, events: readonly TimelineEvent[]): EventView[] =>
	[...events]
		.sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)))
		.map((e) => ({ date: e.date, text: e.text, record: e.record && linkTo(archive, e.record), source: sourceLink(archive, e.source, e.quote) }));

export const quotesView = (archive: ArchiveIndex, quotes: readonly { text: string; source: { collection: string; id: string }; speaker?: { collection: string; id: string } }[]): QuoteView[] =>
	quotes.map((q) => ({ text: q.text, speaker: q.speaker && linkTo(archive, q.speaker), source: sourceLink(archive, q.source, q.text) }));

export function citationView(archive: ArchiveIndex, record: ArchiveRecord): CitationView {
	const citation = citationOf(archive, record);
	return {
		permalink: citation.permalink,
		text: citationText(citation),
		bibtex: citationBibtex(citation),
		csl: { href: archive.links.href(`cite/${record.collection}/${record.id}.json`), download: `${record.collection}-${record.id}.csl.json` },
	};
}

/** The link back to the index of a kind of record. */
export const indexLink = (archive: ArchiveIndex, collection: CollectionName, title: string): LinkView => ({ href: archive.links.href(`${collection}/`), title });

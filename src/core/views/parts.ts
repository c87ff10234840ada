import type { CollectionName, Dated } from '../../schemas/common.ts';
import type { ArchiveIndex } from '../archive.ts';
import { citationBibtex, citationOf, citationText } from '../citation.ts';
import { correctionLink, type CorrectionView } from '../corrections.ts';
import { dateSortKey, formatDated } from '../dates.ts';
import { plainSummary } from '../markdown-text.ts';
import { recordMetaTags, type MetaTag } from '../page-meta.ts';
import { foldSpace, quoteAnchor } from '../quotes.ts';
import { titleOf, type ArchiveRecord } from '../records.ts';
import type { Ref } from '../refs.ts';
import { detentionText, type TimelineEvent } from '../timeline.ts';

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

/** What the sources say of a person, e.g. their ethnicity: one value, with every source that says it. */
interface ClaimView {
	value: string;
	inferred: boolean;
	note?: string;
	sources: SourceLinkView[];
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

/** One happening, with every record it belongs to and every passage that tells it. */
export interface EventView {
	date: Dated;
	/** What happened: where the records word it differently, the fullest wording, which usually says whom it concerns. */
	text: string;
	records: LinkView[];
	/** The passage that tells it. */
	source: SourceLinkView;
}

export interface QuoteView {
	text: string;
	speaker?: LinkView;
	source: SourceLinkView;
}

export interface CitationView {
	/** The page's address: full when the site's address is known, from the site's root otherwise (`fromRoot`). */
	permalink: string;
	fromRoot: boolean;
	/** The day the record was last changed, as a reader says it; undefined when it cannot be known. */
	changed?: string;
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
	/** The record's summary as plain text, shortened: the page's description for search engines and link previews. */
	description: string;
	/** Citation metadata for the page's head (Highwire Press, Dublin Core, Open Graph). */
	meta: MetaTag[];
	/** The kind the text search files the page under. */
	kind: string;
	/** The line above the heading, e.g. "Place · Village". */
	kindLine: string;
	/** Links after the kind line to where the record is filed, e.g. a camp's kind of place and country on the camps index. */
	trail?: LinkView[];
	/** The heading, and how much its words weigh in the text search. */
	heading: { text: string; weight?: number; lang?: string };
	jsonLd?: object;
	/** Present when the page is in the text search. */
	search?: SearchView;
	citation: CitationView;
	correction: CorrectionView;
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

/**
 * The claims of one field, each value once (case aside) with all the sources that give it, and
 * whether they differ: only for a field that holds one value (an age, an ethnicity), since
 * several occupations or statuses may all be true at once.
 */
export function claimsView(archive: ArchiveIndex, label: string, claims: readonly { value: string; source: Ref | { collection: string; id: string }; quote?: string; inferred: boolean; note?: string }[], { single }: { single: boolean }): ClaimsView {
	const byValue = new Map<string, ClaimView>();
	for (const c of claims) {
		const key = `${c.value.trim().toLowerCase()}|${c.inferred}|${c.note ?? ''}`;
		const link = sourceLink(archive, c.source, c.quote);
		const seen = byValue.get(key);
		if (seen) seen.sources.push(link);
		else byValue.set(key, { value: c.value, inferred: c.inferred, note: c.note, sources: [link] });
	}
	return { label, differ: single && new Set(claims.map((c) => c.value.trim().toLowerCase())).size > 1, claims: [...byValue.values()] };
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

/**
 * Events in time order (see `dateSortKey`), one per happening: events that give the same date
 * from the same passage of the same source — a camp's figure told again on a person's page, a
 * step of a case told in several accounts, the start of several people's detention — are one
 * event, with every record it concerns. Its text is the fullest the records write; where only
 * detentions tell it, it names everyone whose detention began or ended.
 */
export const eventsView = (archive: ArchiveIndex, events: readonly TimelineEvent[]): EventView[] => happenings(events).map((told) => happeningView(archive, told));

/** Events in time order, those that tell one happening together (see `eventsView`). */
export function happenings(events: readonly TimelineEvent[]): TimelineEvent[][] {
	const told = new Map<string, TimelineEvent[]>();
	for (const e of [...events].sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)))) {
		const key = [e.date.value, e.date.precision, e.date.qualifier ?? '', e.date.inferred, e.source.id, e.quote ? foldSpace(e.quote) : e.text].join('|');
		const list = told.get(key);
		if (list) list.push(e);
		else told.set(key, [e]);
	}
	return [...told.values()];
}

/** One happening as a list shows it: the fullest text, every record it concerns, its source. */
export function happeningView(archive: ArchiveIndex, told: readonly TimelineEvent[]): EventView {
	const [first] = told;
	const narrated = told.filter((e) => !e.detention).map((e) => e.text);
	const refs = told.flatMap((e) => [...(e.record ? [e.record] : []), ...(e.detention?.name ? [e.detention.person] : [])]);
	return {
		date: first.date,
		text: narrated.length ? narrated.reduce((a, b) => (b.length > a.length ? b : a)) : detentionText(told.map((e) => e.detention!)),
		records: [...new Map(refs.map((ref) => [`${ref.collection}/${ref.id}`, linkTo(archive, ref)])).values()],
		source: sourceLink(archive, first.source, first.quote),
	};
}

export const quotesView = (archive: ArchiveIndex, quotes: readonly { text: string; source: { collection: string; id: string }; speaker?: { collection: string; id: string } }[]): QuoteView[] =>
	quotes.map((q) => ({ text: q.text, speaker: q.speaker && linkTo(archive, q.speaker), source: sourceLink(archive, q.source, q.text) }));

/** Points on which sources differ, each claim with its source and passage. */
export const disagreementsView = (archive: ArchiveIndex, disagreements: readonly { topic: string; note?: string; claims: readonly { value: string; inferred: boolean; note?: string; quote?: string; source: { collection: string; id: string } }[] }[]) =>
	disagreements.map((d) => ({
		topic: d.topic,
		note: d.note,
		claims: d.claims.map((c) => ({ value: c.value, inferred: c.inferred, note: c.note, quote: c.quote, source: sourceLink(archive, c.source, c.quote) })),
	}));
export type DisagreementView = ReturnType<typeof disagreementsView>[number];

/**
 * The parts of a record's page that follow from the record as a whole: its description (the
 * summary, or `fallback` when it has none), the tags of its head, its citation and the link to
 * report a correction.
 */
export function recordPageParts(archive: ArchiveIndex, record: ArchiveRecord, summary: string, fallback: string): Pick<RecordPageView, 'description' | 'meta' | 'citation' | 'correction'> {
	const { links, options } = archive;
	const citation = citationOf(archive, record);
	const description = plainSummary(summary) || fallback;
	return {
		description,
		meta: recordMetaTags(citation, description, options.licence, links.absolute(links.recordHref(record.collection, record.id))),
		citation: {
			permalink: citation.permalink,
			fromRoot: !links.addressKnown,
			changed: citation.changed && formatDated({ value: citation.changed, precision: 'day' }),
			text: citationText(citation),
			bibtex: citationBibtex(citation),
			csl: { href: links.href(`cite/${record.collection}/${record.id}.json`), download: `${record.collection}-${record.id}.csl.json` },
		},
		correction: correctionLink(options.contact, citation, links.href('about/#corrections')),
	};
}

/** The link back to the index of a kind of record. */
export const indexLink = (archive: ArchiveIndex, collection: CollectionName, title: string): LinkView => ({ href: archive.links.href(`${collection}/`), title });

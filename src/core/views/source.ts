import { kindNames } from '../../schemas/kinds.ts';
import type { ArchiveIndex } from '../archive.ts';
import { articleLd } from '../jsonld.ts';
import { listText, publishedBasis } from '../labels.ts';
import { segmentQuotes } from '../quote-segments.ts';
import { foldSpace } from '../quotes.ts';
import { byName, titleOf, type ArchiveRecord, type RecordOf } from '../records.ts';
import { recordKey } from '../refs.ts';
import { indexLink, linksTo, linkTo, recordPageParts, type LinkView, type RecordPageView } from './parts.ts';

/** The name a raw capture is served and downloaded under: an HTML capture as text, so it can never run on this site. */
export const captureDownloadName = (capture: { file: string; format: 'text' | 'html' }) => (capture.format === 'html' ? `${capture.file}.txt` : capture.file);


/** What a source's page shows. */
export function sourceView(archive: ArchiveIndex, source: RecordOf<'sources'>) {
	const { data } = source;
	const { links } = archive;
	const key = recordKey('sources', source.id);
	// Passages quoted from this source, to mark those in its headline and standfirst (the text marks its own).
	const quoted = archive.quotesFrom(source.id);
	const page: RecordPageView = {
		record: source,
		title: data.title,
		kind: 'Source',
		kindLine: `Source · ${data.publisher}`,
		heading: { text: data.title, weight: 5 },
		jsonLd: articleLd({
			title: data.title,
			standfirst: data.standfirst,
			byline: data.byline,
			publisher: data.publisher,
			published: data.published.value,
			url: data.url,
			permalink: links.recordPermalink('sources', source.id),
			sha256: data.capture.sha256,
		}),
		search: { filters: { source: [data.title], year: [data.published.value.slice(0, 4)] } },
		...recordPageParts(archive, source, data.standfirst ?? source.body, `${data.publisher}, ${data.byline}`),
		back: [indexLink(archive, 'sources', 'All sources')],
	};
	const download = captureDownloadName(data.capture);
	return {
		page,
		title: segmentQuotes(data.title, quoted),
		standfirst: data.standfirst === undefined ? undefined : segmentQuotes(data.standfirst, quoted),
		byline: data.byline,
		authors: linksTo(archive, data.authors),
		publisher: data.publisher,
		originalPublisher: data.originalPublisher,
		published: { date: { ...data.published, basis: undefined }, basis: publishedBasis[data.published.basis], note: data.published.note },
		url: data.url,
		capture: {
			...data.capture,
			/** The download, or none when the capture names what the archive withholds. */
			download: archive.captureOffered(source) ? { href: links.href(`sources/${source.id}/${download}`), name: download } : undefined,
		},
		related: data.related.map((r) => ({ source: linkTo(archive, r.source), relation: r.relation })),
		notes: data.notes,
		drawn: (['testimonies', 'people', 'camps', 'places', 'organizations'] as const)
			.map((collection) => ({ label: kindNames[collection].many, records: linksTo(archive, archive.referrers(key, collection).sort(byName)) }))
			.filter((group) => group.records.length),
	};
}

/** A record as a passage's back-link names it: a testimony by whom it is about, any other record by its name. */
function quotingLabel(archive: ArchiveIndex, record: ArchiveRecord): string {
	if (record.collection !== 'testimonies') return titleOf(record);
	return `testimony about ${listText(record.data.subjects.map((s) => titleOf(archive.get(s))))}`;
}

/**
 * The records that quote each passage of a source, by the passage (white space folded), each
 * record once, in the order of the records: the back-links beside the passages on its page.
 */
export function passageBacklinks(archive: ArchiveIndex, sourceId: string): Map<string, LinkView[]> {
	const byPassage = new Map<string, LinkView[]>();
	for (const { text, record } of archive.quotations(sourceId)) {
		if (record.collection === 'sources' && record.id === sourceId) continue;
		const passage = foldSpace(text);
		const links = byPassage.get(passage) ?? byPassage.set(passage, []).get(passage)!;
		const href = archive.links.recordHref(record.collection, record.id);
		if (!links.some((l) => l.href === href)) links.push({ href, title: quotingLabel(archive, record) });
	}
	return byPassage;
}

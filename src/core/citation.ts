import { kindNames } from '../schemas/kinds.ts';
import type { Dated } from '../schemas/common.ts';
import type { ArchiveIndex } from './archive.ts';
import { formatDated } from './dates.ts';
import { archiveName } from './links.ts';
import { titleOf, type ArchiveRecord, type RecordOf } from './records.ts';
import { recordKey } from './refs.ts';

/** A source a record is drawn from, as a citation names it. */
interface CitedSource {
	id: string;
	title: string;
	byline: string;
	publisher: string;
	published: Dated;
	url: string;
}

/** What a citation of one record of the archive says. */
export interface Citation {
	/** Stable key, e.g. "people/serikzhan-bilash". */
	key: string;
	title: string;
	/** "Testimony", "Person", … */
	kind: string;
	archive: string;
	permalink: string;
	/** The day the cited page was built (YYYY-MM-DD). */
	retrieved: string;
	sources: CitedSource[];
}

/** The citation of one record, naming the sources it is drawn from: a testimony's own sources, the sources that mention any other record. */
export function citationOf(archive: ArchiveIndex, record: ArchiveRecord): Citation {
	const sources: RecordOf<'sources'>[] =
		record.collection === 'sources'
			? [record]
			: record.collection === 'testimonies'
				? [...archive.citedSources(record)].map((id) => archive.get({ collection: 'sources', id }))
				: archive.sourcesFor(record);
	return {
		key: recordKey(record.collection, record.id),
		title: titleOf(record),
		kind: kindNames[record.collection].one,
		archive: archiveName,
		permalink: archive.links.absolute(archive.links.recordHref(record.collection, record.id)),
		retrieved: archive.options.today,
		sources: sources.map((s) => ({ id: s.id, title: s.data.title, byline: s.data.byline, publisher: s.data.publisher, published: s.data.published, url: s.data.url })),
	};
}

const sourceText = (s: CitedSource) => `${s.byline}, “${s.title},” ${s.publisher}, ${formatDated(s.published)}, ${s.url}`;

/** The citation as a reader would paste it into a report. */
export function citationText(c: Citation): string {
	const based = c.sources.length ? ` Based on: ${c.sources.map(sourceText).join('; ')}.` : '';
	return `“${c.title}.” ${c.kind} record, ${c.archive}. ${c.permalink} (retrieved ${c.retrieved}).${based}`;
}

/** LaTeX's special characters, written as the characters they are. */
const latex: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
const bibtexEscape = (s: string) => s.replace(/[\\{}%&#_$~^]/g, (c) => latex[c] ?? `\\${c}`);

/** The citation as a BibTeX entry. */
export function citationBibtex(c: Citation): string {
	const fields: [string, string][] = [
		['title', `{${bibtexEscape(c.title)}}`],
		['howpublished', `\\url{${c.permalink}}`],
		['organization', bibtexEscape(c.archive)],
		['year', c.retrieved.slice(0, 4)],
		['urldate', c.retrieved],
		['note', `${c.kind} record${c.sources.length ? `. Based on: ${bibtexEscape(c.sources.map(sourceText).join('; '))}` : ''}`],
	];
	return `@misc{${c.key.replace(/[^a-z0-9-]+/g, ':')},\n${fields.map(([k, v]) => `  ${k.padEnd(12)} = {${v}}`).join(',\n')}\n}`;
}

const dateParts = (value: string) => [value.split('-').map(Number)];

/**
 * The citation as CSL-JSON: the record's page, then the original publication of each source it
 * is drawn from. The page is known by the record's key ("sources/<id>" for a source's page), the
 * publication by "original/<id>", so a source's page and its article are two items.
 */
export function citationCsl(c: Citation): object[] {
	const [y, m, d] = c.retrieved.split('-').map(Number);
	return [
		{
			id: c.key,
			type: 'webpage',
			title: c.title,
			'container-title': c.archive,
			genre: `${c.kind} record`,
			URL: c.permalink,
			accessed: { 'date-parts': [[y, m, d]] },
			references: c.sources.map((s) => `original/${s.id}`).join('; ') || undefined,
		},
		...c.sources.map((s) => ({
			id: `original/${s.id}`,
			type: 'article',
			title: s.title,
			author: [{ literal: s.byline }],
			publisher: s.publisher,
			'container-title': s.publisher,
			issued: { 'date-parts': dateParts(s.published.value) },
			URL: s.url,
		})),
	];
}

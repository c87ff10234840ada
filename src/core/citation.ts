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
	/** Who wrote the text the page gives: a source's byline on its page. The archive's own records name none; the archive is their publisher. */
	author?: string;
	archive: string;
	/** The page's address: full when the site's address is known, from the site's root otherwise. */
	permalink: string;
	/**
	 * The day the record was last changed (YYYY-MM-DD): the version cited. Undefined when the
	 * build could not know it; never the day of the build. A reader's tool adds the day they read it.
	 */
	changed?: string;
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
		author: record.collection === 'sources' ? record.data.byline : undefined,
		archive: archiveName,
		permalink: archive.links.recordPermalink(record.collection, record.id),
		changed: archive.options.changed?.(record),
		sources: sources.map((s) => ({ id: s.id, title: s.data.title, byline: s.data.byline, publisher: s.data.publisher, published: s.data.published, url: s.data.url })),
	};
}

const sourceText = (s: CitedSource) => `${s.byline}, “${s.title},” ${s.publisher}, ${formatDated(s.published)}, ${s.url}`;

/** What the record is drawn from, as one sentence: "Based on: …", or for a source's page, the article it is a copy of. */
function basedOn(c: Citation): string {
	if (!c.sources.length) return '';
	return `${c.key.startsWith('sources/') ? 'Archived copy of' : 'Based on'}: ${c.sources.map(sourceText).join('; ')}`;
}

/** The record's version as a citation gives it, with its full stop: "last changed 12 March 2025.", or "n.d." (no date) when it is not known. */
const versionText = (c: Citation) => (c.changed ? `last changed ${formatDated({ value: c.changed, precision: 'day' })}.` : 'n.d.');

/** The citation as a reader would paste it into a report. */
export function citationText(c: Citation): string {
	const based = basedOn(c);
	return `${c.author ? `${c.author}, ` : ''}“${c.title}.” ${c.kind} record, ${c.archive}, ${versionText(c)} ${c.permalink}.${based ? ` ${based}.` : ''}`;
}

/** LaTeX's special characters, written as the characters they are. */
const latex: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
const bibtexEscape = (s: string) => s.replace(/[\\{}%&#_$~^]/g, (c) => latex[c] ?? `\\${c}`);

/** The citation as a BibTeX entry: the same one item as the CSL-JSON. */
export function citationBibtex(c: Citation): string {
	const based = basedOn(c);
	const fields: [string, string | undefined][] = [
		['title', `{${bibtexEscape(c.title)}}`],
		// In braces, so that BibTeX takes a byline such as "Testwatch researchers" as one name, not a surname and a first name.
		['author', c.author && `{${bibtexEscape(c.author)}}`],
		['howpublished', `\\url{${c.permalink}}`],
		['organization', bibtexEscape(c.archive)],
		['year', c.changed?.slice(0, 4)],
		['date', c.changed],
		['note', `${c.kind} record${based ? `. ${bibtexEscape(based)}` : ''}`],
	];
	const written = fields.filter((f): f is [string, string] => f[1] !== undefined);
	return `@misc{${c.key.replace(/[^a-z0-9-]+/g, ':')},\n${written.map(([k, v]) => `  ${k.padEnd(12)} = {${v}}`).join(',\n')}\n}`;
}

/**
 * The citation as one CSL-JSON item: the record's page, published by the archive, dated by its
 * last change, with the sources it is drawn from written in its note. One item, so that a
 * reference manager importing the file makes one entry.
 */
export function citationCsl(c: Citation): object {
	const based = basedOn(c);
	return {
		id: c.key,
		type: 'webpage',
		title: c.title,
		author: c.author ? [{ literal: c.author }] : undefined,
		'container-title': c.archive,
		publisher: c.archive,
		genre: `${c.kind} record`,
		URL: c.permalink,
		issued: c.changed ? { 'date-parts': [c.changed.split('-').map(Number)] } : undefined,
		note: based ? `${based}.` : undefined,
	};
}

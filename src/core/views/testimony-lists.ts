import type { Dated } from '../../schemas/common.ts';
import type { ArchiveIndex } from '../archive.ts';
import { dateSortKey, formatDated } from '../dates.ts';
import { listText, testimonyKindLabels, warningText } from '../labels.ts';
import { byName, titleOf, type RecordOf } from '../records.ts';
import { campGroupsOf, type CampEntry } from './camp-groups.ts';
import { letterOf } from './indexes.ts';
import { pageList, type ListPage, type ListSection } from './paging.ts';
import { linkTo, type LinkView } from './parts.ts';

/**
 * The testimonies index in three orders a reader asks for: in time order (the default, at
 * `testimonies/`), grouped by place of detention, and A–Z by title; each paged.
 */

export type TestimonyOrder = 'date' | 'camp' | 'title';

/** The folder of each order's pages under testimonies/; the first page of the time order is testimonies/ itself. */
const folders: Record<TestimonyOrder, string> = { date: 'by-date', camp: 'by-camp', title: 'a-z' };

export function testimonyListHref(archive: ArchiveIndex, order: TestimonyOrder, page = 1) {
	if (order === 'date' && page === 1) return archive.links.href('testimonies/');
	return archive.links.href(`testimonies/${folders[order]}/${page > 1 ? `${page}/` : ''}`);
}

/** The orders the index can be read in, each linked to its first page, with the name of its sections. */
export const testimonyOrders = (archive: ArchiveIndex): (LinkView & { order: TestimonyOrder; sections: string })[] => [
	{ order: 'date', title: 'in time order', sections: 'Years', href: testimonyListHref(archive, 'date') },
	{ order: 'camp', title: 'by place of detention', sections: 'Kinds of place', href: testimonyListHref(archive, 'camp') },
	{ order: 'title', title: 'A–Z by title', sections: 'Letters', href: testimonyListHref(archive, 'title') },
];

/** One account as the lists show it. */
interface TestimonyEntry extends LinkView {
	kind: string;
	about: string;
	/** When the events of the account took place, as the record dates them. */
	when?: string;
	camps?: string;
	warnings?: string;
}

/** A date with its mark when the archive inferred it. */
const dateText = (d: Dated) => `${formatDated(d)}${d.inferred ? ' (inferred)' : ''}`;

/** When the account's events took place: its period, else the span of its dated events. */
function whenOf(t: RecordOf<'testimonies'>): { text: string; key: string } | undefined {
	const { start, end } = t.data.period ?? {};
	if (start && end) return { text: `${dateText(start)} to ${dateText(end)}`, key: dateSortKey(start) };
	if (start) return { text: `from ${dateText(start)}`, key: dateSortKey(start) };
	if (end) return { text: `until ${dateText(end)}`, key: dateSortKey(end) };
	const dates = t.data.events.map((e) => e.date).sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)));
	if (!dates.length) return undefined;
	const [first, last] = [dates[0], dates.at(-1)!];
	const span = first.value === last.value ? dateText(first) : `${dateText(first)} to ${dateText(last)}`;
	return { text: `dated events: ${span}`, key: dateSortKey(first) };
}

function entryOf(archive: ArchiveIndex, t: RecordOf<'testimonies'>): TestimonyEntry {
	return {
		...linkTo(archive, t),
		kind: testimonyKindLabels[t.data.kind],
		about: listText(t.data.subjects.map((s) => titleOf(archive.get(s)))),
		when: whenOf(t)?.text,
		camps: t.data.camps.length ? listText(t.data.camps.map((c) => titleOf(archive.get(c)))) : undefined,
		warnings: t.data.contentWarnings.length ? listText(t.data.contentWarnings.map((w) => warningText[w])) : undefined,
	};
}

/** Testimonies in time order, by when their events began; those with no date last, by title. */
function inTimeOrder(testimonies: readonly RecordOf<'testimonies'>[]) {
	const keyed = testimonies.map((t) => ({ t, key: whenOf(t)?.key }));
	return keyed
		.sort((a, b) => (a.key === undefined ? 1 : 0) - (b.key === undefined ? 1 : 0) || (a.key ?? '').localeCompare(b.key ?? '') || byName(a.t, b.t))
		.map(({ t, key }) => ({ t, year: key?.slice(0, 4) }));
}

/** Sections with a single group each (no heading of their own), from records already in order. */
function sectionsBy(archive: ArchiveIndex, items: { t: RecordOf<'testimonies'>; id: string; label: string }[]): ListSection<CampEntry, TestimonyEntry>[] {
	const sections: ListSection<CampEntry, TestimonyEntry>[] = [];
	for (const { t, id, label } of items) {
		let section = sections.at(-1);
		if (section?.id !== id) sections.push((section = { id, label, groups: [{ id: `${id}-list`, rows: [] }] }));
		section.groups[0].rows.push(entryOf(archive, t));
	}
	return sections;
}

function sectionsOf(archive: ArchiveIndex, order: TestimonyOrder): ListSection<CampEntry, TestimonyEntry>[] {
	const testimonies = archive.of('testimonies');
	if (order === 'date') return sectionsBy(archive, inTimeOrder(testimonies).map(({ t, year }) => ({ t, id: year ? `year-${year}` : 'undated', label: year ?? 'Date not stated' })));
	if (order === 'title') return sectionsBy(archive, [...testimonies].sort(byName).map((t) => ({ t, id: `letter-${letterOf(t.data.title).replace('#', 'other')}`, label: letterOf(t.data.title) })));
	// By place of detention: an account that names two places is listed under each.
	const byCamp = new Map<string, RecordOf<'testimonies'>[]>();
	for (const { t } of inTimeOrder(testimonies)) for (const c of t.data.camps) (byCamp.get(c.id) ?? byCamp.set(c.id, []).get(c.id)!).push(t);
	const sections: ListSection<CampEntry, TestimonyEntry>[] = campGroupsOf(archive).map((kind) => ({
		id: kind.id,
		label: kind.label,
		groups: kind.countries
			.flatMap((country) => [...country.named, ...country.described])
			.filter((c) => byCamp.has(c.id))
			.map((c) => ({ id: `camp-${c.id}`, head: c, rows: byCamp.get(c.id)!.map((t) => entryOf(archive, t)) })),
	}));
	const none = testimonies.filter((t) => !t.data.camps.length);
	if (none.length) sections.push({ id: 'no-camp', label: 'No place of detention named', groups: [{ id: 'no-camp-list', rows: inTimeOrder(none).map(({ t }) => entryOf(archive, t)) }] });
	return sections;
}

export type TestimonyListPage = ListPage<CampEntry, TestimonyEntry>;

/** The pages of the testimonies index in one order. */
export function testimonyList(archive: ArchiveIndex, order: TestimonyOrder): TestimonyListPage[] {
	const taken = archive.of('testimonies').find((t) => Object.values(folders).includes(t.id));
	if (taken) throw new Error(`A testimony's id is "${taken.id}", the folder of a list of testimonies (testimonies/${taken.id}/): rename the record.`);
	return pageList(sectionsOf(archive, order), (n) => testimonyListHref(archive, order, n));
}

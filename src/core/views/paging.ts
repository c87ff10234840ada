import type { CollectionName } from '../../schemas/common.ts';
import { kindNames } from '../../schemas/kinds.ts';
import type { ArchiveIndex } from '../archive.ts';
import { listFolders } from '../list-folders.ts';
import type { LinkView } from './parts.ts';

/**
 * Long lists (who was held where, the testimonies in each order, the indexes, a year of the
 * timeline, everything linked to a record) as pages a reader turns: sections (a letter, a year,
 * a kind of place in a country), groups within them (a person, a camp), and rows. A page holds
 * at most `rowsPerPage` rows, so its size does not grow with the archive: at 100,000 accounts a
 * list of every detention on one page would be tens of megabytes.
 */
const rowsPerPage = 200;

/**
 * How many records of one kind a record page (or the about page) lists before it links to the
 * list of all of them: a camp can hold a large share of all accounts.
 */
export const shownOnPage = 50;

/**
 * A group of rows under one heading, e.g. the people held at one camp. `head` is undefined for a
 * section's only group; a group with a `label` (a letter within a group of people) is also
 * linked from the jump list, under its section.
 */
interface ListGroup<H, R> {
	id: string;
	head?: H;
	label?: string;
	/** A line about the group, shown above its rows where it begins. */
	note?: string;
	rows: R[];
}

export interface ListSection<H, R> {
	id: string;
	label: string;
	/** A line about the section, shown under its heading where it begins. */
	note?: string;
	groups: ListGroup<H, R>[];
}

/** Part of a section or group on one page; `continued` when it began on the page before. */
interface PagedGroup<H, R> extends ListGroup<H, R> {
	continued: boolean;
}
interface PagedSection<H, R> {
	id: string;
	label: string;
	note?: string;
	continued: boolean;
	groups: PagedGroup<H, R>[];
}

/** A section of the whole list, linked where it begins, with its labelled groups (letters) linked the same way. */
interface ListJump extends LinkView {
	parts?: LinkView[];
}

export interface ListPage<H, R> {
	/** 1 for the first page. */
	number: number;
	count: number;
	href: string;
	previous?: string;
	next?: string;
	/** The rows this page shows, counted from 1, and the rows of the whole list. */
	first: number;
	last: number;
	total: number;
	sections: PagedSection<H, R>[];
	/** Every section of the whole list, linked where it begins, for the jump list on each page. */
	jumps: ListJump[];
}

/**
 * Cuts a list of sections into pages of at most `size` rows. `hrefOf(n)` is the address of
 * page n. A group cut by a page break goes on at the top of the next page, marked continued.
 */
export function pageList<H, R>(sections: readonly ListSection<H, R>[], hrefOf: (n: number) => string, size = rowsPerPage): ListPage<H, R>[] {
	const total = sections.reduce((n, s) => n + s.groups.reduce((m, g) => m + g.rows.length, 0), 0);
	const count = Math.max(1, Math.ceil(total / size));
	const pages: ListPage<H, R>[] = Array.from({ length: count }, (_, i) => ({
		number: i + 1,
		count,
		href: hrefOf(i + 1),
		previous: i > 0 ? hrefOf(i) : undefined,
		next: i + 1 < count ? hrefOf(i + 2) : undefined,
		first: Math.min(total, i * size + 1),
		last: Math.min(total, (i + 1) * size),
		total,
		sections: [],
		jumps: [],
	}));
	const at = (row: number, id: string) => `${pages[Math.floor(row / size)].href}#${id}`;
	const jumps: ListJump[] = [];
	let row = 0;
	for (const section of sections) {
		const start = row;
		const parts: LinkView[] = [];
		for (const group of section.groups) {
			if (group.label !== undefined && group.rows.length) parts.push({ title: group.label, href: at(row, group.id) });
			group.rows.forEach((item, i) => {
				const page = pages[Math.floor(row / size)];
				const top = row % size === 0;
				let s = page.sections.at(-1);
				if (s?.id !== section.id) page.sections.push((s = { id: section.id, label: section.label, note: section.note, continued: top && row > start, groups: [] }));
				let g = s.groups.at(-1);
				if (g?.id !== group.id) s.groups.push((g = { id: group.id, head: group.head, label: group.label, note: group.note, continued: top && i > 0, rows: [] }));
				g.rows.push(item);
				row++;
			});
		}
		if (row > start) jumps.push({ title: section.label, href: at(start, section.id), parts: parts.length ? parts : undefined });
	}
	for (const page of pages) page.jumps = jumps;
	return pages;
}

/** Where each section and group of a paged list begins: its id, to the address of its page with the anchor. */
export function anchorsOf(pages: readonly ListPage<unknown, unknown>[]): Map<string, string> {
	const anchors = new Map<string, string>();
	for (const page of pages) {
		for (const section of page.sections) {
			if (!section.continued) anchors.set(section.id, `${page.href}#${section.id}`);
			for (const group of section.groups) if (!group.continued && !anchors.has(group.id)) anchors.set(group.id, `${page.href}#${group.id}`);
		}
	}
	return anchors;
}

/**
 * A value worked out once per archive rather than once per page that needs it: where the
 * groups of a long list begin, for the record pages that link into it.
 */
export function perArchive<T>(make: (archive: ArchiveIndex) => T): (archive: ArchiveIndex) => T {
	const made = new WeakMap<ArchiveIndex, T>();
	return (archive) => {
		if (!made.has(archive)) made.set(archive, make(archive));
		return made.get(archive)!;
	};
}

/**
 * Refuses a record whose id is the name of a folder of list pages under its kind's address
 * (`testimonies/by-camp/`, `people/page/`): its page and the list would share an address. The
 * check refuses such a record first, against its file; this guards the pages all the same.
 */
export function refuseFolderIds(archive: ArchiveIndex, collection: CollectionName) {
	for (const { folder, holds } of listFolders(collection)) {
		if (archive.of(collection).some((r) => r.id === folder)) throw new Error(`A ${kindNames[collection].word}'s id is "${folder}", the folder of ${holds} (${collection}/${folder}/): rename the record.`);
	}
}

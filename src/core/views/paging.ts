import type { LinkView } from './parts.ts';

/**
 * Long lists (who was held where, the testimonies in each order) as pages a reader turns:
 * sections (a letter, a year, a kind of place in a country), groups within them (a person, a
 * camp), and rows. A page holds at most `rowsPerPage` rows, so its size does not grow with the
 * archive: at 100,000 accounts a list of every detention on one page would be tens of
 * megabytes.
 */
const rowsPerPage = 200;

/** A group of rows under one heading, e.g. the people held at one camp. `head` is undefined for a section's only group. */
interface ListGroup<H, R> {
	id: string;
	head?: H;
	rows: R[];
}

export interface ListSection<H, R> {
	id: string;
	label: string;
	groups: ListGroup<H, R>[];
}

/** Part of a section or group on one page; `continued` when it began on the page before. */
interface PagedGroup<H, R> extends ListGroup<H, R> {
	continued: boolean;
}
interface PagedSection<H, R> {
	id: string;
	label: string;
	continued: boolean;
	groups: PagedGroup<H, R>[];
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
	jumps: LinkView[];
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
	const jumps: { section: ListSection<H, R>; page: number }[] = [];
	let at = 0;
	for (const section of sections) {
		const start = at;
		for (const group of section.groups) {
			group.rows.forEach((row, i) => {
				const page = pages[Math.floor(at / size)];
				const top = at % size === 0;
				let s = page.sections.at(-1);
				if (s?.id !== section.id) page.sections.push((s = { id: section.id, label: section.label, continued: top && at > start, groups: [] }));
				let g = s.groups.at(-1);
				if (g?.id !== group.id) s.groups.push((g = { id: group.id, head: group.head, continued: top && i > 0, rows: [] }));
				g.rows.push(row);
				at++;
			});
		}
		if (at > start) jumps.push({ section, page: Math.floor(start / size) });
	}
	for (const page of pages) page.jumps = jumps.map(({ section, page: p }) => ({ title: section.label, href: `${pages[p].href}#${section.id}` }));
	return pages;
}

import type { ArchiveIndex } from '../archive.ts';
import { dateSortKey } from '../dates.ts';
import { timelineYears, type TimelineEvent } from '../timeline.ts';
import { pageList, type ListPage, type ListSection } from './paging.ts';
import { happenings, happeningView, type EventView, type LinkView } from './parts.ts';

/**
 * The timeline: a page per year (`timeline/2018/`), and where a year has more events than a
 * page holds, more pages (`timeline/2018/2/`), each event under the month it falls in, the months
 * linked from every page of the year. At 10,000 testimonies a year on one page was 25 MB.
 */

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The months of a year, as sections of its events. A part of the year stands with the month it
 * falls in ("spring 2018" with March), as the timeline orders it; a year with no part given
 * comes first, under its own heading.
 */
function monthSections(told: TimelineEvent[][]): ListSection<undefined, TimelineEvent[]>[] {
	const sections: ListSection<undefined, TimelineEvent[]>[] = [];
	for (const happening of told) {
		const month = Number(dateSortKey(happening[0].date).slice(5, 7));
		const id = month ? `month-${String(month).padStart(2, '0')}` : 'no-month';
		let section = sections.at(-1);
		if (section?.id !== id) sections.push((section = { id, label: month ? months[month - 1] : 'No month given', groups: [{ id: `${id}-list`, rows: [] }] }));
		section.groups[0].rows.push(happening);
	}
	return sections;
}

/** One page of a year of the timeline, with the years before and after it. */
export interface TimelinePage {
	year: string;
	page: ListPage<undefined, TimelineEvent[]>;
	previous?: string;
	next?: string;
	/** The page with each happening as it is shown, made when the page is built. */
	events: () => ListPage<undefined, EventView>;
}

const yearHref = (archive: ArchiveIndex, year: string, n: number) => archive.links.href(`timeline/${year}/${n > 1 ? `${n}/` : ''}`);

/** Every page of the timeline, year by year, one event per happening (see `eventsView`), at most `size` to a page. */
export function timelinePages(archive: ArchiveIndex, size?: number): TimelinePage[] {
	const years = [...timelineYears(archive)];
	return years.flatMap(([year, events], i) =>
		pageList(monthSections(happenings(events)), (n) => yearHref(archive, year, n), size).map((page) => ({
			year,
			page,
			previous: years[i - 1]?.[0],
			next: years[i + 1]?.[0],
			events: () => ({ ...page, sections: page.sections.map((s) => ({ ...s, groups: s.groups.map((g) => ({ ...g, rows: g.rows.map((told) => happeningView(archive, told)) })) })) }),
		})),
	);
}

/** The timeline's years, grouped by decade, with the number of events of each; a year of several pages with its months. */
export function timelineIndex(archive: ArchiveIndex, size?: number) {
	const decades = new Map<string, { year: string; events: number; href: string; pages: number; months?: LinkView[] }[]>();
	let total = 0;
	for (const { year, page } of timelinePages(archive, size)) {
		if (page.number > 1) continue;
		total += page.total;
		const decade = `${year.slice(0, 3)}0s`;
		const entry = { year, events: page.total, href: page.href, pages: page.count, months: page.count > 1 ? page.jumps.map(({ title, href }) => ({ title, href })) : undefined };
		const list = decades.get(decade);
		if (list) list.push(entry);
		else decades.set(decade, [entry]);
	}
	return { total, decades: [...decades].map(([decade, years]) => ({ decade, years })) };
}

import type { TimelineEvent } from '../components/EventList.astro';
import { loadArchive } from './archive.ts';

/** Every dated event of the archive's records. */
async function allEvents(): Promise<TimelineEvent[]> {
	const { entriesOf } = await loadArchive();
	const ref = (collection: string, id: string) => ({ collection, id });
	return [
		...entriesOf('testimonies').flatMap((t) => t.data.events.map((e) => ({ ...e, record: ref('testimonies', t.id) }))),
		...entriesOf('people').flatMap((p) => [
			...p.data.events.map((e) => ({ ...e, record: ref('people', p.id) })),
			...p.data.detentions.flatMap((d) => [
				...(d.start ? [{ date: d.start, text: `${p.data.name}: detention began.`, source: d.source, quote: d.quote, record: d.camp }] : []),
				...(d.end ? [{ date: d.end, text: `${p.data.name}: detention ended.`, source: d.source, quote: d.quote, record: d.camp }] : []),
			]),
		]),
		...entriesOf('organizations').flatMap((o) => o.data.events.map((e) => ({ ...e, record: ref('organizations', o.id) }))),
		...entriesOf('camps').flatMap((c) =>
			c.data.figures.filter((f) => f.date).map((f) => ({ date: f.date!, text: `${f.value} ${f.what}.`, source: f.source, quote: f.quote, record: ref('camps', c.id) })),
		),
		...entriesOf('sources').map((s) => ({ date: s.data.published, text: `Published: “${s.data.title}” (${s.data.publisher}).`, source: ref('sources', s.id) })),
	];
}

let byYear: Promise<Map<string, TimelineEvent[]>> | undefined;

/**
 * The archive's dated events by year, years in order. The timeline is a page per year: at
 * 10,000 testimonies all events on one page made twenty megabytes of HTML.
 */
export const timelineYears = () =>
	(byYear ??= allEvents().then((events) => {
		const years = new Map<string, TimelineEvent[]>();
		for (const event of events) {
			const year = event.date.value.slice(0, 4);
			const list = years.get(year);
			if (list) list.push(event);
			else years.set(year, [event]);
		}
		return new Map([...years].sort(([a], [b]) => a.localeCompare(b)));
	}));

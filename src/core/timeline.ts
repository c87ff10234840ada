import type { Dated } from '../schemas/common.ts';
import type { ArchiveIndex } from './archive.ts';
import { publishedBasis } from './labels.ts';
import type { RecordOf } from './records.ts';
import { listText } from './labels.ts';
import type { Ref } from './refs.ts';

/** A dated event of a record, as the timeline and record pages list it. */
export interface TimelineEvent {
	date: Dated;
	text: string;
	source: Ref;
	quote?: string;
	/** The record the event belongs to, linked when the list mixes records. */
	record?: Ref;
	/** For the start or end of a person's detention: whose, named when the list mixes people, and which. */
	detention?: { person: Ref; name?: string; edge: 'began' | 'ended' };
}

/**
 * The start and end of each of a person's detentions as events, filed under the place of
 * detention. `named` puts the person's name in the text, for lists that mix people.
 */
export const detentionEvents = (person: RecordOf<'people'>, named: boolean): TimelineEvent[] =>
	person.data.detentions.flatMap((d) =>
		(['start', 'end'] as const).flatMap((edge) => {
			const date = d[edge];
			if (!date) return [];
			const detention = { person: { collection: 'people' as const, id: person.id }, name: named ? person.data.name : undefined, edge: edge === 'start' ? ('began' as const) : ('ended' as const) };
			return [{ date, text: detentionText([detention]), source: d.source, quote: d.quote, record: d.camp, detention }];
		}),
	);

/** What the starts or ends of detentions told by one passage say: "Detention began.", or with names "A and B: detention began." */
export function detentionText(detentions: readonly NonNullable<TimelineEvent['detention']>[]): string {
	return (['began', 'ended'] as const)
		.flatMap((edge) => {
			const these = detentions.filter((d) => d.edge === edge);
			if (!these.length) return [];
			const names = [...new Set(these.flatMap((d) => (d.name ? [d.name] : [])))];
			return [names.length ? `${listText(names)}: detention ${edge}.` : `Detention ${edge}.`];
		})
		.join(' ');
}

/** Every dated event of the archive's records. */
function allEvents(archive: ArchiveIndex): TimelineEvent[] {
	const ref = <C extends Ref['collection']>(collection: C, id: string): Ref<C> => ({ collection, id });
	return [
		...archive.of('testimonies').flatMap((t) => t.data.events.map((e) => ({ ...e, record: ref('testimonies', t.id) }))),
		...archive.of('people').flatMap((p) => [...p.data.events.map((e) => ({ ...e, record: ref('people', p.id) })), ...detentionEvents(p, true)]),
		...archive.of('organizations').flatMap((o) => o.data.events.map((e) => ({ ...e, record: ref('organizations', o.id) }))),
		...archive.of('camps').flatMap((c) =>
			c.data.figures.filter((f) => f.date).map((f) => ({ date: f.date!, text: `${f.reading ?? f.value} ${f.what}.`, source: f.source, quote: f.quote, record: ref('camps', c.id) })),
		),
		// A publication date says how it was read in words, not the schema's "stated" or "address".
		...archive.of('sources').map((s) => ({ date: { ...s.data.published, basis: s.data.published.basis === 'address' ? publishedBasis.address : undefined }, text: `Published: “${s.data.title}” (${s.data.publisher}).`, source: ref('sources', s.id) })),
	];
}

/**
 * The archive's dated events by year, years in order. The timeline is a page per year: at
 * 10,000 testimonies all events on one page made twenty megabytes of HTML.
 */
export function timelineYears(archive: ArchiveIndex): Map<string, TimelineEvent[]> {
	const years = new Map<string, TimelineEvent[]>();
	for (const event of allEvents(archive)) {
		const year = event.date.value.slice(0, 4);
		const list = years.get(year);
		if (list) list.push(event);
		else years.set(year, [event]);
	}
	return new Map([...years].sort(([a], [b]) => a.localeCompare(b)));
}

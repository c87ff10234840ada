import type { ArchiveIndex } from '../archive.ts';
import { label, listText, testimonyKindLabels, warningText } from '../labels.ts';
import { titleOf, type RecordOf } from '../records.ts';
import { disagreementsView, eventsView, indexLink, linksTo, linkTo, quotesView, sourceLink, recordPageParts, type RecordPageView } from './parts.ts';

/** What a testimony's page shows. */
export function testimonyView(archive: ArchiveIndex, testimony: RecordOf<'testimonies'>) {
	const { data } = testimony;
	const kind = testimonyKindLabels[data.kind];
	const sources = [...archive.citedSources(testimony)];
	const people = [...(data.witness ? [data.witness] : []), ...data.subjects].map((ref) => archive.get(ref));
	const camps = data.camps.map((ref) => archive.get(ref));
	const places = data.places.map((ref) => archive.get(ref));
	const page: RecordPageView = {
		record: testimony,
		title: data.title,
		kind: 'Testimony',
		kindLine: `Testimony · ${kind}`,
		heading: { text: data.title },
		search: {
			filters: {
				person: people.map(titleOf),
				camp: camps.map(titleOf),
				place: places.map(titleOf),
				source: sources.map((id) => titleOf(archive.get({ collection: 'sources', id }))),
				experience: data.experiences.map(label),
				year: [data.period?.start, data.period?.end, ...data.events.map((e) => e.date)].flatMap((d) => (d ? [d.value.slice(0, 4)] : [])),
			},
		},
		...recordPageParts(archive, testimony, testimony.body, `${kind}.`),
		back: [indexLink(archive, 'testimonies', 'All testimonies'), { href: archive.links.href('timeline/'), title: 'Timeline' }],
	};
	return {
		page,
		contentWarning: data.contentWarnings.length ? listText(data.contentWarnings.map((w) => warningText[w] ?? w)) : undefined,
		witness: data.witness && linkTo(archive, data.witness),
		subjects: linksTo(archive, data.subjects),
		reporter: data.reporter && linkTo(archive, data.reporter),
		camps: linksTo(archive, data.camps),
		places: linksTo(archive, data.places),
		period: data.period,
		durations: data.durations.map((d) => ({ text: d.text, reading: d.reading, of: d.of, source: sourceLink(archive, d.source, d.quote) })),
		experiences: data.experiences.map(label),
		organizations: linksTo(archive, data.organizations),
		sources: sources.map((id) => sourceLink(archive, { collection: 'sources', id })),
		quotes: quotesView(archive, data.quotes),
		disagreements: disagreementsView(archive, data.disagreements),
		events: eventsView(archive, data.events),
	};
}

import type { ArchiveIndex } from '../archive.ts';
import { label } from '../labels.ts';
import { byName, type RecordOf } from '../records.ts';
import { recordKey } from '../refs.ts';
import { campTrail } from './camp-groups.ts';
import { disagreementsView, indexLink, linksTo, linkTo, sourceLink, spellingsView, recordPageParts, type RecordPageView } from './parts.ts';

/** What the page of a place of detention shows. */
export function campView(archive: ArchiveIndex, camp: RecordOf<'camps'>) {
	const { data } = camp;
	const key = recordKey('camps', camp.id);
	const kind = label(data.kind);
	const page: RecordPageView = {
		record: camp,
		title: data.name,
		kind: 'Camp',
		kindLine: 'Place of detention',
		trail: campTrail(archive, camp),
		heading: { text: data.name },
		...recordPageParts(archive, camp, camp.body, `${kind}.`),
		back: [indexLink(archive, 'camps', 'All camps')],
	};
	const { location } = data;
	return {
		page,
		named: data.named,
		spellings: spellingsView(archive, data.aliases),
		kind,
		location: location && {
			place: location.place && linkTo(archive, location.place),
			description: location.description,
			reading: location.reading,
			inferred: location.inferred,
			source: sourceLink(archive, location.source, location.quote),
		},
		figures: data.figures.map((f) => ({
			value: f.value,
			reading: f.reading,
			what: f.what,
			date: f.date,
			reportedBy: f.reportedBy && linkTo(archive, f.reportedBy),
			quote: f.quote,
			source: sourceLink(archive, f.source, f.quote),
		})),
		held: linksTo(archive, archive.referrers(key, 'people', ['detentions']).sort(byName)),
		accounts: linksTo(archive, archive.referrers(key, 'testimonies').sort(byName)),
		disagreements: disagreementsView(archive, data.disagreements),
		sources: linksTo(archive, archive.sourcesFor(camp)),
	};
}

import type { ArchiveIndex } from '../archive.ts';
import { label } from '../labels.ts';
import { type RecordOf } from '../records.ts';
import { recordKey } from '../refs.ts';
import { disagreementsView, eventsView, indexLink, linksTo, linkTo, sourceLink, spellingsView, recordPageParts, type RecordPageView } from './parts.ts';
import { linkedTo } from './record-lists.ts';

/** What an organisation's page shows. */
export function organizationView(archive: ArchiveIndex, organization: RecordOf<'organizations'>) {
	const { data } = organization;
	const key = recordKey('organizations', organization.id);
	const kind = label(data.kind);
	const page: RecordPageView = {
		record: organization,
		title: data.name,
		kind: 'Organisation',
		kindLine: `Organisation · ${kind}`,
		heading: { text: data.name, lang: data.lang },
		...recordPageParts(archive, organization, organization.body, `${kind}.`),
		back: [indexLink(archive, 'organizations', 'All organisations')],
	};
	// Organisations that say they must not be confused with this one, where this one does not say so itself.
	const confusedWith = archive.referrers(key, 'organizations', ['distinctFrom']).filter((o) => !data.distinctFrom.some((d) => d.organization.id === o.id));
	const linked = linkedTo(archive, organization);
	return {
		page,
		spellings: spellingsView(archive, data.aliases),
		kind,
		country: data.country,
		distinctFrom: data.distinctFrom.map((d) => ({ organization: linkTo(archive, d.organization), note: d.note, source: d.source && sourceLink(archive, d.source) })),
		confusedWith: linksTo(archive, confusedWith),
		events: eventsView(archive, data.events),
		testimonies: linked.testimonies,
		people: linked.people,
		disagreements: disagreementsView(archive, data.disagreements),
		sources: linked.sources,
	};
}

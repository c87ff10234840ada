import type { ArchiveIndex } from '../archive.ts';
import { personLd } from '../jsonld.ts';
import { label } from '../labels.ts';
import { byName, type RecordOf } from '../records.ts';
import { recordKey } from '../refs.ts';
import { detentionEvents } from '../timeline.ts';
import type { Dated } from '../../schemas/common.ts';
import { claimsView, eventsView, indexLink, linkTo, sourceLink, spellingsView, recordPageParts, type LinkView, type RecordPageView, type SourceLinkView } from './parts.ts';
import { shownOnPage } from './paging.ts';
import { linkedTo } from './record-lists.ts';

/** What a person's page shows. */
export function personView(archive: ArchiveIndex, person: RecordOf<'people'>) {
	const { data } = person;
	const { links } = archive;
	const key = recordKey('people', person.id);
	const given = archive.referrers(key, 'testimonies', ['witness']).sort(byName);
	// Accounts about the person, in the order of the records: their events are listed in it where dates are equal.
	const about = archive.referrers(key, 'testimonies', ['subjects']);
	const aboutByName = [...about].sort(byName);
	const linked = linkedTo(archive, person);
	const roles = data.roles.map(label);
	const spellings = [...new Set(data.aliases.map((a) => a.name))];
	const parts = recordPageParts(archive, person, person.body, `${roles.join(', ')}.`);
	const page: RecordPageView = {
		record: person,
		title: data.name,
		kind: 'Person',
		kindLine: 'Person',
		heading: { text: data.name },
		jsonLd: personLd({
			name: data.name,
			alternateNames: spellings,
			description: parts.description,
			permalink: links.recordPermalink('people', person.id),
			// The accounts the page lists first, as many as it shows of each kind: the page's size must not grow with them.
			subjectOf: [...new Set([...given, ...aboutByName])].slice(0, shownOnPage).map((t) => links.recordPermalink('testimonies', t.id)),
		}),
		...parts,
		back: [indexLink(archive, 'people', 'All people')],
	};
	return {
		page,
		name: data.name,
		named: data.named,
		spellings: spellingsView(archive, data.aliases),
		roles,
		claims: [
			claimsView(archive, 'Ethnicity', data.ethnicity, { single: true }),
			claimsView(archive, 'Citizenship or status', data.citizenship, { single: false }),
			claimsView(archive, 'Age', data.age, { single: true }),
			claimsView(archive, 'Occupation', data.occupation, { single: false }),
			...(data.identity ? [claimsView(archive, 'Identity', [data.identity], { single: true })] : []),
		],
		relations: data.relations.map((r) => ({ relation: r.relation, person: linkTo(archive, r.person), source: sourceLink(archive, r.source, r.quote) })),
		namedIn: linked['named-in'],
		detentions: detentionsByPlace(archive, data.detentions),
		testimonies: { given: linked.given, about: linked.about, mentioning: linked.mentioning },
		events: eventsView(archive, [
			...data.events,
			...detentionEvents(person, false),
			...about.flatMap((t) => t.data.events.map((e) => ({ ...e, record: { collection: 'testimonies' as const, id: t.id } }))),
		]),
		sources: linked.sources,
	};
}

/** A person's detentions, one entry per place, each with what every source says of the time there. */
function detentionsByPlace(archive: ArchiveIndex, detentions: RecordOf<'people'>['data']['detentions']) {
	const byPlace = new Map<string, { camp: LinkView; accounts: { start?: Dated; end?: Dated; duration?: string; durationReading?: string; note?: string; source: SourceLinkView }[] }>();
	for (const d of detentions) {
		const account = { start: d.start, end: d.end, duration: d.duration, durationReading: d.durationReading, note: d.note, source: sourceLink(archive, d.source, d.quote) };
		const place = byPlace.get(d.camp.id);
		if (place) place.accounts.push(account);
		else byPlace.set(d.camp.id, { camp: linkTo(archive, d.camp), accounts: [account] });
	}
	return [...byPlace.values()];
}

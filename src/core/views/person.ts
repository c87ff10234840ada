import type { ArchiveIndex } from '../archive.ts';
import { personLd } from '../jsonld.ts';
import { label } from '../labels.ts';
import { byName, type RecordOf } from '../records.ts';
import { recordKey } from '../refs.ts';
import { detentionEvents } from '../timeline.ts';
import type { Dated } from '../../schemas/common.ts';
import { claimsView, eventsView, indexLink, linksTo, linkTo, sourceLink, spellingsView, recordPageParts, type LinkView, type RecordPageView, type SourceLinkView } from './parts.ts';

/** What a person's page shows. */
export function personView(archive: ArchiveIndex, person: RecordOf<'people'>) {
	const { data } = person;
	const { links } = archive;
	const key = recordKey('people', person.id);
	const given = archive.referrers(key, 'testimonies', ['witness']).sort(byName);
	// Accounts about the person, in the order of the records: their events are listed in it where dates are equal.
	const about = archive.referrers(key, 'testimonies', ['subjects']);
	const aboutByName = [...about].sort(byName);
	const other = archive.referrers(key, 'testimonies').filter((t) => !given.includes(t) && !about.includes(t)).sort(byName);
	const related = archive.referrers(key, 'people', ['relations']).filter((p) => !data.relations.some((r) => r.person.id === p.id));
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
			subjectOf: [...new Set([...given, ...aboutByName])].map((t) => links.recordPermalink('testimonies', t.id)),
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
		namedIn: linksTo(archive, related),
		detentions: detentionsByPlace(archive, data.detentions),
		testimonies: {
			given: linksTo(archive, given),
			about: linksTo(archive, aboutByName),
			mentioning: linksTo(archive, other),
		},
		events: eventsView(archive, [
			...data.events,
			...detentionEvents(person, false),
			...about.flatMap((t) => t.data.events.map((e) => ({ ...e, record: { collection: 'testimonies' as const, id: t.id } }))),
		]),
		sources: linksTo(archive, archive.sourcesFor(person)),
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

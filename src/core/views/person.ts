import type { ArchiveIndex } from '../archive.ts';
import { personLd } from '../jsonld.ts';
import { label } from '../labels.ts';
import { byName, type RecordOf } from '../records.ts';
import { recordKey } from '../refs.ts';
import { detentionEvents } from '../timeline.ts';
import { citationView, claimsView, eventsView, indexLink, linksTo, linkTo, sourceLink, spellingsView, type RecordPageView } from './parts.ts';

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
	const page: RecordPageView = {
		record: person,
		title: data.name,
		description: `${roles.join(', ')}.`,
		kind: 'Person',
		kindLine: 'Person',
		heading: { text: data.name },
		jsonLd: personLd({
			name: data.name,
			alternateNames: spellings,
			description: roles.join(', '),
			permalink: links.absolute(links.recordHref('people', person.id)),
			subjectOf: [...new Set([...given, ...aboutByName])].map((t) => links.absolute(links.recordHref('testimonies', t.id))),
		}),
		citation: citationView(archive, person),
		back: [indexLink(archive, 'people', 'All people')],
	};
	return {
		page,
		name: data.name,
		named: data.named,
		spellings: spellingsView(archive, data.aliases),
		roles,
		claims: [
			claimsView(archive, 'Ethnicity', data.ethnicity),
			claimsView(archive, 'Citizenship or status', data.citizenship),
			claimsView(archive, 'Age', data.age),
			claimsView(archive, 'Occupation', data.occupation),
			...(data.identity ? [claimsView(archive, 'Identity', [data.identity])] : []),
		],
		relations: data.relations.map((r) => ({ relation: r.relation, person: linkTo(archive, r.person), source: sourceLink(archive, r.source, r.quote) })),
		namedIn: linksTo(archive, related),
		detentions: data.detentions.map((d) => ({ camp: linkTo(archive, d.camp), start: d.start, end: d.end, duration: d.duration, source: sourceLink(archive, d.source, d.quote) })),
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

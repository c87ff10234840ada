import type { ArchiveIndex } from '../archive.ts';
import { placeLd } from '../jsonld.ts';
import { label } from '../labels.ts';
import { byName, titleOf, type RecordOf } from '../records.ts';
import { recordKey } from '../refs.ts';
import { disagreementsView, indexLink, linksTo, linkTo, sourceLink, spellingsView, recordPageParts, type RecordPageView } from './parts.ts';

/** What a place's page shows. */
export function placeView(archive: ArchiveIndex, place: RecordOf<'places'>) {
	const { data } = place;
	const { links } = archive;
	const key = recordKey('places', place.id);
	const kind = label(data.kind);
	const partOf = data.partOf && archive.get(data.partOf);
	const parts = recordPageParts(archive, place, place.body, `${kind}.`);
	const page: RecordPageView = {
		record: place,
		title: data.name,
		kind: 'Place',
		kindLine: `Place · ${kind}`,
		heading: { text: data.name },
		jsonLd: placeLd({
			name: data.name,
			alternateNames: [...new Set(data.aliases.map((a) => a.name))],
			description: parts.description,
			permalink: links.recordPermalink('places', place.id),
			containedIn: partOf ? { name: titleOf(partOf), permalink: links.recordPermalink('places', partOf.id) } : undefined,
		}),
		...parts,
		back: [indexLink(archive, 'places', 'All places')],
	};
	return {
		page,
		spellings: spellingsView(archive, data.aliases),
		kind,
		partOf: data.partOf && {
			place: linkTo(archive, data.partOf),
			source: data.partOfSource && sourceLink(archive, data.partOfSource),
			inferred: data.partOfInferred,
		},
		within: linksTo(archive, archive.referrers(key, 'places', ['partOf']).sort(byName)),
		camps: linksTo(archive, archive.referrers(key, 'camps').sort(byName)),
		testimonies: linksTo(archive, archive.referrers(key, 'testimonies').sort(byName)),
		disagreements: disagreementsView(archive, data.disagreements),
		sources: linksTo(archive, archive.sourcesFor(place)),
	};
}

import type { ArchiveIndex } from '../archive.ts';
import { placeLd } from '../jsonld.ts';
import { label } from '../labels.ts';
import { titleOf, type RecordOf } from '../records.ts';
import { pointOf, pointText } from '../map/where.ts';
import { placeLocator } from './locator.ts';
import { disagreementsView, indexLink, linkTo, sourceLink, spellingsView, recordPageParts, type RecordPageView } from './parts.ts';
import { linkedTo } from './record-lists.ts';

/** What a place's page shows. */
export function placeView(archive: ArchiveIndex, place: RecordOf<'places'>) {
	const { data } = place;
	const { links } = archive;
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
			geo: pointOf(place),
		}),
		...parts,
		back: [indexLink(archive, 'places', 'All places')],
	};
	const linked = linkedTo(archive, place);
	return {
		page,
		spellings: spellingsView(archive, data.aliases),
		kind,
		partOf: data.partOf && {
			place: linkTo(archive, data.partOf),
			source: data.partOfSource && sourceLink(archive, data.partOfSource),
			inferred: data.partOfInferred,
		},
		coordinates: data.coordinates && {
			text: pointText(data.coordinates),
			geonames: { id: data.coordinates.geonames, href: `https://www.geonames.org/${data.coordinates.geonames}` },
		},
		locator: placeLocator(archive, archive.options.world ?? [], place),
		within: linked.places,
		camps: linked.camps,
		testimonies: linked.testimonies,
		disagreements: disagreementsView(archive, data.disagreements),
		sources: linked.sources,
	};
}

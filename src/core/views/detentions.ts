import type { Dated } from '../../schemas/common.ts';
import type { ArchiveIndex } from '../archive.ts';
import { label } from '../labels.ts';
import { byName, type RecordOf } from '../records.ts';
import { placesAround } from './camp-groups.ts';
import { linkTo, sourceLink, type LinkView, type SourceLinkView } from './parts.ts';

/** Who was held where: one person held at one place of detention, as one source says. */
export interface DetentionRow {
	person: LinkView & { id: string };
	place: LinkView & { id: string };
	/** The kind of place, as a reader says it ("Re-education camp"). */
	kind: string;
	/** Where the place is, as far as the archive locates it: the place record, and the region and country it lies in. */
	location?: LinkView & { id: string };
	region?: LinkView & { id: string };
	country?: LinkView & { id: string };
	start?: Dated;
	end?: Dated;
	/** The duration as the source states it, and in the archive's words where they differ. */
	duration?: string;
	durationReading?: string;
	source: SourceLinkView & { id: string };
}

/**
 * Every recorded detention, one row per person × place of detention × source that says so,
 * people in order of name and each person's detentions in the order the record gives them.
 * A place whose location is withheld has none here: its location never left the record.
 */
export function detentionRows(archive: ArchiveIndex): DetentionRow[] {
	return [...archive.of('people')].sort(byName).flatMap((person) =>
		person.data.detentions.map((d) => {
			const camp = archive.get({ collection: 'camps', id: d.camp.id });
			const around = placesAround(archive, camp);
			const link = (place?: RecordOf<'places'>) => place && { ...linkTo(archive, place), id: place.id };
			return {
				person: { ...linkTo(archive, person), id: person.id },
				place: { ...linkTo(archive, camp), id: camp.id },
				kind: label(camp.data.kind),
				location: link(around[0]),
				region: link(around.find((p) => p.data.kind === 'region')),
				country: link(around.find((p) => p.data.kind === 'country')),
				start: d.start,
				end: d.end,
				duration: d.duration,
				durationReading: d.durationReading,
				source: { ...sourceLink(archive, d.source, d.quote), id: d.source.id },
			};
		}),
	);
}

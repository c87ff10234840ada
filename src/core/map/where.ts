import type { ArchiveIndex } from '../archive.ts';
import { nameKey } from '../fold.ts';
import { namesOf, type RecordOf } from '../records.ts';
import { placeChain } from '../views/camp-groups.ts';

/**
 * Where a record stands on a map, from what the records say and nothing else: a place at the
 * point its record gives (taken from the GeoNames gazetteer, with the entry's id), a place of
 * detention at the point a source gives for it, or else, approximately, at the point of the
 * place the sources locate it in. Nothing is guessed: what has no point is left off the map,
 * with the reason.
 */

/** A point in decimal degrees. */
export interface Point {
	latitude: number;
	longitude: number;
}

/** Where a place of detention is put on a map, and how precisely. */
export type CampPlacing =
	/** At the point a source gives for the site itself. */
	| { precision: 'exact'; point: Point }
	/** At the point of the town or district the sources locate it in. */
	| { precision: 'approximate'; point: Point; place: RecordOf<'places'> }
	| { precision: 'none'; reason: UnplacedReason };

/**
 * Why a place of detention is not on the map. A withheld location has been taken out of the
 * record before the map is made, so such a site reads as "not-located", as on the camps index,
 * and nothing sets it apart from a site the sources do not locate.
 */
export type UnplacedReason = 'not-located' | 'area' | 'place-without-point';

/** The point a place's record gives, if any. */
export const pointOf = (place: RecordOf<'places'>): Point | undefined => place.data.coordinates && { latitude: place.data.coordinates.latitude, longitude: place.data.coordinates.longitude };

/**
 * Kinds of place that are areas a point would misrepresent: they are drawn (a country) or shown
 * by the places within them. Every other kind is put at a point, and `npm run locate` and the
 * check look for one.
 */
export const isArea = (kind: string) => ['country', 'region', 'prefecture', 'other'].includes(kind);

/** Where the map puts a place of detention, from its public record (a withheld location is already gone). */
export function campPlacing(archive: ArchiveIndex, camp: RecordOf<'camps'>): CampPlacing {
	const location = camp.data.location;
	if (location?.coordinates) return { precision: 'exact', point: { latitude: location.coordinates.latitude, longitude: location.coordinates.longitude } };
	if (!location?.place) return { precision: 'none', reason: 'not-located' };
	const place = archive.get({ collection: 'places', id: location.place.id });
	const point = pointOf(place);
	if (point) return { precision: 'approximate', point, place };
	return { precision: 'none', reason: isArea(place.data.kind) ? 'area' : 'place-without-point' };
}

/** Why a place of detention is not on the map, in a reader's words. */
export const unplacedText: Record<UnplacedReason, string> = {
	'not-located': 'the archive records no location',
	area: 'the sources locate it only in a region or a country',
	'place-without-point': 'the place the sources locate it in has no point in the archive yet',
};

/** The country a place lies in, nearest first along `partOf`; the place itself when it is one. */
export const countryOf = (archive: ArchiveIndex, place: { id: string } | undefined) => placeChain(archive, place).find((p) => p.data.kind === 'country');

/** A country's outline as the map draws it (from Natural Earth). */
export interface CountryShape {
	name: string;
}

/**
 * The outline of a country record among the map's countries: the one whose name is the record's
 * name or one of its spellings (case and accents aside). Matched when the map is made, by name
 * only, so a country the atlas names otherwise ("United States of America") needs that spelling
 * among the record's aliases; a country the atlas lacks (the Soviet Union) has no outline.
 */
export function outlineOf<T extends CountryShape>(place: RecordOf<'places'>, countries: readonly T[]): T | undefined {
	if (place.data.kind !== 'country') return undefined;
	const names = new Set(namesOf(place).map(nameKey));
	return countries.find((c) => names.has(nameKey(c.name)));
}

/** The places that lie in a place, at any depth, through `partOf`. */
export function placesWithin(archive: ArchiveIndex, place: RecordOf<'places'>): RecordOf<'places'>[] {
	const found = new Map<string, RecordOf<'places'>>();
	const queue = [place];
	while (queue.length) {
		const next = queue.shift()!;
		for (const inner of archive.referrers(`places/${next.id}`, 'places', ['partOf'])) {
			if (found.has(inner.id) || inner.id === place.id) continue;
			found.set(inner.id, inner);
			queue.push(inner);
		}
	}
	return [...found.values()];
}

/** A point as a reader reads it: "43.25667° N, 76.92861° E", the degrees as recorded. */
export const pointText = ({ latitude, longitude }: Point) => `${Math.abs(latitude)}° ${latitude < 0 ? 'S' : 'N'}, ${Math.abs(longitude)}° ${longitude < 0 ? 'W' : 'E'}`;

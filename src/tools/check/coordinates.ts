import { problemAt, type CheckedRecord, type Problem } from './problems.ts';

/** Kinds of place the gazetteer of towns holds: one of these without a point is missing from the map. */
const townKinds = new Set(['city', 'town', 'village']);

/**
 * Warns of a city, town or village without coordinates: the map leaves it out, and its places
 * of detention with it. Only a warning, since a point is found by `npm run locate` or by hand,
 * never guessed.
 */
export function checkCoordinates(record: CheckedRecord): Problem[] {
	if (record.collection !== 'places' || record.value.coordinates || !townKinds.has(String(record.value.kind))) return [];
	return [
		problemAt(
			record,
			['kind'],
			`the ${String(record.value.kind)} has no coordinates, so the map leaves it out (and every place of detention located in it)`,
			'run `npm run locate` to look it up in the GeoNames gazetteer, or add `coordinates` (latitude, longitude and the GeoNames id they come from) by hand',
			'warning',
		),
	];
}

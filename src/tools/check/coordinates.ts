import { isArea } from '../../core/map/where.ts';
import { problemAt, type CheckedRecord, type Problem } from './problems.ts';

/**
 * Warns of a place that the map would put at a point (any kind but an area: a country, region,
 * prefecture or other) and that has no coordinates: the map leaves it out, and its places of
 * detention with it. Only a warning, since a point is found by `npm run locate` or by hand,
 * never guessed.
 */
export function checkCoordinates(record: CheckedRecord): Problem[] {
	const kind = String(record.value.kind);
	if (record.collection !== 'places' || record.value.coordinates || isArea(kind)) return [];
	return [
		problemAt(
			record,
			['kind'],
			`the ${kind.replace(/-/g, ' ')} has no coordinates, so the map leaves it out (and every place of detention located in it)`,
			'run `npm run locate` to look it up in the GeoNames gazetteer, or add `coordinates` (latitude, longitude and the GeoNames id they come from) by hand',
			'warning',
		),
	];
}

import { idFromName } from '../../../src/core/fold.ts';
import type { Random } from '../random.ts';
import { placeStems } from '../text.ts';
import { numberWidth, pad, type Archive, type Place } from './model.ts';
import { writeRecord, type Emit } from './write.ts';

/** Two countries, a region, prefectures, districts, then towns and villages. */
export function planPlaces(random: Random, count: number): Pick<Archive, 'places' | 'region' | 'districts' | 'localities'> {
	const places: Place[] = [];
	const placeWidth = numberWidth(count);
	const addPlace = (name: string, kind: Place['kind'], partOf?: number) =>
		places.push({ id: idFromName(name), name, kind, partOf, partOfInferred: partOf === undefined ? false : random.chance(0.4), aliases: [] }) - 1;
	addPlace('Testland', 'country');
	addPlace('Fictistan', 'country');
	const region = addPlace('Synthetic Autonomous Region', 'region', 0);
	places[region].partOfInferred = true;
	const prefectures: number[] = [];
	const districts: number[] = [];
	const localities: number[] = [];
	const prefectureCount = Math.max(1, Math.round(count * 0.04));
	const districtCount = Math.max(1, Math.round(count * 0.16));
	for (let i = places.length; i < count; i++) {
		const stem = placeStems[i % placeStems.length];
		if (prefectures.length < prefectureCount) {
			prefectures.push(addPlace(`${stem} Prefecture-${i + 1}`, 'prefecture', region));
		} else if (districts.length < districtCount) {
			districts.push(addPlace(`${stem} District-${i + 1}`, 'district', random.pick(prefectures)));
		} else {
			const roll = random.next();
			const kind = roll < 0.6 ? 'village' : roll < 0.88 ? 'town' : roll < 0.98 ? 'city' : 'border-crossing';
			const at = localities.push(addPlace(`${stem}-${pad(i + 1, placeWidth)}`, kind, random.pick(districts))) - 1;
			if (random.chance(0.2)) places[localities[at]].aliases.push({ name: `${places[localities[at]].name} ${kind === 'village' ? 'Village' : 'Township'}` });
		}
	}
	if (!localities.length) localities.push(...districts);
	for (const i of [...districts, ...localities]) places[i].coordinates = syntheticPoint(i);
	for (const d of districts) if (random.chance(0.3)) places[d].aliases.push({ name: places[d].name.replace(' District-', ' County-') });
	return { places, region, districts, localities };
}

/**
 * A made-up point for the place at `index`, spread evenly over Xinjiang and eastern Kazakhstan
 * (an additive recurrence, not the random generator, so that every other record stays as it
 * was), with an id outside GeoNames' range: the map is built at scale, and no point is real.
 */
const syntheticPoint = (index: number) => ({
	latitude: Math.round((40 + 8 * ((index * 0.7548776662) % 1)) * 1e4) / 1e4,
	longitude: Math.round((74 + 16 * ((index * 0.5698402910) % 1)) * 1e4) / 1e4,
	geonames: 900_000_000 + index,
});

export function writePlaces({ places }: Archive, write: Emit) {
	for (const place of places) {
		const parent = place.partOf !== undefined ? places[place.partOf] : undefined;
		const inferred = parent ? place.partOfInferred || !place.partOfSource : false;
		writeRecord(
			write,
			'places',
			place.id,
			{
				name: place.name,
				aliases: place.aliases,
				kind: place.kind,
				partOf: parent?.id,
				partOfSource: parent && !inferred ? place.partOfSource : undefined,
				partOfInferred: inferred,
				coordinates: place.coordinates,
			},
			`${place.name} is a synthetic ${place.kind.replace(/-/g, ' ')}${parent ? ` in ${parent.name}` : ''}, generated for a benchmark of the archive.`,
		);
	}
}

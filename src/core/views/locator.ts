import { geoArea, geoAzimuthalEqualArea, geoBounds, geoCentroid, geoCircle } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { ArchiveIndex } from '../archive.ts';
import { drawCountries, gather, nameBox, placeLabels, project, ringAround, type DrawnCountry, type PlacedLabel, type Window, type WorldCountry } from '../map/draw.ts';
import { campPlacing, countryOf, outlineOf, placesWithin, pointOf, type Point } from '../map/where.ts';
import { titleOf, type RecordOf } from '../records.ts';
import { anchorOf } from './map.ts';

/**
 * The small map on a place's or a place of detention's page: where it is among the countries
 * around it; for a country or a region, which has no point, the places the archive records
 * within it. Made only from what the records give (see `map/where.ts`).
 */

const size = { width: 360, height: 220 };
const fontSize = 12;
/** How far around a point the map shows, in degrees of a great circle (about 650 km): far enough to show the nearest borders. */
const around = 6;
const countryFontSize = 10;
/** Points of a region's map nearer than this are drawn as one. */
const gatherRadius = 6;

interface LocatorPoint {
	x: number;
	y: number;
	r: number;
	/** The record the page is about (drawn larger and named), or a place within it. */
	main: boolean;
	/** A place of detention. */
	detention: boolean;
	approximate: boolean;
	/** The radius of the dashed ring drawn around it when it is approximate. */
	ring?: number;
	text: string;
	label?: PlacedLabel;
}

export interface LocatorView {
	width: number;
	height: number;
	fontSize: number;
	countryFontSize: number;
	countries: DrawnCountry[];
	points: LocatorPoint[];
	/** What the map shows, in words: its accessible name. */
	alt: string;
	/** Said under it: what the point is and how precise. */
	caption: string;
	/** The record's marker on the map of the archive. */
	mapHref: string;
}

interface Frame {
	fit: GeoPermissibleObjects;
	centre: Point;
	window: Window;
}

/** The frame around a point: a circle of `around` degrees, and a window wide enough for the frame's corners. */
function frameAround(point: Point, radius = around): Frame {
	const circle = geoCircle().center([point.longitude, point.latitude]).radius(radius)();
	const spread = (radius * 2.5) / Math.max(0.2, Math.cos((point.latitude * Math.PI) / 180));
	return { fit: circle, centre: point, window: [point.longitude - spread, point.latitude - radius * 2, point.longitude + spread, point.latitude + radius * 2] };
}

/** Draws a frame with its countries (one highlighted) and points. */
function draw(frame: Frame, world: readonly WorldCountry[], highlight: WorldCountry | undefined, points: (Omit<LocatorPoint, 'x' | 'y' | 'r' | 'ring' | 'label'> & { point: Point })[]) {
	const projection = geoAzimuthalEqualArea()
		.rotate([-frame.centre.longitude, -frame.centre.latitude])
		.fitExtent(
			[
				[16, 16],
				[size.width - 16, size.height - 16],
			],
			frame.fit,
		);
	const countries = drawCountries(world, projection, size, frame.window, highlight, 5000);
	const spots = points.flatMap((p) => {
		const xy = project(projection, p.point, size);
		return xy ? [{ ...xy, weight: p.main ? Infinity : 1, item: p }] : [];
	});
	const drawn: LocatorPoint[] = gather(spots, gatherRadius).map((g) => {
		const [first] = g.items;
		const r = first.main ? 5 : 3;
		return { x: g.x, y: g.y, r, ring: ringAround(r, first.approximate), main: first.main, detention: first.detention, approximate: first.approximate, text: first.text };
	});
	const labels = placeLabels(drawn, size, fontSize, countries.flatMap((c) => (c.label ? [nameBox(c.label, c.name, countryFontSize)] : [])));
	drawn.forEach((p, i) => (p.label = labels[i]));
	return { ...size, fontSize, countryFontSize, countries, points: drawn };
}

/** A country's largest piece of land: a country is framed by it, not by its farthest islands or territories (France's reach South America). */
function mainland(country: WorldCountry): GeoPermissibleObjects {
	const { geometry } = country.feature;
	if (geometry.type !== 'MultiPolygon') return geometry;
	const pieces = geometry.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
	return pieces.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/** The outline of the country a place lies in, if the atlas has it. */
const countryOutline = (archive: ArchiveIndex, world: readonly WorldCountry[], place: { id: string } | undefined) => {
	const country = countryOf(archive, place);
	return country && outlineOf(country, world);
};

const mapHref = (archive: ArchiveIndex, collection: 'places' | 'camps', id: string) => archive.links.href(`map/#${anchorOf(collection, id)}`);

/** The locator map of a place: at its point; else, for a country or a region, the places within it that have one. */
export function placeLocator(archive: ArchiveIndex, world: readonly WorldCountry[], place: RecordOf<'places'>): LocatorView | undefined {
	const name = titleOf(place);
	const point = pointOf(place);
	const outline = place.data.kind === 'country' ? outlineOf(place, world) : countryOutline(archive, world, place);
	if (point) {
		return {
			...draw(frameAround(point), world, outline, [{ point, main: true, detention: false, approximate: false, text: name }]),
			alt: `Map: ${name}${outline && outline.name !== name ? `, in ${outline.name}` : ''}, and the country around it.`,
			caption: `${name} at the point the GeoNames gazetteer gives${place.data.kind === 'district' ? ' for the district (its seat)' : ''}.`,
			mapHref: mapHref(archive, 'places', place.id),
		};
	}
	const within = placesWithin(archive, place).flatMap((p) => {
		const at = pointOf(p);
		return at ? [{ point: at, main: false, detention: false, approximate: false, text: titleOf(p) }] : [];
	});
	if (!within.length && !(place.data.kind === 'country' && outline)) return undefined;
	// A country is framed whole; a region by the places within it, with room around them.
	const frame: Frame = (() => {
		if (place.data.kind === 'country' && outline) {
			const main = mainland(outline);
			const [lon, lat] = geoCentroid(main);
			const [[w, s], [e, n]] = geoBounds(main);
			return { fit: main, centre: { latitude: lat, longitude: lon }, window: w > e ? [-180, s - 10, 180, n + 10] : [w - 10, s - 10, e + 10, n + 10] };
		}
		const points = within.map((p) => [p.point.longitude, p.point.latitude]);
		const [lon, lat] = geoCentroid({ type: 'MultiPoint', coordinates: points });
		const centre = { latitude: lat, longitude: lon };
		const base = frameAround(centre, 1.5);
		const lons = points.map((p) => p[0]);
		const lats = points.map((p) => p[1]);
		return {
			fit: { type: 'GeometryCollection', geometries: [{ type: 'MultiPoint', coordinates: points }, base.fit] },
			centre,
			window: [Math.min(...lons) - 12, Math.min(...lats) - 8, Math.max(...lons) + 12, Math.max(...lats) + 8],
		} as Frame;
	})();
	const count = within.length;
	return {
		...draw(frame, world, outline, within),
		alt: count ? `Map: ${name} and the ${count === 1 ? 'place' : `${count} places`} within it that the archive puts at a point.` : `Map: ${name} among the countries around it.`,
		caption: count ? `${name}${place.data.kind === 'country' ? '' : ', which has no point of its own,'} and the ${count === 1 ? 'place within it that has one' : `${count} places within it that have one`}.` : `${name} among the countries around it.`,
		mapHref: archive.links.href('map/'),
	};
}

/** The locator map of a place of detention: at its own point, or approximately at its town's or district's; none otherwise. */
export function campLocator(archive: ArchiveIndex, world: readonly WorldCountry[], camp: RecordOf<'camps'>): LocatorView | undefined {
	const placing = campPlacing(archive, camp);
	if (placing.precision === 'none') return undefined;
	const name = titleOf(camp);
	const approximate = placing.precision === 'approximate';
	const outline = countryOutline(archive, world, approximate ? placing.place : camp.data.location?.place);
	return {
		...draw(frameAround(placing.point), world, outline, [{ point: placing.point, main: true, detention: true, approximate, text: approximate ? titleOf(placing.place) : name }]),
		alt: approximate ? `Map: the approximate location of ${name}, at ${titleOf(placing.place)}.` : `Map: ${name}, at the point its source gives.`,
		caption: approximate
			? `Location approximate (town or district): the point of ${titleOf(placing.place)}, not of the site itself.`
			: 'At the point its source gives (see Coordinates above).',
		mapHref: mapHref(archive, 'camps', camp.id),
	};
}

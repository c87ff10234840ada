import { geoBounds, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Point } from './where.ts';

/**
 * Drawing maps as data an SVG template lays out: country outlines projected with d3-geo and
 * clipped to the frame, points, and labels set where they overlap nothing. Everything is made
 * when the site is built; a page carries only the finished shapes.
 */

/** A country of the atlas, with its extent worked out once. */
export interface WorldCountry {
	name: string;
	feature: Feature<Geometry, { name: string }>;
	/** West, south, east, north in degrees; west > east for a country across the 180th meridian. */
	bounds: [[number, number], [number, number]];
}

/** The atlas's countries (Natural Earth, as world-atlas ships them), each with its extent. */
export function worldOf(countries: FeatureCollection<Geometry, { name: string }>): WorldCountry[] {
	return countries.features.map((feature) => ({ name: feature.properties.name, feature, bounds: geoBounds(feature) }));
}

/** A window of longitudes and latitudes: west, south, east, north. */
export type Window = [number, number, number, number];

/** Whether a country's extent meets a window (one across the 180th meridian is taken to meet every longitude). */
function meets({ bounds: [[w, s], [e, n]] }: WorldCountry, [west, south, east, north]: Window): boolean {
	if (s > north || n < south) return false;
	return w > e || (w <= east && e >= west);
}

export interface DrawnCountry {
	name: string;
	/** The outline as SVG path data, clipped to the frame. */
	d: string;
	highlighted: boolean;
	/** Where its name goes, when enough of it is in view. */
	label?: { x: number; y: number };
}

/** Numbers in the SVG to a tenth of a unit: finer than a screen shows, and half the bytes of full precision. */
const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * A stream that drops each projected point nearer than `tolerance` to the last one kept: the
 * outlines lose detail no screen could show, and most of their bytes (China's outline drawn
 * whole on a small map shrinks from about 150 kB to a few).
 */
function thinned(out: GeoStream, tolerance: number): GeoStream {
	let last: [number, number] | undefined;
	let pending: [number, number] | undefined;
	return {
		point(x, y) {
			if (last && Math.hypot(x - last[0], y - last[1]) < tolerance) {
				pending = [x, y];
				return;
			}
			out.point(x, y);
			last = [x, y];
			pending = undefined;
		},
		// The last point of a line or ring is always kept, so that it ends where it should.
		lineStart() {
			last = pending = undefined;
			out.lineStart();
		},
		lineEnd() {
			if (pending) out.point(pending[0], pending[1]);
			out.lineEnd();
		},
		polygonStart: () => out.polygonStart(),
		polygonEnd: () => out.polygonEnd(),
		sphere: () => out.sphere?.(),
	};
}

/**
 * The countries seen in a frame, projected, clipped to it and thinned, the highlighted one
 * marked. Only countries whose extent meets `window` are projected, so a small map costs a few
 * countries, not the world.
 */
export function drawCountries(world: readonly WorldCountry[], projection: GeoProjection, size: { width: number; height: number }, window: Window, highlight?: WorldCountry, labelArea = 2500, tolerance = 1): DrawnCountry[] {
	projection.clipExtent([
		[0, 0],
		[size.width, size.height],
	]);
	const path = geoPath({ stream: (out) => projection.stream(thinned(out, tolerance)) }).digits(1);
	const drawn: DrawnCountry[] = [];
	for (const country of world) {
		if (!meets(country, window)) continue;
		const d = path(country.feature);
		if (!d) continue;
		const [x, y] = path.centroid(country.feature);
		const label = path.area(country.feature) >= labelArea && Number.isFinite(x) ? { x: tenth(x), y: tenth(y) } : undefined;
		drawn.push({ name: country.name, d, highlighted: country === highlight, label });
	}
	return drawn;
}

/** A point projected into the frame, or undefined when it falls outside it. */
export function project(projection: GeoProjection, point: Point, size: { width: number; height: number }): { x: number; y: number } | undefined {
	const xy = projection([point.longitude, point.latitude]);
	if (!xy || !(xy[0] >= 0 && xy[0] <= size.width && xy[1] >= 0 && xy[1] <= size.height)) return undefined;
	return { x: tenth(xy[0]), y: tenth(xy[1]) };
}

/** Things at points of the frame, gathered into groups no further than `radius` apart. */
export interface Group<T> {
	x: number;
	y: number;
	weight: number;
	items: T[];
}

/**
 * Gathers points that would overlap into one group, the heaviest first, each group at its
 * heaviest point. Points are hashed into cells of the radius, so each is compared only with the
 * groups of the cells around it: the cost grows with the number of points, not their square.
 */
export function gather<T>(spots: readonly { x: number; y: number; weight: number; item: T }[], radius: number): Group<T>[] {
	const groups: Group<T>[] = [];
	const cells = new Map<string, Group<T>[]>();
	const cell = (x: number, y: number) => `${Math.floor(x / radius)},${Math.floor(y / radius)}`;
	for (const spot of [...spots].sort((a, b) => b.weight - a.weight)) {
		const cx = Math.floor(spot.x / radius);
		const cy = Math.floor(spot.y / radius);
		let near: Group<T> | undefined;
		for (let dx = -1; dx <= 1 && !near; dx++) {
			for (let dy = -1; dy <= 1 && !near; dy++) {
				near = cells.get(`${cx + dx},${cy + dy}`)?.find((g) => Math.hypot(g.x - spot.x, g.y - spot.y) < radius);
			}
		}
		if (near) {
			near.items.push(spot.item);
			near.weight += spot.weight;
			continue;
		}
		const group = { x: spot.x, y: spot.y, weight: spot.weight, items: [spot.item] };
		groups.push(group);
		const key = cell(spot.x, spot.y);
		cells.set(key, [...(cells.get(key) ?? []), group]);
	}
	return groups;
}

/** How far outside a point its dashed ring is drawn, for a place of detention located only approximately. */
const ringGap = 4;

/** The radius of the dashed ring around a point of radius `r`, when it is drawn. */
export const ringAround = (r: number, approximate: boolean) => (approximate ? r + ringGap : undefined);

/** A box taken on the frame, by a marker or a label. */
interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** A label set beside its point: where its text starts (or ends, for `end`). */
export interface PlacedLabel {
	x: number;
	y: number;
	anchor: 'start' | 'end' | 'middle';
}

/**
 * Sets labels beside their points, in the order given (the most important first): to the right,
 * the left, above or below, wherever the text overlaps no marker (its dashed ring included), no
 * label set before it and stays in the frame. A label that fits nowhere is left out; the list
 * beside the map names every point anyway. Text widths are estimated (about 0.55 of the size a
 * letter, for a system sans).
 */
export function placeLabels(points: readonly { x: number; y: number; r: number; ring?: number; text: string }[], size: { width: number; height: number }, fontSize: number, taken: readonly Box[] = []): (PlacedLabel | undefined)[] {
	const reach = (p: (typeof points)[number]) => Math.max(p.r, p.ring ?? 0);
	const markers: Box[] = points.map((p) => ({ x: p.x - reach(p), y: p.y - reach(p), w: 2 * reach(p), h: 2 * reach(p) }));
	const labels: Box[] = [...taken];
	const inFrame = (box: Box) => box.x >= 0 && box.y >= 0 && box.x + box.w <= size.width && box.y + box.h <= size.height;
	return points.map((p, i) => {
		const w = p.text.length * fontSize * 0.55;
		const h = fontSize;
		const gap = reach(p) + 2;
		const tries: (PlacedLabel & { box: Box })[] = [
			{ x: p.x + gap, y: p.y + h * 0.35, anchor: 'start', box: { x: p.x + gap, y: p.y - h / 2, w, h } },
			{ x: p.x - gap, y: p.y + h * 0.35, anchor: 'end', box: { x: p.x - gap - w, y: p.y - h / 2, w, h } },
			{ x: p.x, y: p.y - gap - 2, anchor: 'middle', box: { x: p.x - w / 2, y: p.y - gap - h, w, h } },
			{ x: p.x, y: p.y + gap + h * 0.8, anchor: 'middle', box: { x: p.x - w / 2, y: p.y + gap, w, h } },
		];
		const fits = tries.find(({ box }) => inFrame(box) && !labels.some((b) => overlaps(box, b)) && !markers.some((b, j) => j !== i && overlaps(box, b)));
		if (!fits) return undefined;
		labels.push(fits.box);
		return { x: tenth(fits.x), y: tenth(fits.y), anchor: fits.anchor };
	});
}

/** The box a country's name takes, centred on its label point, so the labels of points keep clear of it. */
export const nameBox = (label: { x: number; y: number }, text: string, fontSize: number): Box => {
	const w = text.length * fontSize * 0.62;
	return { x: label.x - w / 2, y: label.y - fontSize / 2, w, h: fontSize };
};

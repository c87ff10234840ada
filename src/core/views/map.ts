import { geoConicEqualArea } from 'd3-geo';
import type { ArchiveIndex } from '../archive.ts';
import { label } from '../labels.ts';
import { drawCountries, gather, nameBox, placeLabels, project, ringAround, type DrawnCountry, type PlacedLabel } from '../map/draw.ts';
import { campPlacing, countryOf, pointOf, unplacedText, type Point, type UnplacedReason } from '../map/where.ts';
import { byName, titleOf, type RecordOf } from '../records.ts';
import { recordKey } from '../refs.ts';
import { linkTo, type LinkView } from './parts.ts';

/**
 * The map of the archive: Xinjiang, Kazakhstan and the countries around them, with every place
 * and place of detention the archive can put at a point, as markers sized by the accounts that
 * name them; and the same markers as a list, for readers who do not see the map.
 */

/** The frame of the overview, in SVG units. */
const size = { width: 800, height: 520 };
/** The overview's window: west, south, east, north. */
const window: [number, number, number, number] = [46, 34, 97, 56];
/** Markers nearer than this (in SVG units) are gathered into one, so the map's size is bounded by its area, not the archive's. */
const gatherRadius = 10;
const labelSize = 13;
const countryLabelSize = 11;

/** One record a marker stands for. */
interface MapEntryView extends LinkView {
	/** Its id in the list beside the map, which locator maps link to. */
	anchor: string;
	/** What it is: "City", "Re-education camp". */
	kind: string;
	detention: boolean;
	/** For a place of detention put at its town or district: that place's name. */
	approximateAt?: string;
	/** Whether the archive, not a source, locates it there. */
	inferred: boolean;
	/** How many testimonies name it. */
	accounts: number;
}

export interface MapMarkerView {
	x: number;
	y: number;
	r: number;
	/** Its one record's page, or its item in the list when it stands for several. */
	href: string;
	name: string;
	/** The label beside it on the map: its name, and how many more it stands for. */
	labelText: string;
	/** What a pointer's tooltip says: the names, what they are and the accounts. */
	title: string;
	label?: PlacedLabel;
	detention: boolean;
	/** Whether every place of detention it holds is put there approximately. */
	approximate: boolean;
	/** The radius of the dashed ring drawn around it when it is. */
	ring?: number;
	accounts: number;
	entries: MapEntryView[];
}

interface Located {
	record: RecordOf<'places'> | RecordOf<'camps'>;
	point: Point;
	entry: MapEntryView;
	testimonies: Set<string>;
	/** The country it lies in, for the list. */
	country: string;
}

/** The id of a record's item in the list beside the map. */
export const anchorOf = (collection: 'places' | 'camps', id: string) => `at-${collection}-${id}`;

/** Where the list files a place no country is recorded for. */
const noCountry = 'Country not recorded';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Everything the archive can put at a point: places with coordinates, and places of detention at their own point or their place's. */
function locatedRecords(archive: ArchiveIndex) {
	const located: Located[] = [];
	const unplaced = new Map<UnplacedReason, number>();
	const testimoniesOf = (collection: 'places' | 'camps', id: string) => new Set(archive.referrers(recordKey(collection, id), 'testimonies').map((t) => t.id));
	const countryName = (place: { id: string } | undefined) => {
		const country = countryOf(archive, place);
		return country ? titleOf(country) : noCountry;
	};
	for (const place of archive.of('places')) {
		const point = pointOf(place);
		if (!point) continue;
		const testimonies = testimoniesOf('places', place.id);
		located.push({ record: place, point, testimonies, country: countryName(place), entry: { ...linkTo(archive, place), anchor: anchorOf('places', place.id), kind: label(place.data.kind), detention: false, inferred: false, accounts: testimonies.size } });
	}
	let exact = 0;
	for (const camp of archive.of('camps')) {
		const placing = campPlacing(archive, camp);
		if (placing.precision === 'none') {
			unplaced.set(placing.reason, (unplaced.get(placing.reason) ?? 0) + 1);
			continue;
		}
		if (placing.precision === 'exact') exact++;
		const testimonies = testimoniesOf('camps', camp.id);
		const at = placing.precision === 'approximate' ? placing.place : camp.data.location?.place;
		located.push({
			record: camp,
			point: placing.point,
			testimonies,
			country: countryName(at),
			entry: { ...linkTo(archive, camp), anchor: anchorOf('camps', camp.id), kind: label(camp.data.kind), detention: true, inferred: camp.data.location?.inferred ?? false, approximateAt: placing.precision === 'approximate' ? titleOf(placing.place) : undefined, accounts: testimonies.size },
		});
	}
	const camps = archive.of('camps').length;
	return {
		located,
		counts: {
			places: { located: located.filter((l) => !l.entry.detention).length, total: archive.of('places').length },
			camps: {
				total: camps,
				exact,
				approximate: located.filter((l) => l.entry.approximateAt).length,
				unplaced: [...unplaced].map(([reason, count]) => ({ reason, count, text: unplacedText[reason] })),
			},
		},
	};
}

/** The map page: the overview, its markers as a list by country, what lies outside it, and how much of the archive is on it. */
export function mapView(archive: ArchiveIndex) {
	const world = archive.options.world ?? [];
	const { located, counts } = locatedRecords(archive);
	const [west, south, east, north] = window;
	const projection = geoConicEqualArea()
		.parallels([38, 52])
		.rotate([-(west + east) / 2, 0])
		.fitExtent(
			[
				[0, 0],
				[size.width, size.height],
			],
			{ type: 'MultiPoint', coordinates: [[west, south], [east, south], [east, north], [west, north], [(west + east) / 2, north], [(west + east) / 2, south]] },
		);
	const countries: DrawnCountry[] = drawCountries(world, projection, size, window, undefined, 3000);

	const inFrame: { x: number; y: number; weight: number; item: Located }[] = [];
	const elsewhere: Located[] = [];
	for (const l of located) {
		const xy = project(projection, l.point, size);
		if (xy) inFrame.push({ ...xy, weight: l.testimonies.size + 1, item: l });
		else elsewhere.push(l);
	}
	const groups = gather(inFrame, gatherRadius);
	const most = Math.max(1, ...groups.map((g) => new Set(g.items.flatMap((i) => [...i.testimonies])).size));
	const markers: (MapMarkerView & { country: string })[] = groups.map((g) => {
		// Places first, then places of detention; each by name.
		const items = [...g.items].sort((a, b) => Number(a.entry.detention) - Number(b.entry.detention) || byName(a.record, b.record));
		const accounts = new Set(items.flatMap((i) => [...i.testimonies])).size;
		const entries = items.map((i) => i.entry);
		const first = items[0];
		const detentions = entries.filter((e) => e.detention);
		const name = first.entry.detention && first.entry.approximateAt ? first.entry.approximateAt : first.entry.title;
		// Other places the marker stands for; places of detention put at one of them are not counted.
		const more = items.filter((i) => i !== first && !i.entry.approximateAt).length;
		const r = Math.round((4 + 8 * Math.sqrt(accounts / most)) * 10) / 10;
		const approximate = detentions.length > 0 && detentions.every((e) => e.approximateAt);
		return {
			x: g.x,
			y: g.y,
			r,
			href: entries.length === 1 ? first.entry.href : `#${first.entry.anchor}`,
			name,
			title: [entries.map((e) => e.title).join('; '), detentions.length ? plural(detentions.length, 'place of detention', 'places of detention') : '', plural(accounts, 'account')].filter(Boolean).join(' · '),
			detention: detentions.length > 0,
			approximate,
			ring: ringAround(r, approximate),
			accounts,
			entries,
			country: first.country,
			labelText: more > 0 ? `${name} +${more}` : name,
		};
	});
	// Labels: country names first, then markers with places of detention, then the others, each
	// by accounts, where it overlaps nothing.
	const countryBoxes = countries.flatMap((c) => (c.label ? [nameBox(c.label, c.name, countryLabelSize)] : []));
	const byWeight = [...markers].sort((a, b) => Number(b.detention) - Number(a.detention) || b.accounts - a.accounts || a.name.localeCompare(b.name));
	const placed = placeLabels(
		byWeight.map((m) => ({ x: m.x, y: m.y, r: m.r, ring: m.ring, text: m.labelText })),
		size,
		labelSize,
		countryBoxes,
	);
	byWeight.forEach((m, i) => (m.label = placed[i]));

	const byCountry = new Map<string, MapMarkerView[]>();
	for (const m of [...markers].sort((a, b) => a.name.localeCompare(b.name))) byCountry.set(m.country, [...(byCountry.get(m.country) ?? []), m]);
	return {
		...size,
		fontSize: labelSize,
		countryFontSize: countryLabelSize,
		countries,
		markers,
		list: [...byCountry].sort(([a], [b]) => Number(a === noCountry) - Number(b === noCountry) || a.localeCompare(b)).map(([country, ms]) => ({ country, markers: ms })),
		elsewhere: elsewhere.sort((a, b) => byName(a.record, b.record)).map((l) => ({ ...l.entry, country: l.country })),
		counts,
	};
}

export type MapView = ReturnType<typeof mapView>;

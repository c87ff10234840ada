import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { dataFileNames } from '../../src/core/export/files.ts';
import { buildDataExport } from '../../src/core/export/index.ts';
import { gather, placeLabels, worldOf } from '../../src/core/map/draw.ts';
import type { ArchiveRecord } from '../../src/core/records.ts';
import { campLocator, placeLocator } from '../../src/core/views/locator.ts';
import { mapView } from '../../src/core/views/map.ts';
import { csvRecords } from './csv-reader.ts';
import { fixtureArchive, recordIn } from './test-utils.ts';

// The atlas the site draws, read as the site reads it.
const topology = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const world = worldOf(feature(topology, topology.objects.countries));

/** Changes one record's data. */
const editing = (collection: string, id: string, change: (data: Record<string, unknown>) => Record<string, unknown>) => (records: ArchiveRecord[]) =>
	records.map((r) => (r.collection === collection && r.id === id ? ({ ...r, data: change({ ...r.data }) } as ArchiveRecord) : r));
const chain = (...edits: ((records: ArchiveRecord[]) => ArchiveRecord[])[]) => (records: ArchiveRecord[]) => edits.reduce((rs, edit) => edit(rs), records);

const mockville = { href: '/places/mockville/', title: 'Mockville', anchor: 'at-places-mockville', kind: 'City', detention: false, inferred: false, accounts: 2 };
const camp1 = { href: '/camps/mockville-camp-no-1/', title: 'Mockville Camp No. 1', anchor: 'at-camps-mockville-camp-no-1', kind: 'Re-education camp', detention: true, inferred: false, approximateAt: 'Mockville', accounts: 1 };
const seventh = { href: '/camps/7th-street-detention-centre/', title: '7th Street Detention Centre', anchor: 'at-camps-7th-street-detention-centre', kind: 'Detention centre', detention: true, inferred: true, approximateAt: 'Mockville', accounts: 1 };

describe('the map of the archive', () => {
	const map = mapView(fixtureArchive('core-archive', { world }));

	it('puts a place at its recorded point, and the places of detention in it there, approximately, as one marker', () => {
		expect(map.markers).toHaveLength(1);
		const [marker] = map.markers;
		expect(marker.entries).toEqual([mockville, seventh, camp1]);
		expect(marker).toMatchObject({ name: 'Mockville', labelText: 'Mockville', detention: true, approximate: true, accounts: 2, href: '#at-places-mockville' });
		expect(marker.title).toBe('Mockville; 7th Street Detention Centre; Mockville Camp No. 1 · 2 places of detention · 2 accounts');
		expect(marker.x).toBeGreaterThan(0);
		expect(marker.x).toBeLessThan(map.width);
		expect(map.list).toEqual([{ country: 'Fictistan', markers: [marker] }]);
		expect(map.elsewhere).toEqual([]);
	});

	it('counts what it places, and what it cannot, by reason', () => {
		expect(map.counts).toEqual({ places: { located: 1, total: 3 }, camps: { total: 2, exact: 0, approximate: 2, unplaced: [] } });
		const none = mapView(fixtureArchive('core-archive', { world, edit: chain(editing('places', 'mockville', (d) => ({ ...d, coordinates: undefined })), editing('camps', '7th-street-detention-centre', (d) => ({ ...d, location: { ...(d.location as object), place: { collection: 'places', id: 'north-testovia' } } }))) }));
		expect(none.markers).toEqual([]);
		expect(none.counts.camps.unplaced).toEqual([
			{ reason: 'area', count: 1, text: 'the sources locate it only in a region or a country' },
			{ reason: 'place-without-point', count: 1, text: 'the place the sources locate it in has no point in the archive yet' },
		]);
	});

	it('puts a place of detention at its own point where a source gives one', () => {
		const own = { value: '41.0 N, 75.0 E', latitude: 41, longitude: 75, source: { collection: 'sources', id: 'herald-interview' }, quote: 'which stands on the road north of Mockville' };
		const archive = fixtureArchive('core-archive', { world, edit: editing('camps', 'mockville-camp-no-1', (d) => ({ ...d, location: { ...(d.location as object), coordinates: own } })) });
		const exact = mapView(archive);
		expect(exact.counts.camps).toMatchObject({ exact: 1, approximate: 1 });
		expect(exact.markers.map((m) => m.entries.map((e) => e.title))).toEqual([['Mockville', '7th Street Detention Centre'], ['Mockville Camp No. 1']]);
		expect(exact.markers[1]).toMatchObject({ approximate: false, detention: true, href: '/camps/mockville-camp-no-1/' });
		const view = archive.views.camps(recordIn(archive, 'camps', 'mockville-camp-no-1'));
		expect(view.location?.coordinates).toMatchObject({ text: '41° N, 75° E', value: '41.0 N, 75.0 E' });
		expect(view.location?.approximateAt).toBeUndefined();
		expect(view.locator?.caption).toBe('At the point its source gives (see Coordinates above).');
	});

	it('lists the places outside its frame apart, and marks none of them', () => {
		const far = mapView(fixtureArchive('core-archive', { world, edit: editing('places', 'mockville', (d) => ({ ...d, coordinates: { latitude: 40.71, longitude: -74.01, geonames: 9999001 } })) }));
		expect(far.markers).toEqual([]);
		expect(far.elsewhere.map((e) => e.title)).toEqual(['7th Street Detention Centre', 'Mockville', 'Mockville Camp No. 1']);
	});

	it('gathers markers that would overlap, so that its size is bounded by its area, not by the archive', () => {
		const spots = Array.from({ length: 20000 }, (_, i) => ({ x: (i * 37) % 800, y: (i * 53) % 520, weight: 1, item: i }));
		const groups = gather(spots, 10);
		expect(groups.length).toBeLessThan(6000);
		expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(20000);
		expect(gather([{ x: 5, y: 5, weight: 1, item: 'a' }, { x: 8, y: 5, weight: 3, item: 'b' }, { x: 40, y: 5, weight: 1, item: 'c' }], 10)).toEqual([
			{ x: 8, y: 5, weight: 4, items: ['b', 'a'] },
			{ x: 40, y: 5, weight: 1, items: ['c'] },
		]);
	});
});

describe('the locator maps', () => {
	const archive = fixtureArchive('core-archive', { world });

	it('show a place at its point, and a place of detention at its town with its location said to be approximate', () => {
		const place = placeLocator(archive, world, recordIn(archive, 'places', 'mockville'))!;
		expect(place.points).toMatchObject([{ main: true, detention: false, approximate: false, text: 'Mockville' }]);
		expect(place.caption).toBe('Mockville at the point the GeoNames gazetteer gives.');
		expect(place.mapHref).toBe('/map/#at-places-mockville');
		const camp = campLocator(archive, world, recordIn(archive, 'camps', 'mockville-camp-no-1'))!;
		expect(camp.points).toMatchObject([{ main: true, detention: true, approximate: true, text: 'Mockville' }]);
		expect(camp.alt).toBe('Map: the approximate location of Mockville Camp No. 1, at Mockville.');
		expect(camp.caption).toBe('Location approximate (town or district): the point of Mockville, not of the site itself.');
		// The dashed ring that says so is drawn around the point, and its label is set outside the ring.
		expect(camp.points[0]).toMatchObject({ r: 5, ring: 9 });
		expect(placeLabels([{ x: 100, y: 100, r: 5, ring: 9, text: 'Mockville' }], { width: 400, height: 200 }, 12)).toEqual([{ x: 111, y: 104.2, anchor: 'start' }]);
		// The countries around the point are drawn, Natural Earth's, and none is Fictistan.
		expect(place.countries.map((c) => c.name)).toContain('China');
		expect(place.countries.filter((c) => c.highlighted)).toEqual([]);
	});

	it('show a region or a country by the places within it, and a country named as the atlas names it in its outline', () => {
		const region = placeLocator(archive, world, recordIn(archive, 'places', 'north-testovia'))!;
		expect(region.points).toMatchObject([{ main: false, text: 'Mockville' }]);
		expect(region.caption).toBe('North Testovia, which has no point of its own, and the place within it that has one.');
		expect(region.mapHref).toBe('/map/');
		const renamed = fixtureArchive('core-archive', { world, edit: editing('places', 'fictistan', (d) => ({ ...d, name: 'Kazakhstan' })) });
		const country = placeLocator(renamed, world, recordIn(renamed, 'places', 'fictistan'))!;
		expect(country.countries.filter((c) => c.highlighted).map((c) => c.name)).toEqual(['Kazakhstan']);
		expect(country.caption).toBe('Kazakhstan and the place within it that has one.');
		// Mockville, now in Kazakhstan, has its country drawn highlighted around it.
		expect(placeLocator(renamed, world, recordIn(renamed, 'places', 'mockville'))!.countries.filter((c) => c.highlighted).map((c) => c.name)).toEqual(['Kazakhstan']);
	});

	it('leave out what has no point: a place of detention located only in a region has no map', () => {
		const regional = fixtureArchive('core-archive', { world, edit: editing('camps', 'mockville-camp-no-1', (d) => ({ ...d, location: { ...(d.location as object), place: { collection: 'places', id: 'north-testovia' } } })) });
		expect(campLocator(regional, world, recordIn(regional, 'camps', 'mockville-camp-no-1'))).toBeUndefined();
		expect(regional.views.camps(recordIn(regional, 'camps', 'mockville-camp-no-1')).locator).toBeUndefined();
	});
});

describe('a withheld location on the map', () => {
	// The withheld camp is given a place with a point and a point of its own from a source: neither may show.
	const own = { value: '44.123456 N, 80.654321 E', latitude: 44.123456, longitude: 80.654321, source: { collection: 'sources', id: 'village-teacher' }, quote: 'a school that had been turned into a camp' };
	const located = chain(
		editing('places', 'north', (d) => ({ ...d, coordinates: { latitude: 44.2, longitude: 80.4, geonames: 9999002 } })),
		editing('camps', 'school-camp', (d) => ({ ...d, location: { ...(d.location as object), place: { collection: 'places', id: 'north' }, coordinates: own } })),
	);
	const archive = fixtureArchive('withheld', { world, edit: located });
	const map = mapView(archive);

	it('is in no marker, no list and no count of its own, and its point is nowhere', () => {
		const text = JSON.stringify(map);
		expect(text).not.toContain('school-camp');
		expect(text).not.toContain('Camp in a village school');
		for (const n of ['44.123456', '80.654321']) expect(text).not.toContain(n);
		expect(map.markers.flatMap((m) => m.entries.map((e) => e.href))).toEqual(['/places/north/']);
		expect(map.markers[0]).toMatchObject({ detention: false, approximate: false });
		expect(map.counts.camps).toEqual({ total: 1, exact: 0, approximate: 0, unplaced: [{ reason: 'not-located', count: 1, text: 'the archive records no location' }] });
	});

	it('cannot be told apart from a place of detention the sources do not locate', () => {
		const unlocated = fixtureArchive('withheld', { world, edit: chain(located, editing('camps', 'school-camp', (d) => ({ ...d, location: undefined, withholdLocation: undefined }))) });
		expect(map).toEqual(mapView(unlocated));
		const place = (a: typeof archive) => a.views.places(recordIn(a, 'places', 'north'));
		expect(JSON.stringify(place(archive))).toBe(JSON.stringify(place(unlocated)));
	});

	it('is in no file of the data export: neither its point, nor its place, nor the words that give them', () => {
		const { pieces } = buildDataExport(archive);
		const files = Object.fromEntries(dataFileNames.map((name) => [name, [...pieces(name)].join('')]));
		for (const [name, text] of Object.entries(files)) {
			for (const secret of ['44.123456', '80.654321', 'a school that had been turned into a camp', 'Secretvillage']) expect(text.includes(secret), `${name} has “${secret}”`).toBe(false);
		}
		const camps = JSON.parse(files['archive.json']).records.camps as Record<string, unknown>[];
		expect(camps.map((c) => [c.id, c.location])).toEqual([['school-camp', undefined]]);
		expect(csvRecords(files['camps.csv'])[0]).toMatchObject({ 'location.place': '', 'location.coordinates.latitude': '', 'location.coordinates.longitude': '', 'location.coordinates.value': '' });
		// The place keeps its own point from the gazetteer, which says nothing of the camp.
		expect(csvRecords(files['places.csv'])[0]).toMatchObject({ id: 'north', 'coordinates.latitude': '44.2', 'coordinates.geonames': '9999002' });
	});

	it('has no locator map, and its place’s map does not show it', () => {
		const camp = archive.views.camps(recordIn(archive, 'camps', 'school-camp'));
		expect(camp.location).toBeUndefined();
		expect(camp.locator).toBeUndefined();
		const north = archive.views.places(recordIn(archive, 'places', 'north'));
		expect(north.locator?.points).toMatchObject([{ main: true, detention: false, text: 'Northern district' }]);
		expect(north.camps).toMatchObject({ links: [], count: 0 });
	});
});

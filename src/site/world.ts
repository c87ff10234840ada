import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { worldOf } from '../core/map/draw.ts';

/**
 * The countries the maps draw: Natural Earth's 1:110m outlines as world-atlas ships them
 * (public domain), read once per build and handed to the archive core as data. At the size the
 * maps are drawn, the 1:50m outlines looked the same, but took 35 times as long to draw a
 * locator map (about 110 ms a page) and made the map page ten times as large.
 */
const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
export const world = worldOf(feature(topology, topology.objects.countries));

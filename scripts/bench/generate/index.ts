// Generates a synthetic archive of N testimonies, with people, camps, places, organisations and
// sources in the proportions of a real one, for the benchmark (`npm run bench`).
// Deterministic: the same size and seed give the same files, byte for byte.
// Every name is obviously fake ("Mockbek Alpha-0042", "Camp Synthetic-7", "Testvale-0012").
//
// Every step draws from one stream of random numbers, so their order is part of the output:
// each kind is planned in turn, then each source's text is written (entering the claims, events
// and quotes it supports on the records they concern), then every record.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { CollectionName } from '../../../src/schemas/common.ts';
import { createRandom } from '../random.ts';
import { textQueries } from '../text.ts';
import { copyProject } from '../../temp-project.ts';
import { planCamps, writeCamps } from './camps.ts';
import type { Archive } from './model.ts';
import { planOrganizations, writeOrganizations } from './organizations.ts';
import { planPeople, writePeople } from './people.ts';
import { planPlaces, writePlaces } from './places.ts';
import { planSources, writeSources } from './sources.ts';
import { planTestimonies, writeTestimonies } from './testimonies.ts';
import type { Emit } from './write.ts';

export type { Emit } from './write.ts';

/** Records per 1,000 testimonies, from the proportions of the hand-made archive. */
const proportions = { people: 1500, camps: 60, places: 150, organizations: 40, sources: 120 } as const;

export interface GenerateOptions {
	testimonies: number;
	seed?: number;
	/** The day every capture "entered the archive"; fixed so that output does not depend on today. */
	added?: string;
}

export interface GenerateSummary {
	counts: Record<CollectionName, number>;
	files: number;
	bytes: number;
	/** Average words of a source's text. */
	sourceWords: number;
	/** Names that exist in the archive, for search queries. */
	queries: string[];
	/** Words the texts contain, for text search queries. */
	textQueries: string[];
	/** A typical testimony, for the page-size measurement. */
	sampleTestimony: string;
}

/** Generates the archive and hands every file to `emit`. */
export function generateArchive(options: GenerateOptions, emit: Emit): GenerateSummary {
	const n = Math.max(1, Math.round(options.testimonies));
	const random = createRandom(options.seed ?? 1);
	const scaled = (per1000: number, min: number) => Math.max(min, Math.round((per1000 * n) / 1000));
	const counts = {
		sources: scaled(proportions.sources, 2),
		testimonies: n,
		people: scaled(proportions.people, 8),
		camps: scaled(proportions.camps, 2),
		places: scaled(proportions.places, 6),
		organizations: scaled(proportions.organizations, 2),
	} satisfies Record<CollectionName, number>;
	let files = 0;
	let bytes = 0;
	const write: Emit = (path, text) => {
		files++;
		bytes += Buffer.byteLength(text);
		emit(path, text);
	};

	const geography = planPlaces(random, counts.places);
	const camps = planCamps(random, counts.camps, geography);
	const organizations = planOrganizations(random, counts.organizations);
	const cast = planPeople(random, counts, geography.localities, camps.length);
	const sources = planSources(random, counts.sources, cast);
	const planned = { random, ...geography, camps, organizations, ...cast, sources };
	const archive: Archive = { ...planned, testimonies: planTestimonies(n, planned) };

	const sourceWords = writeSources(archive, options.added ?? '2024-06-01', write);
	writeTestimonies(archive, write);
	writePeople(archive, write);
	writeCamps(archive, write);
	writePlaces(archive, write);
	writeOrganizations(archive, write);

	const { people, testimonies } = archive;
	const queryAt = (i: number) => {
		for (let k = i; k < testimonies.length; k++) {
			const p = people[testimonies[k].detainee];
			if (p.named && !p.distinctFrom.length) return p.name;
		}
		return people[cast.detainees[0]].name;
	};
	return {
		counts,
		files,
		bytes,
		sourceWords,
		queries: [queryAt(Math.floor(n / 2)), queryAt(Math.floor(n / 3)), queryAt(Math.floor((2 * n) / 3))],
		textQueries,
		sampleTestimony: testimonies[Math.floor(n / 2)].id,
	};
}

/**
 * Writes a complete project in a new folder under the system's temp dir (or `out`): a copy of
 * the project's code, its packages linked (see scripts/temp-project.ts), and content/ generated.
 * Never touches the project.
 */
export function createBenchProject(options: GenerateOptions & { projectRoot: string; out?: string }): { dir: string; summary: GenerateSummary } {
	const dir = options.out ? resolve(options.out) : mkdtempSync(join(tmpdir(), `archive-bench-${options.testimonies}-`));
	const projectRoot = resolve(options.projectRoot);
	if (dir === projectRoot || dir.startsWith(`${projectRoot}/`)) throw new Error(`refusing to generate inside the project (${dir})`);
	mkdirSync(dir, { recursive: true });
	if (existsSync(join(dir, 'content'))) throw new Error(`${dir} already has a content/ folder`);
	copyProject(projectRoot, dir);
	const made = new Set<string>();
	const summary = generateArchive(options, (path, text) => {
		const file = join(dir, 'content', path);
		const folder = dirname(file);
		if (!made.has(folder)) {
			mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		writeFileSync(file, text);
	});
	return { dir, summary };
}

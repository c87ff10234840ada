// Generates a synthetic archive of N testimonies, with people, camps, places, organisations and
// sources in the proportions of a real one, for the benchmark (`npm run bench`).
// Deterministic: the same size and seed give the same files, byte for byte.
// Every name is obviously fake ("Mockbek Alpha-0042", "Camp Synthetic-7", "Testvale-0012").
//
//   node scripts/bench/generate.ts --testimonies 1000 [--seed 1] [--out DIR] [--check] [--json]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { copyProject } from '../temp-project.ts';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import type { CollectionName } from '../../src/schemas/common.ts';
import { createRandom } from './random.ts';
import {
	capitalize,
	datePhrase,
	durationPhrase,
	ethnicities,
	experienceLines,
	families,
	familyVariants,
	fillerSentence,
	givenEndings,
	givenStems,
	headlineHooks,
	occupations,
	officialRoles,
	orgEventVerbs,
	placeStems,
	profileTails,
	publishers,
	randomDate,
	relationVerbs,
	relationWords,
	relativeLines,
	releaseTails,
	withNumber,
	type SyntheticDate,
} from './text.ts';

/** Records per 1,000 testimonies, from the proportions of the hand-made archive. */
export const proportions = { people: 1500, camps: 60, places: 150, organizations: 40, sources: 120 } as const;

export interface GenerateOptions {
	testimonies: number;
	seed?: number;
	/** The day every capture "entered the archive"; fixed so that output does not depend on today. */
	added?: string;
}

/** Receives each file: a path under content/ (e.g. "people/x.md") and its text. */
export type Emit = (path: string, text: string) => void;

export interface GenerateSummary {
	counts: Record<CollectionName, number>;
	files: number;
	bytes: number;
	/** Average words of a source's text. */
	sourceWords: number;
	/** Names that exist in the archive, for search queries. */
	queries: string[];
	/** A typical testimony, for the page-size measurement. */
	sampleTestimony: string;
}

type Id = string;
interface Claim {
	value: string;
	source: Id;
	quote?: string;
}
interface Dated extends SyntheticDate {
	inferred?: boolean;
	basis?: string;
}
interface Event {
	date: Dated;
	text: string;
	source: Id;
	quote?: string;
}
interface Alias {
	name: string;
	source?: Id;
}

interface Person {
	id: Id;
	name: string;
	given: string;
	named: boolean;
	kind: 'detainee' | 'relative' | 'author' | 'official';
	/** The name the archive publishes instead of a withheld identity. */
	publicName?: string;
	aliases: Alias[];
	distinctFrom: Id[];
	roles: Set<string>;
	ethnicity: Claim[];
	citizenship: Claim[];
	age: Claim[];
	occupation: Claim[];
	relations: { person: Id; relation: string; source: Id; quote?: string }[];
	detentions: { camp: Id; start?: Dated; end?: Dated; duration?: string; source: Id; quote?: string }[];
	events: Event[];
	village: number;
	/** For a relative: the detainee and what the relative is to them. */
	of?: number;
	relation?: string;
	relatives: number[];
	camp?: number;
	profiled: boolean;
	related: Set<Id>;
	facts: string[];
}
interface Camp {
	id: Id;
	name: string;
	named: boolean;
	kind: string;
	word: string;
	place: number;
	aliases: Alias[];
	location?: { place: Id; description: string; source: Id; quote?: string; inferred?: boolean };
	figures: { what: string; value: string; date?: Dated; reportedBy?: Id; source: Id; quote: string }[];
}
interface Place {
	id: Id;
	name: string;
	kind: string;
	partOf?: number;
	partOfSource?: Id;
	partOfInferred: boolean;
	aliases: Alias[];
}
interface Organization {
	id: Id;
	name: string;
	kind: string;
	country: string;
	aliases: Alias[];
	distinctFrom: { organization: Id; note: string; source?: Id }[];
	events: Event[];
}
interface Source {
	id: Id;
	title: string;
	standfirst?: string;
	author: number;
	publisher: string;
	published: Dated & { basis: 'stated' | 'address' | 'inferred'; note?: string };
	url: string;
	related: { source: Id; relation: string }[];
	primary: number[];
	secondary: number[];
}
interface Testimony {
	id: Id;
	kind: 'first-hand' | 'reported' | 'summarised';
	detainee: number;
	witness?: number;
	subjects: number[];
	reporter?: number;
	camps: number[];
	places: number[];
	organizations: number[];
	experiences: string[];
	start: Dated;
	end?: Dated;
	duration: string;
	source: number;
	secondary?: number;
	title: string;
	durations: { text: string; of: string; source: Id; quote?: string }[];
	events: Event[];
	quotes: { text: string; source: Id; speaker?: Id }[];
	disagreements: { topic: string; claims: Claim[]; note?: string }[];
	/** The detention sentence and its source, for a disagreement with a second source. */
	stated?: Claim;
}

const campKinds = [
	{ kind: 're-education-camp', word: 'Camp', weight: 0.55 },
	{ kind: 'prison', word: 'Prison', weight: 0.15 },
	{ kind: 'detention-centre', word: 'Detention Centre', weight: 0.1 },
	{ kind: 'forced-labour-factory', word: 'Factory', weight: 0.08 },
	{ kind: 'police-station', word: 'Police Station', weight: 0.05 },
	{ kind: 'hospital', word: 'Hospital', weight: 0.04 },
	{ kind: 'hostel', word: 'Hostel', weight: 0.03 },
];
const organizationKinds = [
	{ kind: 'human-rights-group', name: 'Synthetic Rights Watch', country: 'Fictistan' },
	{ kind: 'media', name: 'Mock News Agency', country: 'Fictistan' },
	{ kind: 'government', name: 'Testland Ministry of Order', country: 'Testland' },
	{ kind: 'security-service', name: 'Fictional Security Bureau', country: 'Testland' },
	{ kind: 'police', name: 'Testland Public Security Unit', country: 'Testland' },
	{ kind: 'court', name: 'Synthetic People’s Court', country: 'Testland' },
	{ kind: 'civil-society', name: 'Sample Returnees Association', country: 'Fictistan' },
	{ kind: 'international-body', name: 'Placeholder Commission on Detention', country: 'Fictistan' },
];
const warningsOf: Record<string, string> = {
	torture: 'torture',
	'sexual-violence': 'sexual-violence',
	death: 'death',
	'death-in-custody': 'death',
	'suicide-attempt': 'suicide',
	'forced-medication': 'forced-medication',
};
/** Experiences a testimony may add to arrest and detention, the rarer ones rarer. */
const commonExperiences = ['interrogation', 'political-indoctrination', 'surveillance', 'threats', 'family-separation', 'forced-labour', 'deprivation-of-food-or-water', 'restriction-of-religion', 'confiscation-of-documents', 'harassment', 'house-arrest', 'imprisonment', 'torture', 'denial-of-medical-care', 'forced-confession', 'confiscation-of-property', 'exile', 'prosecution'];
const rareExperiences = ['sexual-violence', 'forced-medication', 'death', 'death-in-custody', 'suicide-attempt', 'forced-renunciation-of-citizenship'];

export const slug = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Writes a record: YAML front matter (every string double-quoted) and a Markdown body. */
function record(data: Record<string, unknown>, body: string): string {
	const clean = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(clean);
		if (value && typeof value === 'object') {
			const out: Record<string, unknown> = {};
			for (const [k, v] of Object.entries(value)) {
				if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
				out[k] = clean(v);
			}
			return out;
		}
		return value;
	};
	const yaml = stringify(clean(data), { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
	return `---\n${yaml}---\n${body.trim()}\n`;
}

/** Generates the archive and hands every file to `emit`. */
export function generateArchive(options: GenerateOptions, emit: Emit): GenerateSummary {
	const n = Math.max(1, Math.round(options.testimonies));
	const random = createRandom(options.seed ?? 1);
	const added = options.added ?? '2024-06-01';
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

	// Places: two countries, a region, prefectures, districts, then towns and villages.
	const places: Place[] = [];
	const width = (count: number) => Math.max(4, String(count).length);
	const placeWidth = width(counts.places);
	const addPlace = (name: string, kind: string, partOf?: number) =>
		places.push({ id: slug(name), name, kind, partOf, partOfInferred: partOf === undefined ? false : random.chance(0.4), aliases: [] }) - 1;
	addPlace('Testland', 'country');
	addPlace('Fictistan', 'country');
	const region = addPlace('Synthetic Autonomous Region', 'region', 0);
	places[region].partOfInferred = true;
	const prefectures: number[] = [];
	const districts: number[] = [];
	const localities: number[] = [];
	const prefectureCount = Math.max(1, Math.round(counts.places * 0.04));
	const districtCount = Math.max(1, Math.round(counts.places * 0.16));
	for (let i = places.length; i < counts.places; i++) {
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
	for (const d of districts) if (random.chance(0.3)) places[d].aliases.push({ name: places[d].name.replace(' District-', ' County-') });

	// Camps, a few of which get most of the accounts.
	const camps: Camp[] = [];
	for (let c = 0; c < counts.camps; c++) {
		let roll = random.next();
		const type = campKinds.find((k) => (roll -= k.weight) < 0) ?? campKinds[0];
		const place = random.chance(0.5) ? random.pick(districts) : localities[random.skewed(localities.length, 1.5)];
		const named = !random.chance(0.05);
		const name = named ? `${type.word} Synthetic-${c + 1}` : `Unnamed ${type.word.toLowerCase()} near ${places[place].name} (site ${c + 1}, not named)`;
		camps.push({ id: named ? slug(name) : `unnamed-site-${c + 1}`, name, named, kind: type.kind, word: type.word, place, aliases: [], figures: [] });
	}

	// Organisations.
	const organizations: Organization[] = [];
	for (let o = 0; o < counts.organizations; o++) {
		const type = organizationKinds[o % organizationKinds.length];
		const name = `${type.name}-${o + 1}`;
		const org: Organization = { id: slug(name), name, kind: type.kind, country: type.country, aliases: [], distinctFrom: [], events: [] };
		if (random.chance(0.6)) org.aliases.push({ name: `${type.name.split(' ').map((w) => w[0]).join('')}-${o + 1}` });
		organizations.push(org);
	}

	// People: authors, officials, detainees and their relatives.
	const people: Person[] = [];
	const personWidth = width(counts.people);
	const usedIds = new Set<string>();
	const uniqueId = (base: string) => {
		let id = base;
		for (let k = 2; usedIds.has(id); k++) id = `${base}-${k}`;
		usedIds.add(id);
		return id;
	};
	const newPerson = (kind: Person['kind']): Person => {
		const k = people.length;
		const given = `${random.pick(givenStems)}${random.pick(givenEndings)}`;
		const family = families[k % families.length];
		const number = pad(k + 1, personWidth);
		const name = `${given} ${family}-${number}`;
		const aliases: Alias[] = [];
		if (random.chance(kind === 'detainee' ? 0.55 : 0.2)) {
			const forms = [familyVariants[family] ? `${given} ${familyVariants[family]}-${number}` : `${given}h ${family}-${number}`, `${family}-${number} ${given}`, `${given[0]}. ${family}-${number}`];
			for (const form of random.sample(forms, random.chance(0.2) ? 2 : 1)) aliases.push({ name: form });
		}
		const person: Person = {
			id: uniqueId(slug(name)),
			name,
			given,
			named: true,
			kind,
			aliases,
			distinctFrom: [],
			roles: new Set(),
			ethnicity: [],
			citizenship: [],
			age: [],
			occupation: [],
			relations: [],
			detentions: [],
			events: [],
			village: localities[random.skewed(localities.length, 1.4)],
			relatives: [],
			profiled: false,
			related: new Set(),
			facts: [],
		};
		people.push(person);
		return person;
	};
	const authorCount = Math.max(1, Math.round(counts.sources / 2));
	const officialCount = Math.max(1, Math.round(0.05 * n));
	const rest = counts.people - authorCount - officialCount;
	const detaineeCount = Math.max(1, Math.min(n, Math.round(rest * 0.58)));
	const authors = Array.from({ length: authorCount }, () => newPerson('author'));
	for (const a of authors) a.roles.add(random.chance(0.7) ? 'journalist' : 'author');
	const officials = Array.from({ length: officialCount }, () => newPerson('official'));
	for (const o of officials) {
		o.roles.add('official');
		o.camp = random.skewed(camps.length, 1.5);
	}
	const detainees: number[] = [];
	for (let d = 0; d < detaineeCount; d++) {
		const person = newPerson('detainee');
		detainees.push(people.length - 1);
		// Now and then two people share a name; the later record says they are different people.
		if (d > 0 && d % 250 === 249) {
			const twin = people[detainees[d - 1]];
			usedIds.delete(person.id);
			person.name = twin.name;
			person.given = twin.given;
			person.aliases = [];
			person.id = uniqueId(`${twin.id}-namesake`);
			person.distinctFrom.push(twin.id);
		} else if (d % 500 === 137) {
			// Now and then a detainee's identity is withheld, so the build's redaction and its
			// withheld-value scan run at scale; the file name must not carry the name.
			const k = Math.floor(d / 500) + 1;
			usedIds.delete(person.id);
			person.id = uniqueId(`withheld-detainee-${k}`);
			person.publicName = `Withheld detainee ${k}`;
		}
	}
	while (people.length < counts.people) {
		const person = newPerson('relative');
		const of = detainees[random.skewed(detainees.length, 1.2)];
		person.of = of;
		person.relation = random.pick(relationWords);
		person.roles.add('relative-of-detainee');
		people[of].relatives.push(people.length - 1);
		if (random.chance(0.06)) {
			usedIds.delete(person.id);
			person.named = false;
			person.aliases = [];
			person.name = `${capitalize(person.relation)} of ${people[of].name} (not named)`;
			person.id = uniqueId(slug(`${person.relation}-of-${people[of].id}`));
		}
	}

	// Sources: who wrote them, when, and where.
	const sources: Source[] = [];
	const sourceWidth = width(counts.sources);
	for (let s = 0; s < counts.sources; s++) {
		const publisher = random.pick(publishers);
		const date = randomDate(random, 2018, 2023);
		const basis = date.precision === 'day' ? 'stated' : date.precision === 'month' ? 'address' : 'inferred';
		const published: Source['published'] = { value: date.value, precision: date.precision, basis };
		if (basis === 'inferred') Object.assign(published, { inferred: true, note: 'The capture carries no date; the archive infers the year from the events it reports.' });
		const [year, month = '06'] = date.value.split('-');
		const id = `report-${pad(s + 1, sourceWidth)}-${slug(publisher)}`;
		sources.push({
			id,
			title: '',
			standfirst: random.chance(0.5) ? 'Accounts gathered for a synthetic benchmark of the archive; every name in this report is invented.' : undefined,
			author: people.indexOf(authors[s % authors.length]),
			publisher,
			published,
			url: `https://example.org/bench/${year}/${month}/report-${pad(s + 1, sourceWidth)}/`,
			related: s > 0 && random.chance(0.1) ? [{ source: '', relation: 'an earlier report in the same series' }] : [],
			primary: [],
			secondary: [],
		});
		if (sources[s].related.length) sources[s].related[0].source = sources[s - 1].id;
	}

	// Testimonies: who gives them, about whom, where, and from which sources.
	const testimonies: Testimony[] = [];
	const testimonyWidth = width(n);
	const told = new Set<number>();
	for (let t = 0; t < n; t++) {
		const detainee = t < detainees.length ? detainees[t] : detainees[random.skewed(detainees.length, 1.5)];
		const person = people[detainee];
		const relatives = person.relatives.filter((r) => people[r].named);
		const roll = random.next();
		const kind: Testimony['kind'] = relatives.length && roll < 0.22 ? 'reported' : roll > 0.92 ? 'summarised' : 'first-hand';
		const witness = kind === 'first-hand' ? detainee : kind === 'reported' ? random.pick(relatives) : undefined;
		// Every relative appears in the first account of their family's detainee, as in the real records.
		const subjects = [detainee, ...person.relatives.filter((r) => r !== witness && !told.has(r))];
		for (const r of subjects) told.add(r);
		if (witness !== undefined) told.add(witness);
		const source = Math.min(counts.sources - 1, Math.floor((t * counts.sources) / n));
		const campList = [random.skewed(camps.length, 1.6)];
		if (random.chance(0.3)) {
			const second = random.skewed(camps.length, 1.2);
			if (!campList.includes(second)) campList.push(second);
		}
		const placeList = [person.village];
		if (random.chance(0.7)) placeList.push(region);
		if (random.chance(0.3)) placeList.push(1);
		const experiences = new Set(['arrest', 'detention-in-camp']);
		for (const e of random.sample(commonExperiences, random.int(1, 4))) experiences.add(e);
		if (random.chance(0.08)) experiences.add(random.pick(rareExperiences));
		const released = random.chance(0.85);
		if (released) experiences.add('release');
		const start = randomDate(random, 2016, 2019);
		const end = released ? randomDate(random, Number(start.value.slice(0, 4)) + 1, Math.min(2022, Number(start.value.slice(0, 4)) + 3)) : undefined;
		const duration = durationPhrase(random);
		const camp = camps[campList[0]];
		const title =
			kind === 'reported'
				? `${people[witness!].name} on the detention of ${person.name} in ${camp.name}`
				: kind === 'summarised'
					? `${person.name} in ${camp.name}, as summarised by the reporter`
					: `${person.name}: ${duration} in ${camp.name}${released ? ' and release' : ''}`;
		testimonies.push({
			id: `${person.id}-account-${pad(t + 1, testimonyWidth)}`,
			kind,
			detainee,
			witness,
			subjects,
			reporter: kind === 'summarised' || random.chance(0.6) ? sources[source].author : undefined,
			camps: campList,
			places: placeList,
			organizations: random.chance(0.3) ? [random.skewed(organizations.length, 1.5)] : [],
			experiences: [...experiences],
			start,
			end,
			duration,
			source,
			secondary: counts.sources > 1 && random.chance(0.1) ? (source + 1 + random.int(0, counts.sources - 2)) % counts.sources : undefined,
			title,
			durations: [],
			events: [],
			quotes: [],
			disagreements: [],
		});
		sources[source].primary.push(t);
		const secondary = testimonies[t].secondary;
		if (secondary !== undefined) sources[secondary].secondary.push(t);
		person.roles.add(kind === 'first-hand' ? 'former-detainee' : 'detainee');
		if (witness !== undefined) people[witness].roles.add('witness');
		for (const c of campList) person.related.add(camps[c].id);
	}
	for (const p of people) if (!p.roles.size) p.roles.add(p.kind === 'relative' ? 'relative-of-detainee' : 'detainee');

	// Each source's text: an introduction, a section per testimony, and a closing paragraph.
	const placeNames = (ids: number[]) => ids.map((i) => places[i].name);
	let sourceWords = 0;
	for (let s = 0; s < sources.length; s++) {
		const source = sources[s];
		const blocks: string[] = [];
		const author = people[source.author];
		const firstCamp = source.primary.length ? camps[testimonies[source.primary[0]].camps[0]] : camps[s % camps.length];
		source.title = `${source.publisher} report ${pad(s + 1, sourceWidth)}: ${random
			.pick(headlineHooks)
			.replace('{camp}', firstCamp.name)
			.replace('{place}', places[firstCamp.place].name)}`;
		const localNames = placeNames([region, firstCamp.place, ...source.primary.slice(0, 3).map((t) => people[testimonies[t].detainee].village)]);
		const filler = () => fillerSentence(random, localNames);
		const paragraph = (...sentences: string[]) => blocks.push(sentences.filter(Boolean).join(' '));

		// Introduction: who compiled it, organisations and officials it names.
		const byline = `This report was compiled by ${author.name}, a correspondent of ${source.publisher}, from interviews recorded in ${source.published.value.slice(0, 4)}.`;
		if (!author.occupation.length) author.occupation.push({ value: 'correspondent', source: source.id, quote: byline });
		author.related.add(source.id);
		const intro = [byline, `The accounts below concern the ${places[region].name} and the border with Fictistan.`, filler()];
		for (let o = s % sources.length; o < organizations.length; o += sources.length) {
			const org = organizations[o];
			const date = randomDate(random, 2014, 2021);
			const verb = random.pick(orgEventVerbs).replace('{place}', random.pick(localNames));
			const sentence = `${capitalize(datePhrase(date))}, ${org.name} ${verb}.`;
			org.events.push({ date, text: `${capitalize(verb)}.`, source: source.id, quote: sentence });
			if (org.aliases[0] && !org.aliases[0].source) {
				org.aliases[0].source = source.id;
				intro.push(sentence, `Its members usually call it ${org.aliases[0].name}.`);
			} else intro.push(sentence);
			if (o > 0 && o % 10 === 1) org.distinctFrom.push({ organization: organizations[o - 1].id, note: 'A different body with a similar name; the sources name them separately.', source: source.id });
		}
		for (let k = s % sources.length; k < officials.length; k += sources.length) {
			const official = officials[k];
			const role = random.pick(officialRoles);
			const camp = camps[official.camp!];
			const sentence = `${official.name}, ${role} of ${camp.name}, declined to answer questions about the site.`;
			official.occupation.push({ value: `${role.replace(/^(the|a) /, '')} of ${camp.name}`, source: source.id, quote: sentence });
			official.facts.push(`${official.name} is named as ${role} of ${camp.name}.`);
			official.related.add(camp.id);
			intro.push(sentence);
		}
		paragraph(...intro);

		for (const t of source.primary) {
			const testimony = testimonies[t];
			const person = people[testimony.detainee];
			const camp = camps[testimony.camps[0]];
			const village = places[person.village];
			const speaker = testimony.witness !== undefined ? people[testimony.witness] : undefined;
			const say = (line: string, who: Person | undefined) => {
				const text = withNumber(random, line).replace('{name}', person.name);
				if (!who) return `“${text}.”`;
				const roll = random.next();
				if (roll < 0.45) return `“${text},” ${who.named ? who.name : `the ${who.relation}`} said.`;
				if (roll < 0.8) return `“${text},” said ${who.named ? who.name : `the ${who.relation}`}.`;
				return `${who.named ? who.name : `The ${who.relation}`} told the reporter: “${text}.”`;
			};
			if (random.chance(0.5)) blocks.push(`## ${random.chance(0.5) ? `The account of ${person.name}` : `In ${camp.name}`}`);

			// The person: age, origin, occupation, and another spelling of the name.
			const profileParts: string[] = [];
			if (!person.profiled) {
				person.profiled = true;
				const age = random.int(19, 78);
				const ethnicity = random.pick(ethnicities);
				const occupation = random.pick(occupations);
				const tail = random.pick(profileTails).replace('{year}', String(random.int(2018, 2022))).replace('{place}', random.pick(localNames));
				const profile = `${person.name}, a ${age}-year-old ${ethnicity} ${occupation} from ${village.name}, ${tail}.`;
				person.age.push({ value: String(age), source: source.id, quote: profile });
				person.ethnicity.push({ value: ethnicity, source: source.id, quote: profile });
				person.occupation.push({ value: occupation, source: source.id, quote: profile });
				if (random.chance(0.3)) person.citizenship.push({ value: random.pick(['Testland citizen', 'resident of Fictistan', 'citizen of Fictistan']), source: source.id });
				profileParts.push(profile);
				for (const alias of person.aliases) {
					alias.source = source.id;
					profileParts.push(`Some documents spell the name ${alias.name}.`);
				}
				if (!village.partOfInferred && !village.partOfSource) village.partOfSource = source.id;
			} else {
				profileParts.push(`${person.name}, who appears earlier in the archive, gave a further account to ${source.publisher}.`);
			}
			paragraph(...profileParts, filler(), random.chance(0.5) ? filler() : '');

			// The detention: when, where, how long; where the camp is; a figure someone reported.
			const detention = `${capitalize(datePhrase(testimony.start))}, ${person.name} was taken from ${village.name} to ${camp.name} and held there for ${testimony.duration}.`;
			const detentionParts = [detention];
			if (!camp.location) {
				const where = places[camp.place];
				const description = `on the edge of ${where.name}`;
				const sentence = `${camp.named ? camp.name : 'The site'} stands ${description}, ${random.int(2, 40)} kilometres from the nearest town.`;
				camp.location = { place: where.id, description, source: source.id, quote: sentence };
				detentionParts.push(sentence);
				if (camp.named && random.chance(0.4)) {
					const alias = random.chance(0.5) ? `Synthetic-${camps.indexOf(camp) + 1} ${camp.word}` : `${camp.word} No. ${camps.indexOf(camp) + 1}`;
					camp.aliases.push({ name: alias, source: source.id });
					detentionParts.push(`Local people call it ${alias}.`);
				}
				if (speaker?.named && random.chance(0.5)) {
					const value = `${random.int(1, 9)},${pad(random.int(0, 9) * 100, 3)}`;
					const date = { value: String(random.int(2017, 2020)), precision: 'year' as const };
					const figure = `According to ${speaker.name}, about ${value} people were held in ${camp.name} ${datePhrase(date)}.`;
					camp.figures.push({ what: 'people held', value, date, reportedBy: speaker.id, source: source.id, quote: figure });
					detentionParts.push(figure);
				}
			}
			const experience = testimony.experiences.filter((e) => e !== 'arrest' && e !== 'release');
			const firstQuote = say(random.pick(experienceLines[random.pick(experience)] ?? experienceLines['detention-in-camp']), speaker);
			paragraph(...detentionParts, filler(), firstQuote);
			testimony.quotes.push({ text: detention, source: source.id });
			testimony.quotes.push({ text: firstQuote, source: source.id, speaker: speaker?.id });
			testimony.durations.push({ text: testimony.duration, of: `detention in ${camp.name}`, source: source.id, quote: detention });
			testimony.events.push({ date: testimony.start, text: `${person.name} taken to ${camp.name}.`, source: source.id, quote: detention });
			testimony.stated = { value: testimony.duration, source: source.id, quote: detention };
			if (!person.detentions.some((d) => d.camp === camp.id)) {
				person.detentions.push({ camp: camp.id, start: testimony.start, end: testimony.end, duration: testimony.duration, source: source.id, quote: detention });
			}

			// What happened inside, in the witness's words.
			const more = random.sample(experience, random.int(1, 2)).map((e) => say(random.pick(experienceLines[e] ?? experienceLines['detention-in-camp']), speaker));
			paragraph(filler(), ...more, filler());
			// Two to four quotes in all; one place is kept for a second source's passage.
			const cap = testimony.secondary === undefined ? 4 : 3;
			const extra = random.int(0, cap - 2);
			for (const q of more.slice(0, extra)) testimony.quotes.push({ text: q, source: source.id, speaker: speaker?.id });

			// Relatives who searched for news.
			for (const r of testimony.subjects.slice(1).concat(testimony.witness !== undefined && testimony.witness !== testimony.detainee ? [testimony.witness] : [])) {
				const relative = people[r];
				const sentence = relative.named
					? `${relative.name}, the ${relative.relation} of ${person.name}, ${random.pick(relationVerbs)}.`
					: `The ${relative.relation} of ${person.name}, who is not named in this report, ${random.pick(relationVerbs)}.`;
				const words = say(random.pick(relativeLines), relative);
				paragraph(sentence, words, filler());
				if (!person.relations.some((x) => x.person === relative.id)) person.relations.push({ person: relative.id, relation: relative.relation!, source: source.id, quote: sentence });
				relative.related.add(source.id);
				if (testimony.quotes.length < cap) testimony.quotes.push({ text: words, source: source.id, speaker: relative.id });
			}

			// Release and what came after.
			if (testimony.end) {
				const release = `${capitalize(datePhrase(testimony.end))}, ${person.name} was released from ${camp.name} ${random.pick(releaseTails)}.`;
				paragraph(release, filler(), random.chance(0.5) ? filler() : '');
				testimony.events.push({ date: testimony.end, text: `${person.name} released from ${camp.name}.`, source: source.id, quote: release });
				if (!person.events.some((e) => e.quote === release)) person.events.push({ date: testimony.end, text: `Released from ${camp.name}.`, source: source.id, quote: release });
				if (testimony.quotes.length < cap && random.chance(0.4)) testimony.quotes.push({ text: release, source: source.id });
			} else {
				paragraph(`The family of ${person.name} has had no news since ${datePhrase(testimony.start).replace(/^(on|in) /, '')}.`, filler());
			}
		}

		// Testimonies this source also reports, sometimes with a different length of detention.
		for (const t of source.secondary) {
			const testimony = testimonies[t];
			const person = people[testimony.detainee];
			const camp = camps[testimony.camps[0]];
			const other = durationPhrase(random);
			const sentence = `${person.name}, whose account was first published elsewhere, spent about ${other} in ${camp.name}, according to this report.`;
			paragraph(sentence, filler());
			testimony.quotes.push({ text: sentence, source: source.id });
			if (other !== testimony.duration && testimony.stated && random.chance(0.6)) {
				testimony.disagreements.push({
					topic: 'Length of detention',
					claims: [testimony.stated, { value: `about ${other}`, source: source.id, quote: sentence }],
					note: 'The two reports give different lengths; the archive keeps both.',
				});
			}
		}
		paragraph(filler(), filler(), 'Every name in this report is synthetic and was generated for a benchmark of the archive.');

		// Background paragraphs between the others, until the text is a few thousand words long.
		const target = random.int(2200, 4200);
		let words = blocks.reduce((sum, b) => sum + b.split(' ').length, 0);
		while (words < target) {
			const background = Array.from({ length: random.int(3, 7) }, filler).join(' ');
			words += background.split(' ').length;
			blocks.splice(random.int(1, blocks.length - 1), 0, background);
		}
		const body = blocks.join('\n\n');
		sourceWords += words;
		const publishedText = datePhrase(source.published).replace(/^(on|in) /, '');
		const related = ['Related articles', ...Array.from({ length: 3 }, (_, k) => `${source.publisher} report ${pad(((s + k + 1) % sources.length) + 1, sourceWidth)}`)];
		const capture = [
			'Skip to content',
			'Home | World | Asia | Opinion | About',
			source.title,
			`By ${author.name}`,
			publishedText,
			...blocks.map((b) => b.replace(/^## /, '')),
			...related,
			`© ${source.publisher}`,
			'',
		].join('\n');
		const captureBytes = Buffer.from(capture, 'utf8');
		const captureFile = `${source.id}.capture.txt`;
		write(`sources/${captureFile}`, capture);
		write(
			`sources/${source.id}.md`,
			record(
				{
					title: source.title,
					standfirst: source.standfirst,
					byline: author.name,
					authors: [author.id],
					publisher: source.publisher,
					published: source.published,
					url: source.url,
					capture: {
						file: captureFile,
						sha256: createHash('sha256').update(captureBytes).digest('hex'),
						bytes: captureBytes.length,
						encoding: 'utf-8',
						format: 'text',
						added,
						removed: [
							'site header and navigation: 2 blocks (“Skip to content”, “Home | World | Asia | Opinion | About”)',
							`byline (kept as metadata): 1 block (“By ${author.name}”)`,
							`trailing widget “Related articles”: ${related.length + 1} blocks (“Related articles”, “${related[1]}”, …)`,
						],
					},
					related: source.related,
					notes: ['A synthetic source generated for the benchmark; it describes no real events.'],
				},
				body,
			),
		);
	}

	// Testimonies.
	const experienceText = (e: string) => e.replace(/-/g, ' ');
	for (const testimony of testimonies) {
		const person = people[testimony.detainee];
		const camp = camps[testimony.camps[0]];
		const source = sources[testimony.source];
		const witness = testimony.witness !== undefined ? people[testimony.witness] : undefined;
		const warnings = [...new Set(testimony.experiences.flatMap((e) => (warningsOf[e] ? [warningsOf[e]] : [])))];
		const summary = [
			witness && witness !== person
				? `${witness.name}, the ${witness.relation} of ${person.name}, told ${source.publisher} how ${person.name} was taken to ${camp.name}.`
				: witness
					? `${person.name} told ${source.publisher} about ${testimony.duration} in ${camp.name}.`
					: `${source.publisher} summarises what happened to ${person.name} in ${camp.name}.`,
			`The account begins ${datePhrase(testimony.start)} in ${places[person.village].name} and describes ${testimony.experiences.map(experienceText).join(', ')}.`,
			testimony.end ? `It ends with the release ${datePhrase(testimony.end)}.` : 'The account ends without a release.',
			testimony.camps.length > 1 ? `It also names ${camps[testimony.camps[1]].name}.` : '',
			testimony.organizations.length ? `${organizations[testimony.organizations[0]].name} is mentioned in the account.` : '',
			'This is a synthetic record, generated for a benchmark of the archive.',
		]
			.filter(Boolean)
			.join(' ');
		write(
			`testimonies/${testimony.id}.md`,
			record(
				{
					title: testimony.title,
					kind: testimony.kind,
					witness: witness?.id,
					subjects: testimony.subjects.map((p) => people[p].id),
					reporter: testimony.reporter !== undefined ? people[testimony.reporter].id : undefined,
					camps: testimony.camps.map((c) => camps[c].id),
					places: testimony.places.map((p) => places[p].id),
					organizations: testimony.organizations.map((o) => organizations[o].id),
					experiences: testimony.experiences,
					period: { start: testimony.start, end: testimony.end },
					durations: testimony.durations,
					events: testimony.events,
					quotes: testimony.quotes,
					contentWarnings: warnings,
					disagreements: testimony.disagreements,
				},
				summary,
			),
		);
	}

	// People.
	for (const person of people) {
		const detainee = person.of !== undefined ? people[person.of] : undefined;
		const body =
			person.kind === 'detainee'
				? `${person.name} is a synthetic person generated for a benchmark of the archive. The records place ${person.name} in ${places[person.village].name}${person.detentions.length ? ` and in ${person.detentions.map((d) => camps.find((c) => c.id === d.camp)!.name).join(' and ')}` : ''}.`
				: person.kind === 'relative'
					? `${person.named ? person.name : 'This person'} is the ${person.relation} of ${detainee!.name}, in a synthetic archive generated for a benchmark.`
					: person.kind === 'author'
						? `${person.name} compiled reports for the synthetic benchmark archive.`
						: (person.facts[0] ?? `${person.name} is a synthetic official.`);
		write(
			`people/${person.id}.md`,
			record(
				{
					name: person.name,
					named: person.named,
					withhold: person.publicName ? { publicName: person.publicName, reason: 'Synthetic: withheld to exercise the withholding path at scale.' } : undefined,
					aliases: person.aliases,
					distinctFrom: person.distinctFrom,
					roles: [...person.roles],
					ethnicity: person.ethnicity,
					citizenship: person.citizenship,
					age: person.age,
					occupation: person.occupation,
					relations: person.relations,
					detentions: person.detentions,
					events: person.events,
				},
				body,
			),
		);
	}

	// Camps, places and organisations.
	for (const [c, camp] of camps.entries()) {
		const place = places[camp.place];
		write(
			`camps/${camp.id}.md`,
			record(
				{
					name: camp.name,
					named: camp.named,
					aliases: camp.aliases,
					kind: camp.kind,
					location: camp.location ?? { place: place.id, description: `near ${place.name}`, source: sources[c % sources.length].id, inferred: true },
					withholdLocation: camp.location && c % 50 === 7 ? { reason: 'Synthetic: withheld to exercise the withholding path at scale.' } : undefined,
					figures: camp.figures,
				},
				`${camp.named ? camp.name : 'This site'} is a synthetic ${camp.kind.replace(/-/g, ' ')} near ${place.name}, generated for a benchmark of the archive.`,
			),
		);
	}
	for (const place of places) {
		const parent = place.partOf !== undefined ? places[place.partOf] : undefined;
		const inferred = parent ? place.partOfInferred || !place.partOfSource : false;
		write(
			`places/${place.id}.md`,
			record(
				{
					name: place.name,
					aliases: place.aliases,
					kind: place.kind,
					partOf: parent?.id,
					partOfSource: parent && !inferred ? place.partOfSource : undefined,
					partOfInferred: inferred,
				},
				`${place.name} is a synthetic ${place.kind.replace(/-/g, ' ')}${parent ? ` in ${parent.name}` : ''}, generated for a benchmark of the archive.`,
			),
		);
	}
	for (const org of organizations) {
		write(
			`organizations/${org.id}.md`,
			record(
				{ name: org.name, aliases: org.aliases, kind: org.kind, country: org.country, distinctFrom: org.distinctFrom, events: org.events },
				`${org.name} is a synthetic ${org.kind.replace(/-/g, ' ')} based in ${org.country}, generated for a benchmark of the archive.`,
			),
		);
	}

	const named = (t: Testimony) => people[t.detainee];
	const queryAt = (i: number) => {
		for (let k = i; k < testimonies.length; k++) {
			const p = named(testimonies[k]);
			if (p.named && !p.distinctFrom.length) return p.name;
		}
		return people[detainees[0]].name;
	};
	return {
		counts,
		files,
		bytes,
		sourceWords: Math.round(sourceWords / sources.length),
		queries: [queryAt(Math.floor(n / 2)), queryAt(Math.floor(n / 3)), queryAt(Math.floor((2 * n) / 3))],
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

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: {
			testimonies: { type: 'string', default: '1000' },
			seed: { type: 'string', default: '1' },
			out: { type: 'string' },
			check: { type: 'boolean', default: false },
			json: { type: 'boolean', default: false },
		},
	});
	const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
	const started = performance.now();
	const { dir, summary } = createBenchProject({ testimonies: Number(values.testimonies), seed: Number(values.seed), projectRoot, out: values.out });
	console.error(`generated ${summary.files} files (${(summary.bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	console.error(JSON.stringify(summary.counts));
	if (values.check) {
		const { checkArchive, formatProblem } = await import('../../src/lib/content/check.ts');
		const checked = performance.now();
		const { records, problems } = checkArchive(dir);
		for (const p of problems.slice(0, 30)) console.error(formatProblem(p));
		const errors = problems.filter((p) => p.severity === 'error').length;
		console.error(`${records.length} records checked in ${((performance.now() - checked) / 1000).toFixed(1)} s: ${errors} error(s), ${problems.length - errors} warning(s)`);
		if (errors) process.exitCode = 1;
	}
	console.log(values.json ? JSON.stringify({ dir, summary }) : dir);
}

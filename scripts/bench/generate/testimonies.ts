import type { contentWarnings } from '../../../src/schemas/common.ts';
import { datePhrase, durationPhrase, randomDate } from '../text.ts';
import { numberWidth, pad, type Archive, type ExperienceType, type Testimony } from './model.ts';
import { writeRecord, type Emit } from './write.ts';

/** Experiences a testimony may add to arrest and detention, the rarer ones rarer. */
const commonExperiences: readonly ExperienceType[] = ['interrogation', 'political-indoctrination', 'surveillance', 'threats', 'family-separation', 'forced-labour', 'deprivation-of-food-or-water', 'restriction-of-religion', 'confiscation-of-documents', 'harassment', 'house-arrest', 'imprisonment', 'torture', 'denial-of-medical-care', 'forced-confession', 'confiscation-of-property', 'exile', 'prosecution'];
const rareExperiences: readonly ExperienceType[] = ['sexual-violence', 'forced-medication', 'death', 'death-in-custody', 'suicide-attempt', 'forced-renunciation-of-citizenship'];
/** The content warning an experience calls for, if any. */
const warningsOf: Partial<Record<ExperienceType, (typeof contentWarnings)[number]>> = {
	torture: 'torture',
	'sexual-violence': 'sexual-violence',
	death: 'death',
	'death-in-custody': 'death',
	'suicide-attempt': 'suicide',
	'forced-medication': 'forced-medication',
};

/** Who gives each testimony, about whom, where, and from which sources. */
export function planTestimonies(n: number, { random, people, detainees, camps, region, organizations, sources }: Omit<Archive, 'testimonies'>): Testimony[] {
	const testimonies: Testimony[] = [];
	const testimonyWidth = numberWidth(n);
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
		const source = Math.min(sources.length - 1, Math.floor((t * sources.length) / n));
		const campList = [random.skewed(camps.length, 1.6)];
		if (random.chance(0.3)) {
			const second = random.skewed(camps.length, 1.2);
			if (!campList.includes(second)) campList.push(second);
		}
		const placeList = [person.village];
		if (random.chance(0.7)) placeList.push(region);
		// The second country, Fictistan.
		if (random.chance(0.3)) placeList.push(1);
		const experiences = new Set<ExperienceType>(['arrest', 'detention-in-camp']);
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
			secondary: sources.length > 1 && random.chance(0.1) ? (source + 1 + random.int(0, sources.length - 2)) % sources.length : undefined,
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
	}
	for (const p of people) if (!p.roles.size) p.roles.add(p.kind === 'relative' ? 'relative-of-detainee' : 'detainee');
	return testimonies;
}

export function writeTestimonies({ testimonies, people, camps, places, organizations, sources }: Archive, write: Emit) {
	const experienceText = (e: string) => e.replace(/-/g, ' ');
	for (const testimony of testimonies) {
		const person = people[testimony.detainee];
		const camp = camps[testimony.camps[0]];
		const source = sources[testimony.source];
		const witness = testimony.witness !== undefined ? people[testimony.witness] : undefined;
		const warnings = [...new Set(testimony.experiences.flatMap((e) => warningsOf[e] ?? []))];
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
		writeRecord(
			write,
			'testimonies',
			testimony.id,
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
		);
	}
}

import { idFromName } from '../../../src/core/fold.ts';
import type { CollectionName } from '../../../src/schemas/common.ts';
import type { Random } from '../random.ts';
import { capitalize, families, familyVariants, givenEndings, givenStems, relationWords } from '../text.ts';
import { numberWidth, pad, type Archive, type Person } from './model.ts';
import { writeRecord, type Emit } from './write.ts';

/** Authors, officials, detainees and their relatives. */
export function planPeople(
	random: Random,
	counts: Record<CollectionName, number>,
	localities: readonly number[],
	campCount: number,
): Pick<Archive, 'people' | 'authors' | 'officials' | 'detainees'> {
	const people: Person[] = [];
	const personWidth = numberWidth(counts.people);
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
		const aliases: Person['aliases'] = [];
		if (random.chance(kind === 'detainee' ? 0.55 : 0.2)) {
			const forms = [familyVariants[family] ? `${given} ${familyVariants[family]}-${number}` : `${given}h ${family}-${number}`, `${family}-${number} ${given}`, `${given[0]}. ${family}-${number}`];
			for (const form of random.sample(forms, random.chance(0.2) ? 2 : 1)) aliases.push({ name: form });
		}
		const person: Person = {
			id: uniqueId(idFromName(name)),
			name,
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
			facts: [],
		};
		people.push(person);
		return person;
	};
	const authorCount = Math.max(1, Math.round(counts.sources / 2));
	const officialCount = Math.max(1, Math.round(0.05 * counts.testimonies));
	const rest = counts.people - authorCount - officialCount;
	const detaineeCount = Math.max(1, Math.min(counts.testimonies, Math.round(rest * 0.58)));
	const authors = Array.from({ length: authorCount }, () => newPerson('author'));
	for (const a of authors) a.roles.add(random.chance(0.7) ? 'journalist' : 'author');
	const officials = Array.from({ length: officialCount }, () => newPerson('official'));
	for (const o of officials) {
		o.roles.add('official');
		o.camp = random.skewed(campCount, 1.5);
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
			person.id = uniqueId(idFromName(`${person.relation}-of-${people[of].id}`));
		}
	}
	return { people, authors, officials, detainees };
}

export function writePeople({ people, places, camps }: Archive, write: Emit) {
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
		writeRecord(
			write,
			'people',
			person.id,
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
		);
	}
}

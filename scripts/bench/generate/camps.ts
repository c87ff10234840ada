import { idFromName } from '../../../src/core/fold.ts';
import type { Random } from '../random.ts';
import type { Archive, Camp } from './model.ts';
import { writeRecord, type Emit } from './write.ts';

/** The kinds of camp, the word each one's name is built on, and how common it is. */
const campTypes: readonly { kind: Camp['kind']; word: string; weight: number }[] = [
	{ kind: 're-education-camp', word: 'Camp', weight: 0.55 },
	{ kind: 'prison', word: 'Prison', weight: 0.15 },
	{ kind: 'detention-centre', word: 'Detention Centre', weight: 0.1 },
	{ kind: 'forced-labour-factory', word: 'Factory', weight: 0.08 },
	{ kind: 'police-station', word: 'Police Station', weight: 0.05 },
	{ kind: 'hospital', word: 'Hospital', weight: 0.04 },
	{ kind: 'hostel', word: 'Hostel', weight: 0.03 },
];

/** Camps, a few of which get most of the accounts. */
export function planCamps(random: Random, count: number, { places, districts, localities }: Pick<Archive, 'places' | 'districts' | 'localities'>): Camp[] {
	const camps: Camp[] = [];
	for (let c = 0; c < count; c++) {
		let roll = random.next();
		const type = campTypes.find((k) => (roll -= k.weight) < 0) ?? campTypes[0];
		const place = random.chance(0.5) ? random.pick(districts) : localities[random.skewed(localities.length, 1.5)];
		const named = !random.chance(0.05);
		const name = named ? `${type.word} Synthetic-${c + 1}` : `Unnamed ${type.word.toLowerCase()} near ${places[place].name} (site ${c + 1}, not named)`;
		camps.push({ id: named ? idFromName(name) : `unnamed-site-${c + 1}`, name, named, kind: type.kind, word: type.word, place, aliases: [], figures: [], withholdLocation: named && c % 50 === 7 });
	}
	return camps;
}

export function writeCamps({ camps, places, sources }: Archive, write: Emit) {
	for (const [c, camp] of camps.entries()) {
		const place = places[camp.place];
		writeRecord(
			write,
			'camps',
			camp.id,
			{
				name: camp.name,
				named: camp.named,
				aliases: camp.aliases,
				kind: camp.kind,
				// A camp no account locates: the archive's own reading, not words of the source it cites.
				location: camp.location ?? { place: place.id, reading: `near ${place.name}`, source: sources[c % sources.length].id, inferred: true },
				withholdLocation: camp.location && camp.withholdLocation ? { reason: 'Synthetic: withheld to exercise the withholding path at scale.' } : undefined,
				figures: camp.figures,
			},
			`${camp.named ? camp.name : 'This site'} is a synthetic ${camp.kind.replace(/-/g, ' ')} near ${place.name}, generated for a benchmark of the archive.`,
		);
	}
}

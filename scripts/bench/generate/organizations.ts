import { idFromName } from '../../../src/core/fold.ts';
import type { Random } from '../random.ts';
import type { Archive, Organization } from './model.ts';
import { writeRecord, type Emit } from './write.ts';

/** One organisation of each kind, in turn: its name (numbered) and the country it is in. */
const organizationTypes: readonly Pick<Organization, 'kind' | 'name' | 'country'>[] = [
	{ kind: 'human-rights-group', name: 'Synthetic Rights Watch', country: 'Fictistan' },
	{ kind: 'media', name: 'Mock News Agency', country: 'Fictistan' },
	{ kind: 'government', name: 'Testland Ministry of Order', country: 'Testland' },
	{ kind: 'security-service', name: 'Fictional Security Bureau', country: 'Testland' },
	{ kind: 'police', name: 'Testland Public Security Unit', country: 'Testland' },
	{ kind: 'court', name: 'Synthetic People’s Court', country: 'Testland' },
	{ kind: 'civil-society', name: 'Sample Returnees Association', country: 'Fictistan' },
	{ kind: 'international-body', name: 'Placeholder Commission on Detention', country: 'Fictistan' },
];

export function planOrganizations(random: Random, count: number): Organization[] {
	const organizations: Organization[] = [];
	for (let o = 0; o < count; o++) {
		const type = organizationTypes[o % organizationTypes.length];
		const name = `${type.name}-${o + 1}`;
		const org: Organization = { id: idFromName(name), name, kind: type.kind, country: type.country, aliases: [], distinctFrom: [], events: [] };
		if (random.chance(0.6)) org.aliases.push({ name: `${type.name.split(' ').map((w) => w[0]).join('')}-${o + 1}` });
		organizations.push(org);
	}
	return organizations;
}

export function writeOrganizations({ organizations }: Archive, write: Emit) {
	for (const org of organizations) {
		writeRecord(
			write,
			'organizations',
			org.id,
			{ name: org.name, aliases: org.aliases, kind: org.kind, country: org.country, distinctFrom: org.distinctFrom, events: org.events },
			`${org.name} is a synthetic ${org.kind.replace(/-/g, ' ')} based in ${org.country}, generated for a benchmark of the archive.`,
		);
	}
}

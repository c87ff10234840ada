import { describe, expect, it } from 'vitest';
import { campGroupsOf, campsIndex, campTrail } from '../../src/core/views/camp-groups.ts';
import { link } from './core-fixture.ts';
import { moreCamps } from './more-camps.ts';
import { fixtureArchive, recordIn } from './test-utils.ts';

const archive = fixtureArchive('core-archive', { edit: moreCamps });

describe('places of detention as a reader groups them', () => {
	it('groups them by kind, then by country, named first, and says where each is and how many were held there', () => {
		expect(campGroupsOf(archive)).toEqual([
			{
				id: 'camps',
				label: 'Camps and forced-labour sites',
				count: 2,
				countries: [
					{
						id: 'camps-fictistan',
						label: 'Fictistan',
						country: link.fictistan,
						named: [{ ...link.camp1, id: 'mockville-camp-no-1', named: true, spellings: 'Camp Number One', kind: 'Re-education camp', where: 'Mockville, North Testovia', country: 'Fictistan', held: 1 }],
						described: [{ href: '/camps/mockville-ring-road-camp/', title: 'Camp on the Mockville ring road (not named)', id: 'mockville-ring-road-camp', named: false, spellings: undefined, kind: 'Re-education camp', where: 'Mockville, North Testovia', country: 'Fictistan', held: 0 }],
					},
				],
			},
			{
				id: 'prisons',
				label: 'Prisons and detention centres',
				count: 2,
				countries: [
					{
						id: 'prisons-fictistan',
						label: 'Fictistan',
						country: link.fictistan,
						named: [{ ...link.seventh, id: '7th-street-detention-centre', named: true, spellings: undefined, kind: 'Detention centre', where: 'Mockville, North Testovia', country: 'Fictistan', held: 1 }],
						described: [],
					},
					{
						id: 'prisons-unlocated',
						label: 'Location not recorded',
						country: undefined,
						named: [],
						described: [{ href: '/camps/prison-of-mirza-mockov/', title: 'Prison where Mirza Mockov was held (not named)', id: 'prison-of-mirza-mockov', named: false, spellings: undefined, kind: 'Prison', where: undefined, country: undefined, held: 1 }],
					},
				],
			},
			{
				id: 'house-arrest',
				label: 'House arrest',
				count: 1,
				countries: [
					{
						id: 'house-arrest-exampleland',
						label: 'Exampleland',
						country: { href: '/places/exampleland/', title: 'Exampleland' },
						named: [],
						described: [{ href: '/camps/house-arrest-of-gulnara-testova/', title: 'House arrest of Gulnara Testova (place not stated)', id: 'house-arrest-of-gulnara-testova', named: false, spellings: undefined, kind: 'House arrest', where: undefined, country: 'Exampleland', held: 0 }],
					},
				],
			},
			{
				id: 'hospitals',
				label: 'Hospitals',
				count: 1,
				countries: [
					{
						id: 'hospitals-fictistan',
						label: 'Fictistan',
						country: link.fictistan,
						named: [],
						described: [{ href: '/camps/north-testovia-hospital/', title: 'Hospital in North Testovia (not named)', id: 'north-testovia-hospital', named: false, spellings: undefined, kind: 'Hospital', where: 'North Testovia', country: 'Fictistan', held: 0 }],
					},
				],
			},
		]);
		expect(campsIndex(archive).count).toBe(6);
	});

	it('files described places by where they are before their names, broadest place first', () => {
		const edited = fixtureArchive('core-archive', {
			edit: (records) =>
				moreCamps(records).map((r) => (r.collection === 'camps' && r.id === 'north-testovia-hospital' ? ({ ...r, data: { ...r.data, kind: 're-education-camp', name: 'A camp in North Testovia (not named)' } } as typeof r) : r)),
		});
		const [camps] = campGroupsOf(edited);
		// A camp located only by its region comes before one in a town of that region, whatever their names.
		expect(camps.countries[0].described.map((c) => c.where)).toEqual(['North Testovia', 'Mockville, North Testovia']);
	});

	it('gives a camp page the kind of place and the country it is filed under, linked to the camps index', () => {
		expect(campTrail(archive, recordIn(archive, 'camps', 'mockville-camp-no-1'))).toEqual([
			{ title: 'Camps and forced-labour sites', href: '/camps/#camps' },
			{ title: 'Fictistan', href: '/camps/#camps-fictistan' },
		]);
		expect(campTrail(archive, recordIn(archive, 'camps', 'prison-of-mirza-mockov'))).toEqual([
			{ title: 'Prisons and detention centres', href: '/camps/#prisons' },
			{ title: 'Location not recorded', href: '/camps/#prisons-unlocated' },
		]);
	});
});

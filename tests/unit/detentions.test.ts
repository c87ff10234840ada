import { describe, expect, it } from 'vitest';
import { detentionRows } from '../../src/core/views/detentions.ts';
import { fixtureArchive } from './test-utils.ts';

describe('who was held where', () => {
	it('gives one row per person and place of detention, people by name, with the place, where it is and the source', () => {
		const rows = detentionRows(fixtureArchive('core-archive', { base: '/archive/' }));
		expect(rows).toEqual([
			{
				person: { id: 'aidarbek-testov', href: '/archive/people/aidarbek-testov/', title: 'Aidarbek Testov' },
				place: { id: 'mockville-camp-no-1', href: '/archive/camps/mockville-camp-no-1/', title: 'Mockville Camp No. 1' },
				kind: 'Re-education camp',
				location: { id: 'mockville', href: '/archive/places/mockville/', title: 'Mockville' },
				region: { id: 'north-testovia', href: '/archive/places/north-testovia/', title: 'North Testovia' },
				country: { id: 'fictistan', href: '/archive/places/fictistan/', title: 'Fictistan' },
				// The quote ("I was there for eight months.") gives neither date: both are marked inferred, with their basis.
				start: { value: '2018-03-05', precision: 'day', inferred: true, basis: 'the interview says he was taken from his home on 5 March 2018' },
				end: { value: '2018-11', precision: 'month', inferred: true, basis: 'his sister writes that he came home in November 2018' },
				duration: 'eight months',
				durationReading: undefined,
				source: expect.objectContaining({ id: 'herald-interview', href: expect.stringMatching(/^\/archive\/sources\/herald-interview\/#q-/), publisher: 'Fictistan Herald', date: '10 April 2019' }),
			},
			{
				person: { id: 'mirza-mockov', href: '/archive/people/mirza-mockov/', title: 'Mirza Mockov' },
				place: { id: '7th-street-detention-centre', href: '/archive/camps/7th-street-detention-centre/', title: '7th Street Detention Centre' },
				kind: 'Detention centre',
				location: { id: 'mockville', href: '/archive/places/mockville/', title: 'Mockville' },
				region: { id: 'north-testovia', href: '/archive/places/north-testovia/', title: 'North Testovia' },
				country: { id: 'fictistan', href: '/archive/places/fictistan/', title: 'Fictistan' },
				start: { value: '2018', precision: 'year', qualifier: 'early', inferred: false },
				end: { value: '2018-06', precision: 'month', inferred: true, basis: 'the report says he was released in June 2018' },
				duration: undefined,
				durationReading: undefined,
				source: expect.objectContaining({ id: 'testwatch-report', href: expect.stringMatching(/^\/archive\/sources\/testwatch-report\/#q-/), publisher: 'Testwatch', date: 'February 2020' }),
			},
		]);
	});

	it('gives no location for a place whose location is withheld, though its record names a place', () => {
		const archive = fixtureArchive('withheld', {
			edit: (records) =>
				records.map((r) => {
					if (r.collection === 'camps' && r.id === 'school-camp' && r.data.location) return { ...r, data: { ...r.data, location: { ...r.data.location, place: { collection: 'places', id: 'north' } } } };
					if (r.collection === 'people' && r.id === 'witness-a') return { ...r, data: { ...r.data, detentions: [{ camp: { collection: 'camps', id: 'school-camp' }, source: { collection: 'sources', id: 'village-teacher' } }] } };
					return r;
				}),
		});
		const [row] = detentionRows(archive);
		expect(row.person.title).toBe('Witness A');
		expect(row.place.id).toBe('school-camp');
		expect([row.location, row.region, row.country]).toEqual([undefined, undefined, undefined]);
	});
});

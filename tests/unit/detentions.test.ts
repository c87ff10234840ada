import { describe, expect, it } from 'vitest';
import { detentionsByPerson, detentionsByPlace } from '../../src/core/views/detention-lists.ts';
import { detentionRows } from '../../src/core/views/detentions.ts';
import { link } from './core-fixture.ts';
import { moreCamps } from './more-camps.ts';
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

/** A place as the rows give it: a link, with the place's id for the export. */
const withId = (place: { href: string; title: string }, id: string) => ({ ...place, id });

describe('who was held where, as pages', () => {
	const archive = fixtureArchive('core-archive', { edit: moreCamps });

	it('groups the rows by place, in the order of the camps index, each place with its kind, where it is and how many were held there', () => {
		const [page, ...more] = detentionsByPlace(archive);
		expect(more).toEqual([]);
		expect(page).toMatchObject({ number: 1, count: 1, href: '/detentions/', total: 3, first: 1, last: 3 });
		expect(page.jumps).toEqual([
			{ title: 'Camps and forced-labour sites', href: '/detentions/#camps' },
			{ title: 'Prisons and detention centres', href: '/detentions/#prisons' },
		]);
		const shown = page.sections.map((s) => ({ section: s.label, groups: s.groups.map((g) => ({ place: g.head!.title, where: g.head!.where, held: g.head!.held, people: g.rows.map((r) => r.person.title) })) }));
		expect(shown).toEqual([
			{ section: 'Camps and forced-labour sites', groups: [{ place: 'Mockville Camp No. 1', where: 'Mockville, North Testovia', held: 1, people: ['Aidarbek Testov'] }] },
			{
				section: 'Prisons and detention centres',
				groups: [
					{ place: '7th Street Detention Centre', where: 'Mockville, North Testovia', held: 1, people: ['Mirza Mockov'] },
					{ place: 'Prison where Mirza Mockov was held (not named)', where: undefined, held: 1, people: ['Mirza Mockov'] },
				],
			},
		]);
	});

	it('groups the same rows by person, A–Z, each with where the place is, every place named once', () => {
		const [page] = detentionsByPerson(archive);
		expect(page.href).toBe('/detentions/by-person/');
		expect(page.jumps).toEqual([
			{ title: 'A', href: '/detentions/by-person/#letter-A' },
			{ title: 'M', href: '/detentions/by-person/#letter-M' },
		]);
		const mirza = page.sections[1].groups[0];
		expect(mirza.head).toEqual(link.mirza);
		expect(mirza.rows.map((r) => ({ place: r.place.title, where: r.where, duration: r.duration }))).toEqual([
			{ place: '7th Street Detention Centre', where: [withId(link.mockville, 'mockville'), withId(link.northTestovia, 'north-testovia'), withId(link.fictistan, 'fictistan')], duration: undefined },
			{ place: 'Prison where Mirza Mockov was held (not named)', where: [], duration: 'two weeks' },
		]);
	});

	it('names a region once when the place is located at the region itself', () => {
		const edited = fixtureArchive('core-archive', {
			edit: (records) => moreCamps(records).map((r) => (r.collection === 'people' && r.id === 'mirza-mockov' ? ({ ...r, data: { ...r.data, detentions: [{ ...r.data.detentions[0], camp: { collection: 'camps', id: 'north-testovia-hospital' } }] } } as typeof r) : r)),
		});
		const row = detentionsByPerson(edited)[0].sections[1].groups[0].rows[0];
		expect(row.where).toEqual([withId(link.northTestovia, 'north-testovia'), withId(link.fictistan, 'fictistan')]);
	});

	it('puts the pages under the base path', () => {
		const sub = fixtureArchive('core-archive', { base: '/archive/' });
		expect(detentionsByPlace(sub)[0].href).toBe('/archive/detentions/');
		expect(detentionsByPerson(sub)[0].jumps[0].href).toBe('/archive/detentions/by-person/#letter-A');
	});
});

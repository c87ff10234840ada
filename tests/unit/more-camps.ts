import type { ArchiveRecord } from '../../src/core/records.ts';

/**
 * More places of detention for tests/fixtures/core-archive, added in memory (the fixture's files
 * stay as other tests count them): a second, unnamed camp in Mockville, a house arrest in
 * another country, a hospital located only by its region and a prison with no location, where
 * Mirza Mockov is also held.
 */

const ref = <C extends string>(collection: C, id: string) => ({ collection, id }) as never;

const camp = (id: string, name: string, kind: string, place?: string): ArchiveRecord =>
	({
		collection: 'camps',
		id,
		body: '',
		data: { name, named: false, aliases: [], distinctFrom: [], kind, figures: [], disagreements: [], ...(place ? { location: { place: ref('places', place), source: ref('sources', 'testwatch-report'), inferred: false } } : {}) },
	}) as ArchiveRecord;

export const moreCamps = (records: ArchiveRecord[]): ArchiveRecord[] => [
	...records.map((r) =>
		r.collection === 'people' && r.id === 'mirza-mockov'
			? ({ ...r, data: { ...r.data, detentions: [...r.data.detentions, { camp: ref('camps', 'prison-of-mirza-mockov'), duration: 'two weeks', source: ref('sources', 'testwatch-report') }] } } as ArchiveRecord)
			: r,
	),
	{ collection: 'places', id: 'exampleland', body: '', data: { name: 'Exampleland', aliases: [], distinctFrom: [], kind: 'country', partOfInferred: false, disagreements: [] } } as ArchiveRecord,
	camp('mockville-ring-road-camp', 'Camp on the Mockville ring road (not named)', 're-education-camp', 'mockville'),
	camp('house-arrest-of-gulnara-testova', 'House arrest of Gulnara Testova (place not stated)', 'house-arrest', 'exampleland'),
	camp('north-testovia-hospital', 'Hospital in North Testovia (not named)', 'hospital', 'north-testovia'),
	camp('prison-of-mirza-mockov', 'Prison where Mirza Mockov was held (not named)', 'prison'),
];

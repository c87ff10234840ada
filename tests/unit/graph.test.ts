import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/graph.ts';
import { recordKey, referencesOf } from '../../src/core/refs.ts';

const ref = (collection: string, id: string) => ({ collection, id });

describe('referencesOf', () => {
	it('finds every { collection, id } in a record, with the path it stands at', () => {
		const data = {
			title: 'Kairat Samarkan',
			witness: ref('people', 'kairat-samarkan'),
			camps: [ref('camps', 'bouryltogay-camp'), ref('camps', 'camp-hospital-of-kairat-samarkan')],
			period: { start: { value: '2017-11-20', precision: 'day' } },
			events: [{ date: { value: '2009', precision: 'year' }, text: 'Moved.', source: ref('sources', 'drama') }],
		};
		expect(referencesOf(data)).toEqual([
			{ ref: ref('people', 'kairat-samarkan'), path: ['witness'] },
			{ ref: ref('camps', 'bouryltogay-camp'), path: ['camps', 0] },
			{ ref: ref('camps', 'camp-hospital-of-kairat-samarkan'), path: ['camps', 1] },
			{ ref: ref('sources', 'drama'), path: ['events', 0, 'source'] },
		]);
	});

	it('does not take an object with more fields than collection and id for a reference', () => {
		expect(referencesOf({ place: { collection: 'places', id: 'almaty', note: 'not a reference' } })).toEqual([]);
		expect(referencesOf({ x: { collection: 'places' } })).toEqual([]);
		expect(referencesOf({ x: { collection: 'places', id: 7 } })).toEqual([]);
	});

	it('finds references nested in arrays of arrays and starts from a given path', () => {
		expect(referencesOf([[ref('people', 'a')]], ['distinctFrom'])).toEqual([{ ref: ref('people', 'a'), path: ['distinctFrom', 0, 0] }]);
	});

	it('finds nothing in scalars, null, dates or empty values', () => {
		for (const value of [undefined, null, 0, 'people/a', true, new Date(0), [], {}]) expect(referencesOf(value)).toEqual([]);
	});
});

describe('recordKey', () => {
	it('joins collection and id', () => {
		expect(recordKey('people', 'serikzhan-bilash')).toBe('people/serikzhan-bilash');
	});
});

describe('buildGraph', () => {
	const records = [
		{
			collection: 'testimonies',
			id: 'kairat-samarkan',
			data: {
				witness: ref('people', 'kairat-samarkan'),
				subjects: [ref('people', 'kairat-samarkan'), ref('people', 'kairat-samarkan')],
				camps: [ref('camps', 'bouryltogay-camp')],
				quotes: [
					{ text: 'One.', source: ref('sources', 'drama') },
					{ text: 'Two.', source: ref('sources', 'drama') },
				],
				events: [{ text: 'Three.', source: ref('sources', 'drama') }],
			},
		},
		{
			collection: 'people',
			id: 'kairat-samarkan',
			data: {
				name: 'Kairat Samarkan',
				// A record pointing at itself makes no edge.
				distinctFrom: [ref('people', 'kairat-samarkan'), ref('people', 'kairat-baitolla')],
				citizenship: [{ value: 'Kazakhstan', source: ref('sources', 'drama') }],
			},
		},
		{ collection: 'camps', id: 'bouryltogay-camp', data: { name: 'Bouryltogay camp', place: ref('places', 'bouryltogay-district') } },
		{ collection: 'sources', id: 'drama', data: { title: 'The Drama', authors: [ref('people', 'turarbek-kusainov')] } },
	];
	const graph = buildGraph(records);

	it('lists the records that refer to a record, with the field they refer through', () => {
		expect(graph.referrers('people/kairat-samarkan')).toEqual([
			{ from: 'testimonies/kairat-samarkan', to: 'people/kairat-samarkan', field: 'witness' },
			{ from: 'testimonies/kairat-samarkan', to: 'people/kairat-samarkan', field: 'subjects' },
		]);
		expect(graph.referrers('sources/drama').map((e) => `${e.from} ${e.field}`)).toEqual([
			'testimonies/kairat-samarkan quotes',
			'testimonies/kairat-samarkan events',
			'people/kairat-samarkan citizenship',
		]);
	});

	it('lists the records a record refers to', () => {
		expect(graph.referenced('testimonies/kairat-samarkan').map((e) => `${e.field} ${e.to}`)).toEqual([
			'witness people/kairat-samarkan',
			'subjects people/kairat-samarkan',
			'camps camps/bouryltogay-camp',
			'quotes sources/drama',
			'events sources/drama',
		]);
		expect(graph.referenced('camps/bouryltogay-camp')).toEqual([{ from: 'camps/bouryltogay-camp', to: 'places/bouryltogay-district', field: 'place' }]);
	});

	it('keeps one edge per target and field, however often the field repeats it', () => {
		const subjects = graph.referrers('people/kairat-samarkan', ['subjects']);
		expect(subjects).toHaveLength(1);
		expect(graph.referenced('testimonies/kairat-samarkan', ['quotes'])).toHaveLength(1);
	});

	it('filters by the fields given', () => {
		expect(graph.referrers('sources/drama', ['quotes', 'citizenship']).map((e) => e.from)).toEqual(['testimonies/kairat-samarkan', 'people/kairat-samarkan']);
		expect(graph.referrers('sources/drama', ['authors'])).toEqual([]);
		expect(graph.referrers('sources/drama', [])).toEqual([]);
		expect(graph.referenced('testimonies/kairat-samarkan', ['camps', 'witness']).map((e) => e.to)).toEqual(['people/kairat-samarkan', 'camps/bouryltogay-camp']);
	});

	it('makes no edge from a record to itself', () => {
		expect(graph.referenced('people/kairat-samarkan').map((e) => e.to)).toEqual(['people/kairat-baitolla', 'sources/drama']);
		expect(graph.referrers('people/kairat-samarkan').every((e) => e.from !== 'people/kairat-samarkan')).toBe(true);
	});

	it('tells a person and a testimony with the same id apart', () => {
		expect(graph.referrers('testimonies/kairat-samarkan')).toEqual([]);
		expect(graph.referenced('people/kairat-samarkan')).not.toEqual(graph.referenced('testimonies/kairat-samarkan'));
	});

	it('returns nothing for records it does not know, including targets that do not exist', () => {
		expect(graph.referrers('people/nobody')).toEqual([]);
		expect(graph.referenced('people/nobody')).toEqual([]);
		// An edge to a missing record is still kept, so the check can report it.
		expect(graph.referrers('people/turarbek-kusainov')).toEqual([{ from: 'sources/drama', to: 'people/turarbek-kusainov', field: 'authors' }]);
	});

	it('agrees in both directions', () => {
		const keys = records.map((r) => recordKey(r.collection, r.id));
		const targets = new Set(keys.flatMap((k) => graph.referenced(k).map((e) => e.to)));
		const outgoing = keys.flatMap((k) => graph.referenced(k));
		const incoming = [...targets].flatMap((k) => graph.referrers(k));
		const sort = (edges: { from: string; to: string; field: string }[]) => edges.map((e) => `${e.from} ${e.to} ${e.field}`).sort();
		expect(sort(incoming)).toEqual(sort(outgoing));
	});

	it('builds an empty graph from no records', () => {
		expect(buildGraph([]).referrers('people/a')).toEqual([]);
	});
});

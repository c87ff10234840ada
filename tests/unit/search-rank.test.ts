import { describe, expect, it } from 'vitest';
import { searchKeys } from '../../src/core/fold.ts';
import { closestNames, mergeHits, nameMatch, rankHits, type Hit } from '../../src/core/search-rank.ts';

const hit = (title: string, kind: string, names: string[], score = 1): Hit => ({ url: `/${title}/`, title, kind, keys: names.flatMap(searchKeys), score });

describe('ranking search results', () => {
	const person = hit('Serikzhan Bilash', 'Person', ['Serikzhan Bilash', 'Bilash'], 0.2);
	const houseArrest = hit('House arrest of Serikzhan Bilash', 'Camp', ['House arrest of Serikzhan Bilash'], 0.9);
	const testimony = hit('Serikzhan Bilash: threats', 'Testimony', ['Serikzhan Bilash', 'Almaty'], 0.8);
	const other = hit('A source', 'Source', [], 5);

	it('matches whole names, words of names, or nothing, after folding', () => {
		expect(nameMatch('Serikjan Bilash', person.keys).level).toBe('exact');
		expect(nameMatch('bila', person.keys).level).toBe('words');
		expect(nameMatch('Almaty', person.keys).level).toBe('none');
	});

	it('puts the named record first, then accounts involving it, then descriptions, then the rest', () => {
		expect(rankHits('Serikjan Bilash', [other, testimony, houseArrest, person]).map((h) => h.title)).toEqual([
			'Serikzhan Bilash',
			'Serikzhan Bilash: threats',
			'House arrest of Serikzhan Bilash',
			'A source',
		]);
		expect(rankHits('Bilash', [houseArrest, testimony, person])[0]).toBe(person);
	});

	it('keeps each page once, with its best score', () => {
		expect(mergeHits([[{ ...person, score: 0.1 }], [person]])).toEqual([person]);
	});

	it('suggests the nearest known names for a misspelt query, and none for gibberish', () => {
		const names = [{ name: 'Nurlan Kokteubai', keys: searchKeys('Nurlan Kokteubai') }, { name: 'Almaty', keys: searchKeys('Almaty') }];
		expect(closestNames('Kokteubaj', names).map((n) => n.name)).toEqual(['Nurlan Kokteubai']);
		expect(closestNames('Qwertyuiop', names)).toEqual([]);
	});
});

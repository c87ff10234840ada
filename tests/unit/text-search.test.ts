import { describe, expect, it } from 'vitest';
import { excerptOf, missingWords, textWords } from '../../src/core/text-search.ts';

describe('searching the texts', () => {
	it('searches every word of three letters or more, and says which are too short', () => {
		expect(textWords('re-education camp in Mongolkure')).toEqual({ words: ['re-education', 'camp', 'Mongolkure'], short: ['in'] });
		expect(textWords('“Tiger chair”, tiger')).toEqual({ words: ['Tiger', 'chair'], short: [] });
		expect(textWords('a b')).toEqual({ words: [], short: ['a', 'b'] });
	});

	it('finds a word at the start of a word of the text, in another form, case or accent, and never inside a word', () => {
		const text = 'She was taken to the Camps of Ürümqi and detained in a “tiger chair”.';
		expect(missingWords(text, ['camp', 'detained', 'tiger', 'chairs', 'urumqi'])).toEqual([]);
		expect(missingWords(text, ['Mongolkure', 'amps', 'tig'])).toEqual(['Mongolkure', 'amps']);
	});

	it('makes an excerpt around the first word found, marking the words and not their punctuation', () => {
		const text = 'One two three four five six seven eight nine ten “tiger chair”, eleven twelve.';
		expect(excerptOf(text, ['tiger', 'chair'], 6)).toEqual([
			{ text: '… nine ten “', mark: false },
			{ text: 'tiger', mark: true },
			{ text: ' ', mark: false },
			{ text: 'chair', mark: true },
			{ text: '”, eleven twelve.', mark: false },
		]);
		expect(excerptOf(text, ['two'], 3).map((p) => p.text).join('')).toBe('… two three four …');
		expect(excerptOf('Short text.', ['absent'])).toEqual([{ text: 'Short text.', mark: false }]);
	});
});

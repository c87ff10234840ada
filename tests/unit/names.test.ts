import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/core/fold.ts';
import { closest } from '../../src/core/similar.ts';
import { nameProblem } from '../../src/tools/check/names.ts';

describe('nameKey', () => {
	it('ignores case, accents and spacing', () => {
		const key = nameKey('Sayragul Sauytbai');
		expect(key).toBe('sayragul sauytbai');
		for (const spelling of ['SAYRAGUL SAUYTBAI', '  Sayragul   Sauytbai ', 'Sayragul\u00a0Sauytbai', 'Sayragul\nSauytbai', 'Sáyragul Sauytbaï', 'Sa\u0301yragul Sauytbai']) {
			expect(nameKey(spelling), spelling).toBe(key);
		}
	});

	it('turns punctuation between words into one space and drops it at the ends', () => {
		expect(nameKey('M·Baimaganbetov')).toBe('m baimaganbetov');
		expect(nameKey('Nur-Sultan')).toBe('nur sultan');
		expect(nameKey('“Atazhurt”')).toBe('atazhurt');
		expect(nameKey('Atajurt Kazakh Human Rights (Atajurt)')).toBe('atajurt kazakh human rights atajurt');
	});

	it('folds Turkic letters with diacritics to their base letters', () => {
		expect(nameKey('Ürümqi')).toBe('urumqi');
		expect(nameKey('U\u0308ru\u0308mqi')).toBe('urumqi');
		expect(nameKey('Özil')).toBe(nameKey('Ozil'));
	});

	it('keeps digits and letters of other scripts', () => {
		expect(nameKey('Zharkyn 7')).toBe('zharkyn 7');
		expect(nameKey('Shapshal School No. 3')).toBe('shapshal school no 3');
		expect(nameKey('Серикжан Билаш')).toBe('серикжан билаш');
		// Accents are ignored in every script: Cyrillic й folds to и like Latin ü to u.
		expect(nameKey('Сайрагүл')).toBe(nameKey('Саирагүл'));
	});

	it('does not make different names the same', () => {
		expect(nameKey('Kairat Samarkan')).not.toBe(nameKey('Kairat Baitolla'));
		expect(nameKey('Dulat Agadil')).not.toBe(nameKey('Zhanbolat Agadil'));
	});
});

describe('nameProblem', () => {
	it('accepts plain Latin names, with or without diacritics', () => {
		for (const name of ['Serikzhan Bilash', 'Ürümqi', 'U\u0308ru\u0308mqi', 'Mesut Özil', 'Sayragul Sauytbaí', 'Nur-Sultan', 'M·Baimaganbetov', 'Zharkyn 7', 'Łódź', 'Şanlıurfa']) {
			expect(nameProblem(name), name).toBeUndefined();
		}
	});

	it('accepts names written wholly in Cyrillic or Greek, or with each script in its own word', () => {
		expect(nameProblem('Серикжан Билаш')).toBeUndefined();
		expect(nameProblem('Сайрагүл Сауытбай')).toBeUndefined();
		expect(nameProblem('Αθήνα')).toBeUndefined();
		expect(nameProblem('Serikzhan (Серикжан)')).toBeUndefined();
	});

	it('reports zero-width and other invisible characters, naming the code point', () => {
		expect(nameProblem('Serikzhan\u200bBilash')).toBe('the name “Serikzhan\u200bBilash” contains an invisible character (U+200B)');
		expect(nameProblem('Serik\u200dzhan')).toMatch(/\(U\+200D\)$/);
		expect(nameProblem('\ufeffSerikzhan')).toMatch(/\(U\+FEFF\)$/);
		expect(nameProblem('Seri\u00adkzhan')).toMatch(/\(U\+00AD\)$/);
		expect(nameProblem('Bilash\u2060')).toMatch(/\(U\+2060\)$/);
		// Direction marks and control characters are refused in every text field, names included, by checkCharacters.
		expect(nameProblem('\u202eBilash')).toBeUndefined();
	});

	it('reports a word that mixes Latin letters with look-alike Cyrillic ones', () => {
		// "а" (U+0430) and "о" (U+043E) look like Latin a and o.
		expect(nameProblem('S\u0430yragul Sauytbai')).toBe('the word “S\u0430yragul” mixes Latin letters with the look-alike Cyrillic letter “\u0430”');
		expect(nameProblem('B\u043euryltogay camp')).toMatch(/look-alike Cyrillic letter “о”/);
		expect(nameProblem('\u0421erikzhan')).toMatch(/Cyrillic/); // Cyrillic capital Es
	});

	it('reports a word that mixes Latin letters with look-alike Greek ones', () => {
		expect(nameProblem('\u0391lmaty')).toBe('the word “\u0391lmaty” mixes Latin letters with the look-alike Greek letter “\u0391”');
		expect(nameProblem('Ur\u03bfmqi')).toMatch(/Greek letter “ο”/);
	});
});

describe('closest', () => {
	const ids = ['bouryltogay-camp', 'tola-village-camp', 'zhanakala-camp', 'serikzhan-bilash', 'sayragul-sauytbai', 'kairat-samarkan', 'kairat-baitolla'];

	it('suggests the id a typo was meant to be', () => {
		expect(closest('bouryltogai-camp', ids, 3)).toEqual(['bouryltogay-camp']);
		expect(closest('serikzhan-bilas', ids, 3)).toEqual(['serikzhan-bilash']);
		expect(closest('sairagul-sauytbai', ids, 1)).toEqual(['sayragul-sauytbai']);
	});

	it('puts the nearest first and breaks ties alphabetically', () => {
		expect(closest('cat', ['cut', 'cart', 'bat', 'cast', 'cat'], 10)).toEqual(['cat', 'bat', 'cart', 'cast', 'cut']);
	});

	it('returns at most count suggestions', () => {
		expect(closest('cat', ['cut', 'cart', 'bat', 'cast'], 2)).toEqual(['bat', 'cart']);
		expect(closest('cat', ['cut'], 0)).toEqual([]);
	});

	it('leaves out candidates too far to be a typo', () => {
		expect(closest('xyz', ids, 3)).toEqual([]);
		expect(closest('dog', ['cat'], 3)).toEqual([]);
		// Short words allow two edits; long ones a third of their length.
		expect(closest('ab', ['cd', 'abcd', 'abcde'], 3)).toEqual(['abcd', 'cd']);
		expect(closest('kairat-samarkan', ['kairat-baitolla'], 3)).toEqual([]);
		expect(closest('zhanakala', ['zhanakala-camp'], 3)).toEqual([]);
		expect(closest('zhanakala-cmp', ['zhanakala-camp'], 3)).toEqual(['zhanakala-camp']);
	});

	it('returns nothing when there are no candidates', () => {
		expect(closest('anything', [], 3)).toEqual([]);
	});
});

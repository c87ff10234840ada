import { describe, expect, it } from 'vitest';
import { createMentionFinder, type NameTarget } from '../../src/core/mentions.ts';

const target = (key: string, name: string): NameTarget => ({ name, key, href: `/${key}/` });

const targets = [
	target('people/serikzhan-bilash', 'Serikzhan'),
	target('people/serikzhan-bilash', 'Bilash'),
	target('people/serikzhan-bilash', 'Serikzhan Bilash'),
	target('people/aiman-umarova', 'Aiman Umarova'),
	target('people/aiman-umarova', 'Ayman Umarova'),
	target('people/mukhtar-ablyazov', 'Mukhtar Ablyazov'),
	target('people/mukhtar-ablyazov', 'Ablyazov'),
	target('people/m-baimaganbetov', 'M·Baimaganbetov'),
	target('people/m-baimaganbetov', 'Baimaganbetov'),
	target('people/sayragul-sauytbai', 'Sayragul Sauytbai'),
	target('people/sayragul-sauytbai', 'Sayragul'),
	target('places/urumqi', 'Ürümqi'),
	target('places/kazakhstan', 'Kazakhstan'),
	target('places/nur-sultan', 'Nur-Sultan'),
	target('organizations/world-kurultai-of-kazakhs', 'World Kurultai of Kazakhs'),
	target('organizations/bitter-winter', 'Bitter Winter'),
];
const find = createMentionFinder(targets);

/** Each mention as the text it covers and the record it points at. */
const found = (text: string, finder = find) => finder(text).map((m) => [text.slice(m.start, m.end), m.target.key]);

describe('createMentionFinder', () => {
	it('finds a multi-word name, with offsets into the text', () => {
		const text = 'He was also forced to reject his lawyer Aiman Umarova and was required to accept a lawyer.';
		const mentions = find(text);
		expect(mentions).toHaveLength(1);
		expect(mentions[0]).toMatchObject({ start: text.indexOf('Aiman'), end: text.indexOf(' and was'), target: { key: 'people/aiman-umarova', href: '/people/aiman-umarova/' } });
	});

	it('finds a name of four words with a lower-case word inside', () => {
		expect(found('Omirhan Altyn made a statement at the 5th World Kurultai of Kazakhs (WKK) held in Astana.')).toEqual([
			['World Kurultai of Kazakhs', 'organizations/world-kurultai-of-kazakhs'],
		]);
	});

	it('does not find a multi-word name when only its first words are present', () => {
		expect(found('The World Kurultai met in Astana. Aiman said nothing.')).toEqual([]);
	});

	it('lets the longest name win over a shorter name that starts the same way', () => {
		expect(found('Serikzhan Bilash spoke; later Serikzhan and then Bilash spoke again.')).toEqual([
			['Serikzhan Bilash', 'people/serikzhan-bilash'],
			['Serikzhan', 'people/serikzhan-bilash'],
			['Bilash', 'people/serikzhan-bilash'],
		]);
		expect(found('Sayragul Sauytbai and Sayragul')).toEqual([
			['Sayragul Sauytbai', 'people/sayragul-sauytbai'],
			['Sayragul', 'people/sayragul-sauytbai'],
		]);
	});

	it('lets the longest name win whatever order the names are given in', () => {
		const a = target('people/a', 'Kairat');
		const b = target('people/b', 'Kairat Samarkan');
		const text = 'Kairat Samarkan reported it, and Kairat repeated it.';
		const expected = [
			['Kairat Samarkan', 'people/b'],
			['Kairat', 'people/a'],
		];
		expect(found(text, createMentionFinder([a, b]))).toEqual(expected);
		expect(found(text, createMentionFinder([b, a]))).toEqual(expected);
	});

	it('does not report the words of a longer name again on their own', () => {
		// "Bilash" is also a name, but it is part of the full name here.
		expect(find('Serikzhan Bilash')).toHaveLength(1);
		expect(found('Mukhtar Ablyazov is a former chairman')).toEqual([['Mukhtar Ablyazov', 'people/mukhtar-ablyazov']]);
	});

	it('finds a name followed by a possessive ’s or \'s, leaving the ending out of the mention', () => {
		expect(found('Kazakhstan’s official position and Sayragul Sauytbai’s husband')).toEqual([
			['Kazakhstan', 'places/kazakhstan'],
			['Sayragul Sauytbai', 'people/sayragul-sauytbai'],
		]);
		expect(found("Serikzhan's alleged statements and Ablyazov's slogans")).toEqual([
			['Serikzhan', 'people/serikzhan-bilash'],
			['Ablyazov', 'people/mukhtar-ablyazov'],
		]);
		expect(found('“Sayragul’s Story” – Lost Hopes')).toEqual([['Sayragul', 'people/sayragul-sauytbai']]);
	});

	it('takes a possessive only at the end of a name', () => {
		// "Sayragul’s Sauytbai" is not the full name in the possessive.
		expect(found('Sayragul’s Sauytbai')).toEqual([['Sayragul', 'people/sayragul-sauytbai']]);
	});

	it('ignores diacritics on either side, and keeps offsets into the text as written', () => {
		const urumqi = target('places/urumqi', 'Urumqi');
		for (const [finder, text] of [
			[find, 'He was taken to Urumqi.'],
			[find, 'He was taken to Ürümqi.'],
			[find, 'He was taken to U\u0308ru\u0308mqi.'],
			[createMentionFinder([urumqi]), 'He was taken to Ürümqi.'],
		] as const) {
			const mentions = finder(text);
			expect(mentions, text).toHaveLength(1);
			expect(text.slice(mentions[0].start, mentions[0].end)).toBe(text.slice(16, -1));
			expect(mentions[0].target.key).toBe('places/urumqi');
		}
	});

	it('matches a name with accents in one spelling and none in the other, word by word', () => {
		const finder = createMentionFinder([target('people/x', 'Sayragul Sauytbaí')]);
		expect(found('Sayragul Sauytbai said', finder)).toEqual([['Sayragul Sauytbai', 'people/x']]);
	});

	it('never matches part of a word', () => {
		expect(find('Bilashov, Kazakhstani officials, Serikzhanov and Ablyazovs met in Nur-Sultanabad.')).toEqual([]);
		expect(find('Sino-Kazakhstan relations')).toEqual([]);
		expect(find('the Sultan of Nur')).toEqual([]);
		expect(find('BitterWinter')).toEqual([]);
	});

	it('finds hyphenated names as one word, and names written with a middle dot', () => {
		expect(found('The position of official Astana (Nur-Sultan) looks very strange.')).toEqual([['Nur-Sultan', 'places/nur-sultan']]);
		expect(found('my investigating officer, M·Baimaganbetov. They told me to apply to investigating officer Baimaganbetov')).toEqual([
			['M·Baimaganbetov', 'people/m-baimaganbetov'],
			['Baimaganbetov', 'people/m-baimaganbetov'],
		]);
	});

	it('is case-sensitive, since names are proper nouns', () => {
		expect(find('a bitter winter in kazakhstan')).toEqual([]);
		expect(found('Bitter Winter')).toEqual([['Bitter Winter', 'organizations/bitter-winter']]);
	});

	it('finds every mention, in the order of the text', () => {
		const text = 'Erkin said Bilash, Bilash and Bilash.';
		expect(find(text).map((m) => m.start)).toEqual([11, 19, 30]);
	});

	it('finds nothing in empty text or with no names, and skips names without words', () => {
		expect(find('')).toEqual([]);
		expect(createMentionFinder([])('Serikzhan Bilash')).toEqual([]);
		expect(createMentionFinder([target('people/x', '—'), target('people/y', ' ')])('— and  ')).toEqual([]);
	});

	it('finds the right record among many names sharing a first word', () => {
		const many = Array.from({ length: 2000 }, (_, i) => target(`people/p${i}`, `Kairat Name${i}`));
		const finder = createMentionFinder([...many, target('people/kairat-samarkan', 'Kairat Samarkan')]);
		expect(found('Kairat Name1999 and Kairat Samarkan and Kairat Name7', finder)).toEqual([
			['Kairat Name1999', 'people/p1999'],
			['Kairat Samarkan', 'people/kairat-samarkan'],
			['Kairat Name7', 'people/p7'],
		]);
	});
});

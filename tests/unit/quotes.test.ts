import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { markdownBlocks } from '../../src/lib/markdown-text.ts';
import { closestPassage, foldSpace, foldWithMap, locateQuote, quoteAnchor } from '../../src/lib/quotes.ts';

const contentDir = join(import.meta.dirname, '..', '..', 'content');
const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const read = (path: string) => {
	const text = readFileSync(join(contentDir, path), 'utf8');
	const match = frontMatter.exec(text)!;
	return { data: parse(match[1]) as Record<string, unknown>, body: text.slice(match[0].length) };
};

describe('foldSpace', () => {
	it('folds runs of spaces, tabs, line breaks and no-break spaces into one space', () => {
		expect(foldSpace('We  are\tthe\n\nlaw.')).toBe('We are the law.');
		expect(foldSpace('11:21\u00a0p.m.')).toBe('11:21 p.m.');
		expect(foldSpace('5\u2007700 people\u202fheld')).toBe('5 700 people held');
		expect(foldSpace('a \u00a0 \n b')).toBe('a b');
	});

	it('trims the ends', () => {
		expect(foldSpace('  \u00a0 Reported by Li Pei \n')).toBe('Reported by Li Pei');
		expect(foldSpace(' \n\t ')).toBe('');
	});

	it('changes nothing else: not quote marks, dashes, case or zero-width characters', () => {
		const text = '“Sayragul’s Story” – Lost Hopes';
		expect(foldSpace(text)).toBe(text);
		expect(foldSpace('a\u200bb')).toBe('a\u200bb');
	});
});

describe('quoteAnchor', () => {
	const quote = 'He got into the camp on November 20, 2017 and stayed there for three months.';

	it('is an id-safe string that starts with "q-"', () => {
		expect(quoteAnchor(quote)).toMatch(/^q-[0-9a-z]+$/);
	});

	it('is the same however the white space of the passage is written', () => {
		const anchor = quoteAnchor(quote);
		expect(quoteAnchor(quote.replace(/ /g, '\u00a0'))).toBe(anchor);
		expect(quoteAnchor(`  ${quote.replace('camp on', 'camp\n   on')}\n`)).toBe(anchor);
		expect(quoteAnchor(foldSpace(quote))).toBe(anchor);
	});

	it('is stable across builds: links from record pages depend on it', () => {
		// FNV-1a over the code points of the folded text; changing it would break every
		// link from a record to a marked passage already published.
		expect(quoteAnchor('')).toBe(`q-${(0x811c9dc5).toString(36)}`);
		expect(quoteAnchor(quote)).toBe('q-o6i6km');
		expect(quoteAnchor('a')).toBe(`q-${(Math.imul(0x811c9dc5 ^ 0x61, 0x01000193) >>> 0).toString(36)}`);
	});

	it('differs for passages that differ in a word, a mark or a letter outside the BMP', () => {
		const anchors = new Set(
			[quote, quote.replace('three', 'two'), quote.replace('.', ''), `“${quote}”`, quote.toUpperCase(), `${quote} 😀`, `${quote} 😁`].map(quoteAnchor),
		);
		expect(anchors.size).toBe(7);
	});
});

describe('foldWithMap', () => {
	it('keeps, for every folded character, its offset in the original text', () => {
		const text = '  a \u00a0 b\n\nc ';
		const { folded, map } = foldWithMap(text);
		expect(folded).toBe('a b c');
		expect(map).toEqual([2, 5, 6, 8, 9]);
	});

	it('maps letters to themselves and folded spaces to white space', () => {
		const text = 'It is currently 11:21\u00a0p.m. on the night\n of March  13, 2019.';
		const { folded, map } = foldWithMap(text);
		expect(folded).toBe(foldSpace(text));
		expect(map).toHaveLength(folded.length);
		[...folded].forEach((ch, k) => {
			if (ch === ' ') expect(text[map[k]]).toMatch(/\s/);
			else expect(text[map[k]]).toBe(ch);
		});
		// Offsets only grow.
		expect(map.every((at, k) => k === 0 || at > map[k - 1])).toBe(true);
	});

	it('returns nothing for blank text', () => {
		expect(foldWithMap(' \n\u00a0')).toEqual({ folded: '', map: [] });
	});
});

describe('locateQuote', () => {
	const blocks = ['They said, “We are the law.”', 'He was told,\u00a0“We are\n  the law. If we make you go to court, then you will go to court.”'];

	it('finds a quote and returns offsets in the unfolded block', () => {
		const at = locateQuote(blocks, 'If we make you go to court');
		expect(at).toEqual({ block: 1, start: blocks[1].indexOf('If'), end: blocks[1].indexOf(', then') });
	});

	it('allows only white space to differ, including no-break spaces on either side', () => {
		const quote = 'He was told, “We are the law.';
		const at = locateQuote(blocks, quote)!;
		expect(at).toBeDefined();
		expect(at.block).toBe(1);
		expect(blocks[1].slice(at.start, at.end)).toBe('He was told,\u00a0“We are\n  the law.');
		expect(foldSpace(blocks[1].slice(at.start, at.end))).toBe(quote);

		const nbspQuote = 'They\u00a0said,\u00a0“We\u00a0are the law.”';
		expect(locateQuote(blocks, nbspQuote)).toEqual({ block: 0, start: 0, end: blocks[0].length });
	});

	it('returns the first block the quote occurs in', () => {
		expect(locateQuote(blocks, 'We are the law.')).toEqual({ block: 0, start: blocks[0].indexOf('We'), end: blocks[0].indexOf('”') });
	});

	it('does not find a quote that runs across two blocks', () => {
		expect(locateQuote(blocks, 'We are the law.” He was told,')).toBeUndefined();
		expect(locateQuote(['Reported by', 'Li Pei'], 'Reported by Li Pei')).toBeUndefined();
	});

	it('does not fold anything but white space', () => {
		expect(locateQuote(blocks, 'They said, "We are the law."')).toBeUndefined();
		expect(locateQuote(blocks, 'they said')).toBeUndefined();
		expect(locateQuote(blocks, 'Wearethelaw')).toBeUndefined();
	});

	it('finds nothing for an empty or blank quote', () => {
		expect(locateQuote(blocks, '')).toBeUndefined();
		expect(locateQuote(blocks, ' \u00a0\n')).toBeUndefined();
	});

	it('finds every quote of a real testimony in its source, at offsets that hold the quote', () => {
		const source = read('sources/drama-of-ethnic-kazakhs-persecuted-in-xinjiang.md');
		const blocksOf003 = markdownBlocks(source.body);
		const testimony = read('testimonies/kairat-samarkan.md').data as { quotes: { text: string }[] };
		expect(testimony.quotes.length).toBeGreaterThan(3);
		for (const { text } of testimony.quotes) {
			const at = locateQuote(blocksOf003, text);
			expect(at, text).toBeDefined();
			expect(foldSpace(blocksOf003[at!.block].slice(at!.start, at!.end))).toBe(foldSpace(text));
		}
	});
});

describe('closestPassage', () => {
	const blocks = [
		'It is currently 11:21 p.m. on the night of March 13, 2019.',
		'I love my wife and my two sons. I love my Kazakh ethnicity. I love my country of Kazakhstan.',
		'Reported by Li Pei',
	];

	it('gives the nearest passage and the word that was mistyped', () => {
		expect(closestPassage(blocks, 'I love my wife and my three sons.')).toEqual({
			passage: 'I love my wife and my two sons.',
			differences: ['the source has “two” where the quote has “three”'],
		});
	});

	it('lists every differing word, including punctuation and case', () => {
		const near = closestPassage(blocks, 'It is currently 11:21 pm on the night of march 13, 2019.')!;
		expect(near.passage).toBe('It is currently 11:21 p.m. on the night of March 13, 2019.');
		expect(near.differences).toEqual(['the source has “p.m.” where the quote has “pm”', 'the source has “March” where the quote has “march”']);
	});

	it('folds white space before comparing, so only real differences are listed', () => {
		const near = closestPassage(blocks, 'I\u00a0love my   country\nof Kazakhstan!');
		expect(near).toEqual({ passage: 'I love my country of Kazakhstan.', differences: ['the source has “Kazakhstan.” where the quote has “Kazakhstan!”'] });
	});

	it('says which words run past the end of a short block', () => {
		expect(closestPassage(blocks, 'Reported by Li Pei and Erkin Azat')).toEqual({
			passage: 'Reported by Li Pei',
			differences: ['“and” is not in the source', '“Erkin” is not in the source', '“Azat” is not in the source'],
		});
	});

	it('finds no passage when no word is shared', () => {
		expect(closestPassage(blocks, 'Nothing here matches')).toBeUndefined();
		expect(closestPassage([], 'I love my wife')).toBeUndefined();
	});

	it('has no differences for a quote that is in the source', () => {
		expect(closestPassage(blocks, 'I love my Kazakh ethnicity.')).toEqual({ passage: 'I love my Kazakh ethnicity.', differences: [] });
	});
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { markdownBlocks } from '../../src/core/markdown-text.ts';
import { foldSpace, foldWithMap, locatePassages, quoteAnchor } from '../../src/core/quotes.ts';

const fixtureContent = join(import.meta.dirname, '..', 'fixtures', 'valid-archive', 'content');
const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const read = (path: string) => {
	const text = readFileSync(join(fixtureContent, path), 'utf8');
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
		// FNV-1a over the code points of the folded text, in base 36; changing it would break
		// every link from a record to a marked passage already published. "" and "a" are the
		// published FNV-1a test vectors 0x811c9dc5 and 0xe40c292c.
		expect(quoteAnchor('')).toBe('q-ztntfp');
		expect(quoteAnchor('a')).toBe('q-1r9wi7g');
		expect(quoteAnchor(quote)).toBe('q-o6i6km');
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

describe('locatePassages', () => {
	const text = 'They said, “We are the law.”\n\nHe was told,\u00a0“We are\n  the law. If we make you go to court, then you will go to court.”';

	it('finds a passage and gives its offsets in the text as written', () => {
		expect(locatePassages(text, ['If we make you go to court'])).toEqual([{ passage: 'If we make you go to court', start: text.indexOf('If'), end: text.indexOf(', then') }]);
	});

	it('allows only white space to differ, including no-break spaces on either side', () => {
		const quote = 'He was told, “We are the law.';
		const [at] = locatePassages(text, [quote]);
		expect(at).toBeDefined();
		expect(at.passage).toBe(quote);
		expect(text.slice(at.start, at.end)).toBe('He was told,\u00a0“We are\n  the law.');

		const nbspQuote = 'They\u00a0said,\u00a0“We\u00a0are the law.”';
		expect(locatePassages(text, [nbspQuote])).toEqual([{ passage: 'They said, “We are the law.”', start: 0, end: text.indexOf('\n') }]);
	});

	it('gives the passage with its white space folded, and offsets without the white space around it', () => {
		const [at] = locatePassages(text, ['\n  the law.  If\u00a0we\t']);
		expect(at.passage).toBe('the law. If we');
		expect(text.slice(at.start, at.end)).toBe('the law. If we');
	});

	it('gives the first occurrence of a passage the text holds twice', () => {
		expect(locatePassages(text, ['We are the law.'])).toEqual([{ passage: 'We are the law.', start: text.indexOf('We'), end: text.indexOf('”') }]);
		expect(locatePassages(text, ['go to court'])).toEqual([{ passage: 'go to court', start: text.indexOf('go to court'), end: text.indexOf(', then') }]);
	});

	it('finds a passage only as whole words, as the check does: never cut out of a number or a word', () => {
		const figures = 'The camp held 5,700 people. Later, 700 people were moved; another camp held them.';
		expect(locatePassages(figures, ['700 people'])).toEqual([{ passage: '700 people', start: figures.indexOf('700 people were'), end: figures.indexOf(' were') }]);
		expect(locatePassages(figures, ['other camp held'])).toEqual([]);
		expect(locatePassages(figures, ['5,700 people.'])).toEqual([{ passage: '5,700 people.', start: figures.indexOf('5,700'), end: figures.indexOf(' Later') }]);
	});

	it('does not fold anything but white space', () => {
		expect(locatePassages(text, ['They said, "We are the law."'])).toEqual([]);
		expect(locatePassages(text, ['they said'])).toEqual([]);
		expect(locatePassages(text, ['Wearethelaw'])).toEqual([]);
	});

	it('finds nothing for a passage that is not in the text', () => {
		expect(locatePassages(text, ['We are the lawyers'])).toEqual([]);
		expect(locatePassages('', ['We are the law.'])).toEqual([]);
	});

	it('skips empty and blank passages', () => {
		expect(locatePassages(text, [''])).toEqual([]);
		expect(locatePassages(text, [' \u00a0\n'])).toEqual([]);
		expect(locatePassages(text, ['', 'They said', ' \n'])).toEqual([{ passage: 'They said', start: 0, end: 9 }]);
	});

	it('finds several passages in one call, in the order they are given, leaving out those not found', () => {
		const found = locatePassages(text, ['then you will go to court', 'not in the text', 'They said', 'the law. If']);
		expect(found.map((p) => p.passage)).toEqual(['then you will go to court', 'They said', 'the law. If']);
		expect(found.map((p) => text.slice(p.start, p.end))).toEqual(['then you will go to court', 'They said', 'the law. If']);
		expect(found[0].start).toBeGreaterThan(found[1].start);
	});

	it('takes the passages from any iterable, such as a set', () => {
		expect(locatePassages(text, new Set(['They said', 'They said']))).toEqual([{ passage: 'They said', start: 0, end: 9 }]);
	});

	it('finds every quote of the fixture testimony in a paragraph of its source, at offsets that hold the quote', () => {
		const blocks = markdownBlocks(read('sources/drama-excerpt.md').body);
		const testimony = read('testimonies/kairat-samarkan.md').data as { quotes: { text: string }[] };
		expect(testimony.quotes.length).toBeGreaterThanOrEqual(3);
		for (const { text: quote } of testimony.quotes) {
			const found = blocks.flatMap((block) => locatePassages(block, [quote]).map((at) => block.slice(at.start, at.end)));
			expect(found, quote).toHaveLength(1);
			expect(foldSpace(found[0])).toBe(foldSpace(quote));
		}
	});
});

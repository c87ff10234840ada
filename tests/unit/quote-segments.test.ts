import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../src/core/quotes.ts';
import { segmentQuotes } from '../../src/core/quote-segments.ts';

describe('the quoted passages of a headline or standfirst', () => {
	it('marks a quoted passage with its anchor, and leaves the text around it plain', () => {
		expect(segmentQuotes('A guard said: they counted us. Then he left.', ['they counted us'])).toEqual([
			{ text: 'A guard said: ', marked: false },
			{ text: 'they counted us', anchor: quoteAnchor('they counted us'), marked: true },
			{ text: '. Then he left.', marked: false },
		]);
	});

	it('marks a passage at the very start or end without an empty run', () => {
		expect(segmentQuotes('They counted us every morning', ['They counted us', 'every morning'])).toEqual([
			{ text: 'They counted us', anchor: quoteAnchor('They counted us'), marked: true },
			{ text: ' ', marked: false },
			{ text: 'every morning', anchor: quoteAnchor('every morning'), marked: true },
		]);
	});

	it('gives a passage that overlaps the marked one its anchor on an empty run before the mark', () => {
		const one = 'one two three';
		const two = 'two three four';
		expect(segmentQuotes('one two three four five', [two, one])).toEqual([
			{ text: '', anchor: quoteAnchor(two), marked: false },
			{ text: 'one two three', anchor: quoteAnchor(one), marked: true },
			{ text: ' four five', marked: false },
		]);
	});

	it('marks the longer of two passages that start together, and anchors the one inside it', () => {
		const outer = 'Camp No. 1 held 3,000 people';
		const inner = 'Camp No. 1';
		expect(segmentQuotes('In 2018 Camp No. 1 held 3,000 people.', [inner, outer])).toEqual([
			{ text: 'In 2018 ', marked: false },
			{ text: '', anchor: quoteAnchor(inner), marked: false },
			{ text: 'Camp No. 1 held 3,000 people', anchor: quoteAnchor(outer), marked: true },
			{ text: '.', marked: false },
		]);
	});

	it('finds a passage whose white space differs, and keeps the text as written', () => {
		expect(segmentQuotes('They  counted\nus every\u00a0morning.', ['They counted us every morning'])).toEqual([
			{ text: 'They  counted\nus every\u00a0morning', anchor: quoteAnchor('They counted us every morning'), marked: true },
			{ text: '.', marked: false },
		]);
	});

	it('returns the text as one plain run when no passage is in it', () => {
		expect(segmentQuotes('The camps of North Testovia', ['They counted us', 'north testovia'])).toEqual([{ text: 'The camps of North Testovia', marked: false }]);
		expect(segmentQuotes('The camps of North Testovia', [])).toEqual([{ text: 'The camps of North Testovia', marked: false }]);
	});

	it('marks a passage quoted twice once, at its first place', () => {
		expect(segmentQuotes('at night, and again at night', ['at night', 'at  night'])).toEqual([
			{ text: 'at night', anchor: quoteAnchor('at night'), marked: true },
			{ text: ', and again at night', marked: false },
		]);
	});
});

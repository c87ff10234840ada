import { describe, expect, it } from 'vitest';
import { alternation } from '../../src/core/regexp.ts';

const whole = (words: string[]) => new RegExp(`^${alternation(words)}$`);

describe('alternation', () => {
	it('matches each of the words, and nothing else', () => {
		const pattern = whole(['kilo', 'kilometres', 'kilograms', 'river', '2018', 'a.b']);
		for (const word of ['kilo', 'kilometres', 'kilograms', 'river', '2018', 'a.b']) expect(word).toMatch(pattern);
		for (const other of ['kil', 'kilom', 'kilometre', 'rivers', '201', 'axb', '']) expect(other).not.toMatch(pattern);
	});

	it('shares the words’ beginnings, so that its length grows with theirs, not with their number', () => {
		expect(alternation(['kilometres', 'kilograms'])).toBe('(?:kilo(?:metres|grams))');
		expect(alternation(['kilo', 'kilograms'])).toBe('(?:kilo(?:grams)?)');
	});

	it('matches nothing when there is no word', () => {
		expect('anything').not.toMatch(new RegExp(alternation([])));
	});
});

import { describe, expect, it } from 'vitest';
import { archiveName, pageTitle } from '../../src/core/links.ts';

describe('page titles', () => {
	it('put the page’s own name first, then the archive’s when both fit in 70 characters', () => {
		expect(pageTitle('Kairat Samarkan')).toBe('Kairat Samarkan · Xinjiang Detention Testimony Archive');
		expect(pageTitle(archiveName)).toBe(archiveName);
	});

	it('give a longer name alone, and cut a name longer than 70 characters at a word', () => {
		const testimony = 'Goulbakhar Jalilova: fifteen months in shackles and the “tiger chair”';
		expect(pageTitle(testimony)).toBe(testimony);
		const long = 'Detention centre in Kazakhstan where the National Security Committee held Sayragul Sauytbai (not named)';
		expect(pageTitle(long)).toBe('Detention centre in Kazakhstan where the National Security Committee…');
		expect(pageTitle(long).length).toBeLessThanOrEqual(70);
		// A cut after a comma drops it.
		expect(pageTitle(`${'x'.repeat(60)} yyyy, zzzzzzzzzzzzzz`)).toBe(`${'x'.repeat(60)} yyyy…`);
	});

	it('keep a list page’s place in the list whole, cutting the name before it', () => {
		expect(pageTitle('People', 'page 2 of 14')).toBe('People (page 2 of 14) · Xinjiang Detention Testimony Archive');
		const long = 'Testimonies drawn from “Families search for relatives held in Camp Synthetic-14”';
		expect(pageTitle(long, 'page 2 of 3')).toBe('Testimonies drawn from “Families search for relatives… (page 2 of 3)');
		expect(pageTitle(long, 'page 2 of 3').length).toBeLessThanOrEqual(70);
	});
});

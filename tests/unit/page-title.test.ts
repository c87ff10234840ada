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
});

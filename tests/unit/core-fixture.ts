import { quoteAnchor } from '../../src/core/quotes.ts';

/**
 * What a reader sees of the records of tests/fixtures/core-archive on a site built at "/":
 * links and source lines written out by hand from the fixture's files, for the tests to
 * compare the views with.
 */

export const link = {
	aidarbek: { href: '/people/aidarbek-testov/', title: 'Aidarbek Testov' },
	gulnara: { href: '/people/gulnara-testova/', title: 'Gulnara Testova' },
	mirza: { href: '/people/mirza-mockov/', title: 'Mirza Mockov' },
	guard: { href: '/people/mockville-camp-guard/', title: 'Guard at Mockville Camp No. 1 (not named)' },
	vera: { href: '/people/vera-exampleva/', title: 'Vera Exampleva' },
	camp1: { href: '/camps/mockville-camp-no-1/', title: 'Mockville Camp No. 1' },
	seventh: { href: '/camps/7th-street-detention-centre/', title: '7th Street Detention Centre' },
	fictistan: { href: '/places/fictistan/', title: 'Fictistan' },
	mockville: { href: '/places/mockville/', title: 'Mockville' },
	northTestovia: { href: '/places/north-testovia/', title: 'North Testovia' },
	testwatch: { href: '/organizations/testwatch/', title: 'Testwatch' },
	twi: { href: '/organizations/testwatch-international/', title: 'Testwatch International' },
	testimonyAidarbek: { href: '/testimonies/testov-mockville-camp/', title: 'Aidarbek Testov: eight months in Mockville Camp No. 1' },
	testimonyGulnara: { href: '/testimonies/gulnara-testova-on-her-brother/', title: 'Gulnara Testova on her brother’s return' },
	testimonyMirza: { href: '/testimonies/mirza-mockov-7th-street/', title: 'Mirza Mockov: standing in the yard at the 7th Street Detention Centre' },
	interview: { href: '/sources/herald-interview/', title: '“They counted us every morning”: a former detainee remembers Mockville Camp No. 1' },
	report: { href: '/sources/testwatch-report/', title: 'The camps of North Testovia' },
	letter: { href: '/sources/exampleland-letter/', title: 'A letter from Exampleland' },
};

/** A source as a record page cites it: the link, its publisher and its date as a reader says it. */
export const source = {
	interview: { ...link.interview, publisher: 'Fictistan Herald', date: '10 April 2019' },
	report: { ...link.report, publisher: 'Testwatch', date: 'February 2020' },
	letter: { ...link.letter, publisher: 'Exampleland Post', date: '2019' },
};

/** A source link that opens at a quoted passage: the anchor the source page marks it with. */
export const at = <S extends { href: string }>(s: S, passage: string): S => ({ ...s, href: `${s.href}#${quoteAnchor(passage)}` });

/** Dates as the schema gives them: `inferred` is false unless written. */
export const day = (value: string) => ({ value, precision: 'day', inferred: false });
export const month = (value: string) => ({ value, precision: 'month', inferred: false });
export const year = (value: string, qualifier?: string) => ({ value, precision: 'year', inferred: false, ...(qualifier ? { qualifier } : {}) });
/** A date the archive worked out, with how it did. */
export const inferred = <D extends { value: string }>(date: D, basis: string) => ({ ...date, inferred: true, basis });

/** The fixture's source titles and bylines, as citations quote them. */
export const interviewTitle = link.interview.title;
export const interviewUrl = 'https://herald.example/2019/04/mockville-camp/';
export const reportUrl = 'https://testwatch.example/reports/north-testovia/';
export const letterUrl = 'https://post.example/letters/testova_2019/';

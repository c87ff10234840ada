import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportOptions } from '../../src/tools/capture/import.ts';

/**
 * The seed captures, byte for byte, as tests/fixtures/seeds/<id>.capture.txt: copies of those
 * the archive keeps beside its source records, so that no edit to content/ changes a test.
 */
export const captureDir = join(import.meta.dirname, '..', 'fixtures', 'seeds');

/** Each seed with the provenance its import needs and what its cleaned body must hold. */
export const seeds: {
	file: string;
	id: string;
	/** The SHA-256 published with the seed (../shared/seeds/SOURCES.md lists the files). */
	sha256: string;
	options: Omit<ImportOptions, 'added'>;
	/** How the body's first block begins and its last block ends. */
	first: string;
	last: string;
}[] = [
	{
		file: '000_3c13e70b2a9e5a9a.txt',
		id: 'how-kazakhstan-concealed-xinjiang',
		sha256: 'd1ff675ffbd9e0b5e22ca36361e9941987dc144d12a7f296b3460fc54665a166',
		options: { url: 'https://chinaaid.org/2022/03/how-kazakhstan-concealed-xinjiang.html', publisher: 'ChinaAid', byline: 'Gao Zhensai, Special Correspondent' },
		first: 'Serikzhan Bilash in New York, 2021 (Photo: Kalbynur Auken)',
		last: '~Gao Zhensai, Special Correspondent of ChinaAid',
	},
	{
		file: '001_3363244e095103a1.txt',
		id: 'inside-story-of-the-xinjiang-concentration-camps',
		sha256: 'ce252b456e812b72d1b48089ee9e1e5576d1a469871fc62d858ddb7e276badf2',
		options: {
			url: 'https://global.tuidang.org/2022/03/15/the-inside-story-of-the-xinjiang-concentration-camps-china-aids-exclusive-interview-with-serikzhan-bilash/',
			publisher: 'Global Tuidang Center',
			originalPublisher: 'ChinaAid',
			slug: 'inside-story-of-the-xinjiang-concentration-camps',
		},
		first: 'Serikzhan Bilash in New York, November 2021 - credit: Kalbynur Auken',
		last: 'I chose Turkey because it is a visa-free country, and I could be exempted for three months.',
	},
	{
		file: '002_f7de024f498574c2.txt',
		id: 'kazakh-activist-forced-to-falsely-confess',
		sha256: 'e01341e6bfeccfbf7526f25c2e988c85efd8f8c3f242da7416717c93afece5c9',
		options: { url: 'https://bitterwinter.org/kazakh-activist-forced-to-falsely-confess/', publisher: 'Bitter Winter', byline: 'Li Pei (a pseudonym)' },
		first: 'Serikzhan Bilash standing outside of the court (supplied by a volunteer/journalist Qiao Na from RFA)',
		last: 'Reported by Li Pei',
	},
	{
		file: '003_78b9650a9ca8b80e.txt',
		id: 'drama-of-ethnic-kazakhs-persecuted-in-xinjiang',
		sha256: 'e7f739d4c69106f94c4b304ce60648a5d1c3408f254f65d0dff550a64d36a44f',
		options: {
			url: 'https://bitterwinter.org/the-drama-of-ethnic-kazakhs-persecuted-in-xinjiang-full-book/',
			publisher: 'Bitter Winter',
			title: 'The Drama of Ethnic Kazakhs Persecuted in Xinjiang: Full Book',
			date: '2020',
			dateBasis: 'inferred',
			slug: 'drama-of-ethnic-kazakhs-persecuted-in-xinjiang',
		},
		first: 'Index: When did the repression in Xinjiang begin?',
		last: 'If this continues, then East Turkestan, which has been the pride of the Turkic world for many centuries, is doomed to final destruction.',
	},
	{
		file: '004_e10d537cb94a8179.txt',
		id: 'kazakhstan-arrests-activist-who-exposed-atrocities',
		sha256: '18814ac250c4d6686fd1a898e5d00b304741d3b570e521ca5d496d13763d3e9f',
		options: {
			url: 'https://bitterwinter.org/kazakhstan-arrests-activist-who-exposed-atrocities-in-xinjiang/',
			publisher: 'Bitter Winter',
			slug: 'kazakhstan-arrests-activist-who-exposed-atrocities',
		},
		first: 'Image: Serikzhan Bilash (from Facebook)',
		last: 'In practice, the price to pay for Belt and Road is to silence criticism of Chinese anti-human-rights atrocities.',
	},
];

/** The bytes of a seed capture, as the archive stores it (the fixture's copy). */
export const readSeed = (seed: { id: string }) => readFileSync(join(captureDir, `${seed.id}.capture.txt`));

import { createHash } from 'node:crypto';
import { idFromName } from '../../../src/core/fold.ts';
import type { Random } from '../random.ts';
import { datePhrase, publishers, randomDate } from '../text.ts';
import { numberWidth, pad, type Archive, type Source } from './model.ts';
import { sourceText } from './source-text.ts';
import { writeRecord, type Emit } from './write.ts';

/** Who wrote each source, when, and where; the text comes later, once the testimonies are planned. */
export function planSources(random: Random, count: number, { people, authors }: Pick<Archive, 'people' | 'authors'>): Source[] {
	const sources: Source[] = [];
	const sourceWidth = numberWidth(count);
	for (let s = 0; s < count; s++) {
		const publisher = random.pick(publishers);
		const date = randomDate(random, 2018, 2023);
		const basis = date.precision === 'day' ? 'stated' : date.precision === 'month' ? 'address' : 'inferred';
		const published: Source['published'] =
			basis === 'inferred'
				? { value: date.value, precision: date.precision, basis, inferred: true, note: 'The capture carries no date; the archive infers the year from the events it reports.' }
				: { value: date.value, precision: date.precision, basis };
		const [year, month = '06'] = date.value.split('-');
		sources.push({
			id: `report-${pad(s + 1, sourceWidth)}-${idFromName(publisher)}`,
			title: '',
			standfirst: random.chance(0.5) ? 'Accounts gathered for a synthetic benchmark of the archive; every name in this report is invented.' : undefined,
			author: people.indexOf(authors[s % authors.length]),
			publisher,
			published,
			url: `https://example.org/bench/${year}/${month}/report-${pad(s + 1, sourceWidth)}/`,
			related: s > 0 && random.chance(0.1) ? [{ source: sources[s - 1].id, relation: 'an earlier report in the same series' }] : [],
			primary: [],
			secondary: [],
		});
	}
	return sources;
}

/**
 * Writes each source's record and its capture: the text as a news site would have served it,
 * with the page furniture the import cleaner removes. Returns the average words of a text.
 */
export function writeSources(archive: Archive, added: string, write: Emit): number {
	const { people, sources } = archive;
	const sourceWidth = numberWidth(sources.length);
	let sourceWords = 0;
	for (const [s, source] of sources.entries()) {
		const { blocks, words } = sourceText(archive, s);
		sourceWords += words;
		const author = people[source.author];
		const publishedText = datePhrase(source.published).replace(/^(on|in) /, '');
		const related = ['Related articles', ...Array.from({ length: 3 }, (_, k) => `${source.publisher} report ${pad(((s + k + 1) % sources.length) + 1, sourceWidth)}`)];
		const capture = [
			'Skip to content',
			'Home | World | Asia | Opinion | About',
			source.title,
			`By ${author.name}`,
			publishedText,
			...blocks.map((b) => b.replace(/^## /, '')),
			...related,
			`© ${source.publisher}`,
			'',
		].join('\n');
		const captureBytes = Buffer.from(capture, 'utf8');
		const captureFile = `${source.id}.capture.txt`;
		write(`sources/${captureFile}`, capture);
		writeRecord(
			write,
			'sources',
			source.id,
			{
				title: source.title,
				standfirst: source.standfirst,
				byline: author.name,
				authors: [author.id],
				publisher: source.publisher,
				published: source.published,
				url: source.url,
				capture: {
					file: captureFile,
					sha256: createHash('sha256').update(captureBytes).digest('hex'),
					bytes: captureBytes.length,
					encoding: 'utf-8',
					format: 'text',
					added,
					removed: [
						'site header and navigation: 2 blocks (“Skip to content”, “Home | World | Asia | Opinion | About”)',
						`byline (kept as metadata): 1 block (“By ${author.name}”)`,
						`trailing widget “Related articles”: ${related.length + 1} blocks (“Related articles”, “${related[1]}”, …)`,
					],
				},
				related: source.related,
				notes: ['A synthetic source generated for the benchmark; it describes no real events.'],
			},
			blocks.join('\n\n'),
		);
	}
	return Math.round(sourceWords / sources.length);
}

import { foldSpace, indexOfWords, quotesOf, quoteTooShort } from '../../core/quotes.ts';
import { wordBoundaries } from '../../core/words.ts';
import { escapeRegExp } from '../../core/regexp.ts';
import { lineAt } from '../read.ts';
import { explainMissingQuote } from './explain-quote.ts';
import { problemAt, type CheckedRecord, type Problem } from './problems.ts';
import { blocksOf } from './record-text.ts';

/** The text of a source that quotes may be taken from: headline, standfirst and body, by block. */
function sourceBlocks(record: CheckedRecord): string[] {
	return [String(record.data.title ?? ''), String(record.data.standfirst ?? ''), ...blocksOf(record)].filter(Boolean);
}

/** The line of a source file where a passage begins, found by its first words; undefined if not found. */
function lineInSource(source: CheckedRecord, passage: string): number | undefined {
	const words = passage.split(' ').filter((w) => w !== '…');
	for (const count of [8, 5, 3]) {
		if (words.length < count) continue;
		const pattern = new RegExp(words.slice(0, count).map(escapeRegExp).join('\\s+'));
		const match = pattern.exec(source.body);
		if (match) return source.bodyLine + lineAt(source.body, match.index) - 1;
	}
	return undefined;
}

/** A source's text as quotes are looked for in it: folded, its blocks joined by line breaks, with its word boundaries. */
interface SearchedSource {
	record: CheckedRecord;
	blocks: string[];
	folded: string;
	boundaries?: (index: number) => boolean;
}

/** Whether a folded quote is in a source as whole words (`indexOfWords`, the rule the pages mark passages by). */
function quotedIn(source: SearchedSource, needle: string): boolean {
	if (!source.folded.includes(needle)) return false;
	source.boundaries ??= wordBoundaries(source.folded);
	return indexOfWords(source.folded, needle, source.boundaries) !== -1;
}

/**
 * Reports quotes that are too short to be evidence, or do not occur verbatim, as whole words and
 * within one block, in the source they name.
 */
export function checkQuotes(records: CheckedRecord[]): Problem[] {
	// Only whether a quote is there counts here, not where (which the pages work out, to mark
	// it): it is there when its folded text is in one folded block. A folded quote has no line
	// break, so a source's folded blocks joined by line breaks are searched at once.
	const sources = new Map<string, SearchedSource>(
		records
			.filter((r) => r.collection === 'sources')
			.map((record) => {
				const blocks = sourceBlocks(record);
				return [record.id, { record, blocks, folded: blocks.map(foldSpace).join('\n') }];
			}),
	);
	const problems: Problem[] = [];
	for (const record of records) {
		for (const quote of quotesOf(record.value)) {
			const source = sources.get(quote.source);
			if (!source) continue;
			const needle = foldSpace(quote.text);
			const fix = 'copy the passage from the source page exactly (same words, punctuation and quote marks), within one paragraph';
			if (!needle) {
				problems.push(problemAt(record, quote.path, 'the quote is empty', fix));
				continue;
			}
			const short = quoteTooShort(needle);
			if (short) {
				problems.push(problemAt(record, quote.path, short, 'quote the whole phrase or sentence of the source the value rests on'));
				continue;
			}
			if (quotedIn(source, needle)) continue;
			if (source.folded.includes(needle)) {
				problems.push(problemAt(record, quote.path, `the quote begins or ends inside a word of source "${quote.source}" (a number such as "5,700" or a name is one word): it is only part of what the source says`, 'start and end the quote on whole words, e.g. the whole number or name'));
				continue;
			}
			const other = [...sources.values()].find((s) => s !== source && quotedIn(s, needle))?.record;
			if (other) {
				problems.push(problemAt(record, quote.path, `the quote is not in source "${quote.source}", but it is word for word in source "${other.id}"`, `if it was taken from there, change its source to ${other.id}`));
				continue;
			}
			const near = explainMissingQuote(source.blocks, quote.text);
			if (!near) {
				problems.push(problemAt(record, quote.path, `the quote is not in source "${quote.source}", and no passage of it comes close`, `check that the source is the right one, then ${fix}`));
				continue;
			}
			const line = lineInSource(source.record, near.passage);
			const where = line ? ` (${source.record.file}:${line})` : '';
			if (near.acrossBlocks) {
				problems.push(problemAt(record, quote.path, `the quote runs from one paragraph of source "${quote.source}" into the next${where}`, 'split it into two quotes, one for each paragraph'));
				continue;
			}
			const shown = near.differences.slice(0, 4);
			const more = near.differences.length - shown.length;
			problems.push(
				problemAt(
					record,
					quote.path,
					`the quote is not in source "${quote.source}" word for word: ${shown.join('; ')}${more > 0 ? `; and ${more} more difference${more === 1 ? '' : 's'}` : ''}. Closest passage${where}: “${near.passage}”`,
					fix,
				),
			);
		}
	}
	return problems;
}

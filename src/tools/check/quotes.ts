import { markdownBlocks } from '../../core/markdown-text.ts';
import { foldSpace, quotesOf } from '../../core/quotes.ts';
import { escapeRegExp } from '../../core/regexp.ts';
import { lineAt } from '../read.ts';
import { explainMissingQuote } from './explain-quote.ts';
import { problemAt, type CheckedRecord, type Problem } from './problems.ts';

/** The text of a source that quotes may be taken from: headline, standfirst and body, by block. */
function sourceBlocks(record: { data: Record<string, unknown>; body: string }): string[] {
	return [String(record.data.title ?? ''), String(record.data.standfirst ?? ''), ...markdownBlocks(record.body)].filter(Boolean);
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

/** Reports quotes that do not occur verbatim, within one block, in the source they name. */
export function checkQuotes(records: CheckedRecord[]): Problem[] {
	// Only whether a quote is there counts here, not where (which the pages work out, to mark
	// it): it is there when its folded text is in one folded block. A folded quote has no line
	// break, so a source's folded blocks joined by line breaks are searched at once.
	const sources = new Map(
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
			if (needle && source.folded.includes(needle)) continue;
			const fix = 'copy the passage from the source page exactly (same words, punctuation and quote marks), within one paragraph';
			if (!needle) {
				problems.push(problemAt(record, quote.path, 'the quote is empty', fix));
				continue;
			}
			const other = [...sources.values()].find((s) => s !== source && s.folded.includes(needle))?.record;
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

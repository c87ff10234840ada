import { markdownReadings, textBlocks, type MarkdownReading } from '../../core/markdown-text.ts';
import type { CheckedRecord } from './problems.ts';

/**
 * A record's text as a reader sees it, parsed once for every check that reads it (quotes and
 * stated values are looked for in a source's blocks; withheld values in every record's text,
 * links and HTML): parsing Markdown is most of what the check costs.
 */
const parsed = new WeakMap<CheckedRecord, MarkdownReading[]>();

export function readingsOf(record: CheckedRecord): MarkdownReading[] {
	let readings = parsed.get(record);
	if (!readings) parsed.set(record, (readings = markdownReadings(record.body)));
	return readings;
}

/** The plain text of each block of a record's text. */
export const blocksOf = (record: CheckedRecord): string[] => textBlocks(readingsOf(record));

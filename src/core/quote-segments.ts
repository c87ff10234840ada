import { locatePassages, quoteAnchor } from './quotes.ts';

/** A run of text, and the anchor of the quoted passage it is, if any. */
export interface Segment {
	text: string;
	/** Anchor of a passage that starts here; `marked` says whether the run is that passage. */
	anchor?: string;
	marked: boolean;
}

/**
 * Splits a short text (a headline, a standfirst) into runs so that each quoted passage in
 * it can carry its anchor. The first passage found is marked; a passage overlapping it gets
 * an anchor where it starts.
 */
export function segmentQuotes(text: string, quotes: readonly string[]): Segment[] {
	const found = locatePassages(text, new Set(quotes))
		.filter((range, i, all) => all.findIndex((r) => r.passage === range.passage) === i)
		.map((range) => ({ anchor: quoteAnchor(range.passage), start: range.start, end: range.end }))
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const segments: Segment[] = [];
	let at = 0;
	let markedEnd = -1;
	for (const quote of found) {
		if (quote.start >= markedEnd) {
			if (quote.start > at) segments.push({ text: text.slice(at, quote.start), marked: false });
			segments.push({ text: text.slice(quote.start, quote.end), anchor: quote.anchor, marked: true });
			at = markedEnd = quote.end;
		} else {
			// Inside the marked passage: the anchor goes on an empty run before it.
			segments.splice(segments.length - 1, 0, { text: '', anchor: quote.anchor, marked: false });
		}
	}
	if (at < text.length) segments.push({ text: text.slice(at), marked: false });
	return segments;
}

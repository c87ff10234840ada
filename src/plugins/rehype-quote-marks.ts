import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { foldSpace, locatePassages, quoteAnchor } from '../core/quotes.ts';
import { eachBlock, wrapRange } from './hast-ranges.ts';

export interface QuoteMarksOptions {
	/** The passages quoted from a source, by source id. */
	quotesFor: (sourceId: string) => readonly string[];
	/** The source id a rendered file belongs to, or undefined when it is not a source. */
	sourceIdOf: (file: VFile) => string | undefined;
}

/**
 * Marks, in a source's text, every passage a record quotes, with the anchor the record
 * links to. Longer passages are marked first, so a passage quoted inside a longer one
 * becomes a mark nested in it and can be highlighted on its own.
 */
export default function rehypeQuoteMarks(options: QuoteMarksOptions) {
	return (tree: Root, file: VFile) => {
		const sourceId = options.sourceIdOf(file);
		if (!sourceId) return;
		const pending = new Set([...new Set(options.quotesFor(sourceId).map(foldSpace))].sort((a, b) => b.length - a.length));
		if (!pending.size) return;
		eachBlock(tree, (block) => {
			// Wrapping adds elements but no text, so the offsets of the later passages stay valid.
			for (const { passage, start, end } of locatePassages(toString(block), pending)) {
				pending.delete(passage);
				const id = quoteAnchor(passage);
				wrapRange(block, start, end, (children, first): Element => ({
					type: 'element',
					tagName: 'mark',
					properties: first ? { id, className: ['quoted'] } : { className: ['quoted'] },
					children,
				}));
			}
		});
	};
}

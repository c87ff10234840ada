import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { foldSpace, locatePassages, quoteAnchor } from '../core/quotes.ts';
import { eachBlock, wrapRange } from './hast-ranges.ts';

/** A record that quotes a passage: the link beside the passage. */
interface Backlink {
	href: string;
	title: string;
}

export interface QuoteMarksOptions {
	/** The passages quoted from a source, by source id. */
	quotesFor: (sourceId: string) => readonly string[];
	/** The source id a rendered file belongs to, or undefined when it is not a source. */
	sourceIdOf: (file: VFile) => string | undefined;
	/** The records that quote each passage of a source, by the passage with its white space folded; none given, no back-links. */
	backlinksFor?: (sourceId: string) => ReadonlyMap<string, readonly Backlink[]>;
}

/** "Quoted in: A · B", after a passage, left out of the search index (it is not the source's text). */
function backlinks(links: readonly Backlink[]): Element {
	const children: ElementContent[] = [{ type: 'text', value: ' Quoted in: ' }];
	links.forEach((link, i) => {
		if (i > 0) children.push({ type: 'text', value: ' · ' });
		children.push({ type: 'element', tagName: 'a', properties: { href: link.href }, children: [{ type: 'text', value: link.title }] });
	});
	return { type: 'element', tagName: 'span', properties: { className: ['quoted-by'], dataPagefindIgnore: '' }, children };
}

/**
 * Puts the back-links after `target`, or after the outermost passage `target` is nested in, so
 * that they never sit inside a mark; back-links already there (`made` knows their records) take
 * the new records in.
 */
function insertAfter(block: Element, target: Element, links: readonly Backlink[], made: WeakMap<Element, Backlink[]>) {
	const path: Element[] = [];
	const find = (el: Element): boolean => {
		path.push(el);
		if (el === target || el.children.some((c) => c.type === 'element' && find(c))) return true;
		path.pop();
		return false;
	};
	find(block);
	const outer = path.findIndex((el) => el.tagName === 'mark');
	const parent = path[outer - 1];
	const at = parent.children.indexOf(path[outer]) + 1;
	const next = parent.children[at];
	const there = next?.type === 'element' ? made.get(next) : undefined;
	const all = [...(there ?? []), ...links.filter((link) => !there?.some((l) => l.href === link.href))];
	const span = backlinks(all);
	made.set(span, all);
	parent.children.splice(at, there ? 1 : 0, span);
}

/**
 * Marks, in a source's text, every passage a record quotes, with the anchor the record
 * links to, and after it the links back to the records that quote it. Longer passages are
 * marked first, so a passage quoted inside a longer one becomes a mark nested in it and can
 * be highlighted on its own.
 */
export default function rehypeQuoteMarks(options: QuoteMarksOptions) {
	return (tree: Root, file: VFile) => {
		const sourceId = options.sourceIdOf(file);
		if (!sourceId) return;
		const pending = new Set([...new Set(options.quotesFor(sourceId).map(foldSpace))].sort((a, b) => b.length - a.length));
		if (!pending.size) return;
		const quotedBy = options.backlinksFor?.(sourceId);
		const made = new WeakMap<Element, Backlink[]>();
		eachBlock(tree, (block) => {
			const ends: { passage: string; last: Element }[] = [];
			// Wrapping adds elements but no text, so the offsets of the later passages stay valid.
			for (const { passage, start, end } of locatePassages(toString(block), pending)) {
				pending.delete(passage);
				const id = quoteAnchor(passage);
				let last: Element | undefined;
				wrapRange(block, start, end, (children, first): Element => (last = { type: 'element', tagName: 'mark', properties: first ? { id, className: ['quoted'] } : { className: ['quoted'] }, children }));
				if (last) ends.push({ passage, last });
			}
			// The back-links go in once every passage of the block is marked: they add text.
			for (const { passage, last } of ends) {
				const links = quotedBy?.get(passage);
				if (links?.length) insertAfter(block, last, links, made);
			}
		});
	};
}

import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { createMentionFinder, type NameTarget } from '../core/mentions.ts';
import { eachBlock, wrapRange } from './hast-ranges.ts';

export interface MentionLinksOptions {
	targets: readonly NameTarget[];
	/** The record a rendered file belongs to ("people/serikzhan-bilash"), so it does not link to itself. */
	recordKeyOf: (file: VFile) => string | undefined;
}

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Links the first mention of each known person, camp, place and organisation in a text
 * to its record page. Headings, existing links and the record's own name are left alone.
 */
export default function rehypeMentionLinks(options: MentionLinksOptions) {
	const find = createMentionFinder(options.targets);
	return (tree: Root, file: VFile) => {
		const self = options.recordKeyOf(file);
		const linked = new Set<string>();
		eachBlock(tree, (block) => {
			if (headings.has(block.tagName)) return;
			// Wrapping adds elements but no text, so the offsets of the later mentions stay valid.
			for (const mention of find(toString(block))) {
				if (mention.target.key === self || linked.has(mention.target.key)) continue;
				const wrapped = wrapRange(
					block,
					mention.start,
					mention.end,
					(children) => ({ type: 'element', tagName: 'a', properties: { href: mention.target.href, className: ['mention'] }, children }),
					(run) => !run.inside.includes('a') && !run.inside.some((t) => headings.has(t)),
				);
				// A mention inside an existing link is left alone; the next one gets the link.
				if (wrapped) linked.add(mention.target.key);
			}
		});
	};
}

import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isOwnImage } from '../core/addresses.ts';

/**
 * Drops every image whose source is not on the archive's own site. An image from another host
 * would tell that host who reads which account, and when; the check refuses such images in a
 * record, and this keeps one out of a page whatever reaches the renderer.
 */
export default function rehypeOwnImages() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName !== 'img' || !parent || index === undefined) return;
			// The sanitiser takes away a source with a protocol it does not allow, leaving none.
			const src = node.properties.src;
			if (typeof src === 'string' && src && isOwnImage(src)) return;
			parent.children.splice(index, 1);
			return [SKIP, index];
		});
	};
}

import type { Root } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * rehype-raw, run only on a tree that holds raw HTML. It re-parses the whole tree with an
 * HTML parser, which cost about a tenth of the Markdown rendering of a large archive,
 * while nearly no record contains HTML.
 */
export default function rehypeRawIfAny(options?: Options) {
	const parse = rehypeRaw(options);
	return (tree: Root, file: VFile) => {
		let hasRaw = false;
		visit(tree, 'raw', () => {
			hasRaw = true;
			return EXIT;
		});
		return hasRaw ? parse(tree, file) : tree;
	};
}

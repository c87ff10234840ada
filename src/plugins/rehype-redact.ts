import type { Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { redactText, type Redaction } from '../lib/withhold.ts';

/** Replaces withheld names and locations in any rendered Markdown, before anything else sees the text. */
export default function rehypeRedact(options: { redactions: readonly Redaction[] }) {
	return (tree: Root) => {
		if (!options.redactions.length) return;
		visit(tree, 'text', (node: Text) => {
			node.value = redactText(node.value, options.redactions);
		});
	};
}

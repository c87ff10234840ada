import type { ArticleBlock } from './clean.ts';

/**
 * Escapes text so that Markdown renders it exactly as written: no emphasis, links, HTML,
 * entities, lists or headings are created by characters that were plain text in the capture.
 */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*_[\]<>~|]/g, (c) => `\\${c}`)
		.replace(/&(?=#?\w+;)/g, '&amp;')
		.replace(/^(#{1,6})(\s|$)/, '\\$1$2')
		.replace(/^([-+])(\s)/, '\\$1$2')
		.replace(/^(\d+)([.)])(\s|$)/, '$1\\$2$3')
		.replace(/^(=+|-{3,})\s*$/, '\\$1');
}

/** Writes the cleaned article as Markdown, one block per paragraph. */
export function articleToMarkdown(blocks: ArticleBlock[]): string {
	return blocks
		.map((b) => {
			switch (b.kind) {
				case 'heading':
					return `## ${escapeMarkdown(b.text).replace(/^\\#/, '#')}`;
				case 'speaker':
					return `**${escapeMarkdown(b.speaker!)}:** ${escapeMarkdown(b.text)}`;
				case 'caption':
					return `*${escapeMarkdown(b.text)}*`;
				case 'list-item':
					return `- ${escapeMarkdown(b.text)}`;
				default:
					return escapeMarkdown(b.text);
			}
		})
		.join('\n\n');
}

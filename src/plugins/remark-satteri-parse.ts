import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { parseMarkdown } from '../core/markdown-text.ts';

/**
 * Makes a unified processor read Markdown with `parseMarkdown` (Sätteri, Astro 7's parser,
 * written in Rust) instead of remark-parse: the same mdast tree in a fraction of the time.
 * Everything after parsing (remark-rehype, the archive's rehype plugins, heading ids) is
 * unchanged. The last parser a plugin sets is the one the processor uses.
 */
const remarkSatteriParse: Plugin<[], string, Root> = function () {
	this.parser = parseMarkdown;
};
export default remarkSatteriParse;

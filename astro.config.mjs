// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import archiveCheck from './src/integrations/archive-check.ts';
import { archiveRehypePlugins } from './src/plugins/index.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Deploy under a sub-path with BASE_PATH=/archive/ npm run build. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://example.org',
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// The check runs before any page; the search index and the withheld-value scan run after
	// Astro has exited (scripts/build.ts).
	integrations: [archiveCheck()],
	markdown: {
		// Astro 7's default processor (Sätteri) runs no remark/rehype plugins; ours must run.
		// SmartyPants stays off: archived text keeps its own quotes and dashes, character for character.
		processor: unified({
			smartypants: false,
			gfm: true,
			// @ts-expect-error the plugin tuples are typed more narrowly than Astro's PluggableList
			rehypePlugins: archiveRehypePlugins(root, base),
		}),
	},
});

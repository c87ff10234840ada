// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './src/plugins/index.ts';
import { readSettings, SettingsError } from './src/core/settings.ts';

/** Deploy under a sub-path with BASE_PATH=/archive/ npm run build. */
const base = process.env.BASE_PATH ?? '/';

/** The address the site is served at (SITE_URL): none when not set, and then no address is made up. */
function siteAddress() {
	try {
		return readSettings(process.env).site;
	} catch (error) {
		if (!(error instanceof SettingsError)) throw error;
		console.error(error.message);
		process.exit(1);
	}
}

export default defineConfig({
	site: siteAddress(),
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// The records are read and checked by their loader (src/loaders/records.ts) before any page;
	// the search index and the withheld-value scan run after Astro has exited (scripts/build.ts).
	markdown: {
		// Records are rendered by the archive's own processor when their pages are built
		// (src/site/render.ts). Any other Markdown goes through the same unified processor,
		// not Astro 7's default Sätteri, with the same options.
		processor: unified(markdownOptions),
	},
});

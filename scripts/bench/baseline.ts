// The yardstick for --compare: a minimal Astro site (same Astro, default config) with one
// content collection of plain Markdown pages and a single [slug].astro route.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkNodeModules } from '../temp-project.ts';
import { createRandom } from './random.ts';
import { fillerSentence } from './text.ts';

const files: Record<string, string> = {
	'package.json': `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, '\t')}\n`,
	'astro.config.mjs': `import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n`,
	'tsconfig.json': `${JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }, null, '\t')}\n`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
	pages: defineCollection({ loader: glob({ base: './content/pages', pattern: '*.md' }) }),
};
`,
	'src/pages/[slug].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
	const pages = await getCollection('pages');
	return pages.map((page) => ({ params: { slug: page.id }, props: { page } }));
}
const { page } = Astro.props;
const { Content } = await render(page);
---
<!doctype html>
<html lang="en">
	<head><meta charset="utf-8" /><title>{page.data.title}</title></head>
	<body><h1>{page.data.title}</h1><Content /></body>
</html>
`,
};

/** Writes the minimal site with `pages` Markdown pages of about 300 words each; returns its folder. */
export function createBaselineProject(pages: number, projectRoot: string, seed = 1): string {
	const dir = mkdtempSync(join(tmpdir(), `archive-bench-baseline-${pages}-`));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	linkNodeModules(projectRoot, dir);
	mkdirSync(join(dir, 'content', 'pages'), { recursive: true });
	const random = createRandom(seed);
	const width = Math.max(5, String(pages).length);
	for (let i = 1; i <= pages; i++) {
		const paragraphs = Array.from({ length: 4 }, () => Array.from({ length: 6 }, () => fillerSentence(random, ['Testvale', 'Mockford'])).join(' '));
		writeFileSync(join(dir, 'content', 'pages', `page-${String(i).padStart(width, '0')}.md`), `---\ntitle: "Page ${i}"\n---\n${paragraphs.join('\n\n')}\n`);
	}
	return dir;
}

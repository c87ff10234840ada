import { join } from 'node:path';
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/**
 * The layers of src/, and what each may not import. Code that runs when a page is built (the
 * archive core) knows nothing of Astro, the files on disk or the pages; the schemas know nothing
 * of the code that reads them; build-time tools know nothing of the site.
 */
const forbidden: IForbiddenRuleType[] = [
	{
		name: 'core-is-pure',
		comment: 'src/core turns records into what pages, search and exports need: no Astro, no files, no pages, plugins or tools.',
		severity: 'error',
		from: { path: '^src/core/' },
		to: { path: ['^src/(pages|layouts|components|plugins|site|loaders|tools)/', '\\.astro$', '^astro:', '^(node:)?fs(/promises)?$'] },
	},
	{
		name: 'schemas-stand-alone',
		comment: 'src/schemas describe the records; nothing in them depends on the code that reads them.',
		severity: 'error',
		from: { path: '^src/schemas/' },
		to: { path: '^src/(core|site|tools|plugins|pages|layouts|components|loaders)/' },
	},
	{
		name: 'tools-apart-from-the-site',
		comment: 'Build-time tools (check, import, scaffold, scan) never reach into the site.',
		severity: 'error',
		from: { path: '^src/tools/' },
		to: { path: ['^src/(pages|layouts|components|plugins|site|loaders)/', '\\.astro$', '^astro:'] },
	},
	{
		name: 'plugins-on-the-core-only',
		comment: 'The rehype plugins use the core, never the site or the tools.',
		severity: 'error',
		from: { path: '^src/plugins/' },
		to: { path: ['^src/(pages|layouts|components|site|loaders|tools)/', '\\.astro$', '^astro:'] },
	},
	{
		name: 'client-on-the-core-only',
		comment: 'src/client runs in the reader’s browser: it uses the core (folding, the name index, text matching), never the build.',
		severity: 'error',
		from: { path: '^src/client/' },
		to: { path: ['^src/(pages|layouts|components|plugins|site|loaders|tools)/', '\\.astro$', '^astro:', '^(node:)?[a-z_]+$', '^src/schemas/(?!kinds\\.ts$)'] },
	},
	{
		name: 'src-stands-alone',
		comment: 'Nothing in src/ imports the scripts or the tests.',
		severity: 'error',
		from: { path: '^src/' },
		to: { path: '^(scripts|tests)/' },
	},
	{
		name: 'no-cycles',
		comment: 'Modules that import each other (types aside) make the order of evaluation matter.',
		severity: 'error',
		from: { path: '^(src|scripts)/' },
		to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
	},
];

describe('the layers of src/', () => {
	it('hold: no module imports across a forbidden line', async () => {
		const { output } = await cruise(['src', 'scripts'], {
			baseDir: root,
			ruleSet: { forbidden },
			validate: true,
			tsPreCompilationDeps: true,
			doNotFollow: { path: 'node_modules' },
			exclude: { path: '\\.astro$' },
		});
		const violations = typeof output === 'string' ? [] : output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
		expect(violations).toEqual([]);
	}, 60_000);
});

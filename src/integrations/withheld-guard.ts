import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadArchiveIndex } from '../lib/content/index.ts';
import { findValues } from '../lib/scan-dist.ts';

/**
 * The last step of a build: proves that no withheld name or location reached any file of
 * the site, its search index or its data exports. A build that leaks one fails.
 */
export default function withheldGuard(): AstroIntegration {
	let root = '';
	return {
		name: 'withheld-guard',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const values = loadArchiveIndex(root).redactions.map((r) => r.value);
				if (!values.length) return;
				const leaks = findValues(fileURLToPath(dir), values);
				if (leaks.length) {
					throw new Error(`Withheld values reached the built site: ${leaks.map((l) => `${l.file} contains “${l.value}”`).join('; ')}`);
				}
				logger.info(`checked that ${values.length} withheld value(s) appear in no built file`);
			},
		},
	};
}

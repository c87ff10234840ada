import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkArchive, formatProblem } from '../lib/content/check.ts';

/**
 * Runs the archive's checks before Astro builds a page: a build with a broken record
 * stops with every problem listed as `file:line — field — what is wrong — how to fix`.
 */
export default function archiveCheck(): AstroIntegration {
	return {
		name: 'archive-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const { problems } = checkArchive(fileURLToPath(config.root));
				const errors = problems.filter((p) => p.severity === 'error');
				const warnings = problems.filter((p) => p.severity === 'warning');
				if (warnings.length) logger.warn(`${warnings.length} warning(s):\n${warnings.map(formatProblem).join('\n')}`);
				if (!errors.length) return;
				logger.error(`${errors.length} problem(s) in content/ must be fixed before the archive is built:\n${errors.map(formatProblem).join('\n')}`);
				if (command === 'build') process.exit(1);
			},
		},
	};
}

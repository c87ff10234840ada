import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The files of the project a build needs besides content/ and node_modules/. */
const projectFiles = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * A copy of the project's code in a new folder under the system's temp dir, with
 * node_modules linked and no content/: fixtures and benchmarks build there, never in the project.
 */
export function createTempProject(projectRoot: string, prefix: string): string {
	const root = resolve(projectRoot);
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const name of projectFiles) {
		if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

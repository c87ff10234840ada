import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The files of the project a build needs besides content/ and node_modules/. */
const projectFiles = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Folders in node_modules where Astro and Vite keep caches: never shared between builds. */
const cacheFolders = new Set(['.astro', '.vite', '.vite-temp', '.cache', '.package-lock.json']);

/**
 * Gives another folder the project's packages: a node_modules of its own whose entries link
 * to the project's. Not one link to the whole folder: Astro and Vite keep caches in
 * node_modules, and a shared cache would mix that build's content with the project's.
 */
export function linkNodeModules(projectRoot: string, dir: string) {
	const from = join(resolve(projectRoot), 'node_modules');
	mkdirSync(join(dir, 'node_modules'), { recursive: true });
	for (const name of readdirSync(from)) {
		if (!cacheFolders.has(name)) symlinkSync(join(from, name), join(dir, 'node_modules', name));
	}
}

/** Copies the project's code (not content/) into `dir` and links its packages. */
export function copyProject(projectRoot: string, dir: string) {
	const root = resolve(projectRoot);
	for (const name of projectFiles) {
		if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name), { recursive: true });
	}
	linkNodeModules(root, dir);
}

/**
 * A copy of the project's code in a new folder under the system's temp dir, with no
 * content/: fixtures and benchmarks build there, never in the project.
 */
export function createTempProject(projectRoot: string, prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	copyProject(projectRoot, dir);
	return dir;
}

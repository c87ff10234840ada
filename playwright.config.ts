import { defineConfig } from '@playwright/test';

/**
 * The site is tested as built, served by a plain static file server as a host would serve
 * it: `dist/` at the root, and `dist-archive/` (built with BASE_PATH=/archive/) under /archive/.
 */
// E2E_PORT moves both servers, so that two checkouts can run their browser tests at once.
const port = Number(process.env.E2E_PORT ?? 4410);
/**
 * `dist/` is built with no settings; `dist-archive/` with the address and contact package.json's
 * `build:archive` sets (the same values as here), so that the tests see both.
 */
export const servers = {
	root: { port, dir: 'dist', base: '/', settings: { site: undefined, contact: undefined } },
	archive: { port: port + 1, dir: 'dist-archive', base: '/archive/', settings: { site: 'https://testimony-archive.test', contact: 'mailto:corrections@testimony-archive.test' } },
} as const;

const url = (s: (typeof servers)[keyof typeof servers]) => `http://127.0.0.1:${s.port}${s.base}`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	reporter: [['list']],
	webServer: Object.values(servers).map((s) => ({
		command: `node scripts/serve.ts ${s.dir} --port ${s.port} --base ${s.base}`,
		url: url(s),
		reuseExistingServer: false,
	})),
	use: {
		browserName: 'chromium',
		launchOptions: {
			// Debian's Chromium: Playwright's own browser download cannot be reached from here.
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
		},
	},
	projects: [
		{ name: 'root', use: { baseURL: url(servers.root) }, testIgnore: /search\.spec/ },
		{ name: 'sub-path', use: { baseURL: url(servers.archive) }, testMatch: /(search|links|privacy|cite)\.spec/ },
	],
});

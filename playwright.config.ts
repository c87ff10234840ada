import { defineConfig } from '@playwright/test';

const port = 4410;
/** The site is tested as built, served by a plain static file server, as a host would serve it. */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	reporter: [['list']],
	webServer: {
		command: `node scripts/serve.ts dist --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
	},
	use: {
		baseURL: `http://127.0.0.1:${port}/`,
		browserName: 'chromium',
		launchOptions: {
			// Debian's Chromium: Playwright's own browser download cannot be reached from here.
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
		},
	},
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { servers } from '../../playwright.config.ts';

/** Every HTML file of a built site. */
const htmlFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));

test('every built page passes html-validate’s recommended rules', async () => {
	test.setTimeout(120_000);
	const dist = join(import.meta.dirname, '..', '..', servers.root.dir);
	const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
	const files = htmlFiles(dist);
	const errors: string[] = [];
	for (const file of files) {
		const report = await validator.validateString(readFileSync(file, 'utf8'), relative(dist, file));
		for (const result of report.results) for (const m of result.messages) errors.push(`${result.filePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	expect(files.length).toBeGreaterThan(250);
	expect(errors).toEqual([]);
});

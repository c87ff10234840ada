import { existsSync, lstatSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createBenchProject, generateArchive } from '../../scripts/bench/generate/index.ts';
import { checkArchive, formatProblem } from '../../src/tools/check/index.ts';

const projectRoot = join(import.meta.dirname, '..', '..');

function generate(testimonies: number, seed: number) {
	const files = new Map<string, string>();
	const summary = generateArchive({ testimonies, seed }, (path, text) => files.set(path, text));
	return { files, summary };
}

describe('the benchmark’s synthetic archive', () => {
	const made: string[] = [];
	afterAll(() => {
		for (const dir of made) rmSync(dir, { recursive: true, force: true });
	});

	it('is the same, byte for byte, for the same size and seed, and differs for another seed', () => {
		const a = generate(50, 7);
		const b = generate(50, 7);
		expect([...a.files.keys()]).toEqual([...b.files.keys()]);
		for (const [path, text] of a.files) expect(b.files.get(path), path).toBe(text);
		expect(a.summary).toEqual(b.summary);
		const c = generate(50, 8);
		expect([...c.files].some(([path, text]) => a.files.get(path) !== text)).toBe(true);
	});

	it('keeps the proportions of a real archive and obviously fake names', () => {
		const { files, summary } = generate(200, 1);
		expect(summary.counts).toEqual({ sources: 24, testimonies: 200, people: 300, camps: 12, places: 30, organizations: 8 });
		const captures = [...files.keys()].filter((p) => p.endsWith('.capture.txt'));
		expect(captures).toHaveLength(summary.counts.sources);
		expect(summary.sourceWords).toBeGreaterThan(2000);
		const names = [...files].filter(([p]) => p.startsWith('people/')).map(([, text]) => /^name: "(.*)"$/m.exec(text)![1]);
		for (const name of names) expect(name).toMatch(/-\d{4}\b/);
		for (const q of summary.queries) expect(names).toContain(q);
		// The words the benchmark searches the texts for are in the sources' texts.
		const sourceTexts = [...files].filter(([p]) => p.startsWith('sources/') && p.endsWith('.md')).map(([, text]) => text);
		for (const q of summary.textQueries) expect(sourceTexts.some((text) => text.includes(q)), q).toBe(true);
		const testimonies = [...files].filter(([p]) => p.startsWith('testimonies/')).map(([, text]) => parse(text.split('\n---\n')[0].slice(4)));
		for (const t of testimonies) {
			expect(t.quotes.length).toBeGreaterThanOrEqual(2);
			expect(t.quotes.length).toBeLessThanOrEqual(4);
			expect(t.events.length).toBeGreaterThan(0);
		}
	});

	it('writes a project outside content/ that passes the archive’s own checks', () => {
		const { dir, summary } = createBenchProject({ testimonies: 50, seed: 3, projectRoot });
		made.push(dir);
		expect(dir.startsWith(projectRoot)).toBe(false);
		// The packages are linked one by one; Astro's and Vite's caches stay in the benchmark's own folder.
		expect(lstatSync(join(dir, 'node_modules')).isDirectory()).toBe(true);
		expect(lstatSync(join(dir, 'node_modules', 'astro')).isSymbolicLink()).toBe(true);
		expect(existsSync(join(dir, 'node_modules', '.astro'))).toBe(false);
		expect(existsSync(join(dir, 'astro.config.mjs'))).toBe(true);
		expect(existsSync(join(dir, 'content', 'testimonies', `${summary.sampleTestimony}.md`))).toBe(true);
		const { records, problems } = checkArchive(dir);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(records).toHaveLength(Object.values(summary.counts).reduce((a, b) => a + b, 0));
	});
});

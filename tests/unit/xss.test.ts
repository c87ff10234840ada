import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArchiveMarkdownProcessor } from '../../src/plugins/index.ts';

const root = join(import.meta.dirname, '..', '..');

/** Raw HTML a hostile or careless record might carry. */
const hostile = `A paragraph with <script>alert('x')</script> inside.

<img src="x.png" onerror="alert('x')" alt="a picture">

[a link](javascript:alert('x')) and <a href="javascript:alert('x')">another</a>

<iframe src="https://evil.example/"></iframe><form action="https://evil.example/"><input name="q"></form>

<p onclick="alert('x')" style="background:url(javascript:alert('x'))">Styled</p>`;

describe('raw HTML in Markdown', () => {
	it('comes out of the site’s own Markdown pipeline inert', async () => {
		const processor = await createArchiveMarkdownProcessor({ quotesFor: () => [], targets: [] });
		const { code } = await processor.render(hostile, { fileURL: new URL(`file://${root}/content/testimonies/fixture.md`) });
		expect(code).not.toMatch(/<script/i);
		expect(code).not.toMatch(/\son\w+=/i);
		expect(code).not.toMatch(/javascript:/i);
		expect(code).not.toMatch(/<iframe|<form|<input/i);
		expect(code).not.toMatch(/style=/i);
		expect(code).toContain('A paragraph with');
		expect(code).toContain('Styled');
	});
});

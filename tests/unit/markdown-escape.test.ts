import { describe, expect, it } from 'vitest';
import { articleToMarkdown, escapeMarkdown } from '../../src/tools/capture/markdown.ts';
import { markdownBlocks } from '../../src/core/markdown-text.ts';

describe('writing captured text as Markdown', () => {
	const tricky = [
		'1. Not a list, but a numbered sentence from the source.',
		'# Not a heading',
		'- not a bullet',
		'A *starred* word, an _underscored_ one, [brackets] and `ticks`.',
		'<script>alert(1)</script> and &amp; and &copy; stay text.',
		'~Gao Zhensai, Special Correspondent of ChinaAid',
		'KGB [the State Security Bureau] | pipe',
	];
	it.each(tricky)('renders %j exactly as written', (text) => {
		expect(markdownBlocks(escapeMarkdown(text))).toEqual([text]);
	});

	it('writes speaker labels, headings and captions', () => {
		const md = articleToMarkdown([
			{ kind: 'heading', text: 'Ant in a concentration camp' },
			{ kind: 'speaker', speaker: 'Serikzhan Bilash', text: 'They threatened me.' },
			{ kind: 'caption', text: 'A photo (Photo: X)' },
		]);
		expect(md).toBe('## Ant in a concentration camp\n\n**Serikzhan Bilash:** They threatened me.\n\n*A photo (Photo: X)*');
		expect(markdownBlocks(md)).toEqual(['Ant in a concentration camp', 'Serikzhan Bilash: They threatened me.', 'A photo (Photo: X)']);
	});
});

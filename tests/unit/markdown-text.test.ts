import { describe, expect, it } from 'vitest';
import { markdownBlocks, plainSummary } from '../../src/core/markdown-text.ts';

/**
 * Bodies in the form the importer writes them, cut from the archive's seed sources (written out
 * here, so that an archivist's edit to content/ cannot change what this test reads).
 */
const confession = [
	'*Serikzhan Bilash standing outside of the court (supplied by a volunteer/journalist Qiao Na from RFA)*',
	'My name is Serikzhan. These people never showed me their credentials, but when they arrived, the police officer responsible for No. 6 Zhangawozen Street told them to come in. I reckon that they are KGB \\[the State Security Bureau\\] operatives.',
	'In one video, they demanded that I oppose Ablyazov. \\[Mukhtar Ablyazov is a former chairman of Bank Turan Alem in Kazakhstan and the founder of the political party Democratic Choice of Kazakhstan. Actually, I don’t know Ablyazov.',
	'Reported by Li Pei',
].join('\n\n');
const book = [
	'It cannot be stated that the Chinese authorities gave Xinjiang Kazakhs sufficient time to relocate to Kazakhstan.',
	'## Ant in a concentration camp',
	'By the end of 2016 Xinjiang had been hit by a wave of mass repression.',
	'## “Sayragul’s Story” – Lost Hopes',
	'The issue of mass political repression of ethnic Kazakhs in China was raised by the German citizen Omirhan Altyn.',
].join('\n\n');
const answer =
	'The Kazakh authorities are afraid of us. We have influence in the West. We exposed the concentration camps. They want to arrest people like us, but they also have to take into account the pressure. The government has mixed feelings towards us. They have been using intimidation tactics. Even if they don’t use hardline tactics, they use soft tactics. The purpose of these soft tactics is an attempt to take advantage of the situation and mislead the West.';
const interview = [
	'*Serikzhan Bilash in New York, 2021 (Photo: Kalbynur Auken)*',
	'**Special Correspondent:** Mr. Serikzhan, in the last interview, you mentioned your two like-minded friends.',
	`**Serikzhan Bilash:** ${answer}`,
	'Could you give any examples of this?',
].join('\n\n');

describe('markdownBlocks', () => {
	it('gives headings and paragraphs as blocks, in order', () => {
		expect(markdownBlocks('## Ant in a concentration camp\n\nFirst paragraph.\n\nSecond paragraph.')).toEqual([
			'Ant in a concentration camp',
			'First paragraph.',
			'Second paragraph.',
		]);
		expect(markdownBlocks('# One\n### Three\nSetext\n======')).toEqual(['One', 'Three', 'Setext']);
	});

	it('gives each list item as a block, tight or loose, bulleted, numbered or nested', () => {
		expect(markdownBlocks('- one\n- two\n\n1. first\n2. second')).toEqual(['one', 'two', 'first', 'second']);
		expect(markdownBlocks('* loose one\n\n* loose two')).toEqual(['loose one', 'loose two']);
		expect(markdownBlocks('- outer\n  - inner\n- last')).toEqual(['outer', 'inner', 'last']);
		expect(markdownBlocks('- item with\n  two paragraphs\n\n  second paragraph')).toEqual(['item with\ntwo paragraphs', 'second paragraph']);
	});

	it('keeps a bold speaker label as plain text at the start of its block', () => {
		expect(markdownBlocks('**Special Correspondent:** Mr. Serikzhan, what happened?\n\n**Serikzhan Bilash:** The Kazakh authorities are afraid of us.')).toEqual([
			'Special Correspondent: Mr. Serikzhan, what happened?',
			'Serikzhan Bilash: The Kazakh authorities are afraid of us.',
		]);
	});

	it('removes emphasis, links and code markup, keeping their text', () => {
		expect(markdownBlocks('*A caption (Photo: Kalbynur Auken)*')).toEqual(['A caption (Photo: Kalbynur Auken)']);
		expect(markdownBlocks('Read [Bitter Winter](https://bitterwinter.org/) and `code` and _this_ and __that__.')).toEqual([
			'Read Bitter Winter and code and this and that.',
		]);
	});

	it('removes backslash escapes, leaving the characters as written', () => {
		expect(markdownBlocks('they are KGB \\[the State Security Bureau\\] operatives')).toEqual(['they are KGB [the State Security Bureau] operatives']);
		expect(markdownBlocks('1\\. Not a list')).toEqual(['1. Not a list']);
		expect(markdownBlocks('\\# Not a heading')).toEqual(['# Not a heading']);
		expect(markdownBlocks('\\- not a bullet, \\*not emphasis\\*, a \\_b\\_ and a \\\\ backslash')).toEqual(['- not a bullet, *not emphasis*, a _b_ and a \\ backslash']);
		expect(markdownBlocks('&amp; and &copy; and &lt;b&gt;')).toEqual(['& and © and <b>']);
	});

	it('keeps soft line breaks of a hard-wrapped paragraph as line breaks in the block', () => {
		expect(markdownBlocks('He got into the camp\non November 20, 2017')).toEqual(['He got into the camp\non November 20, 2017']);
	});

	it('gives the paragraphs of a block quote and code blocks, and nothing for thematic breaks', () => {
		expect(markdownBlocks('> quoted one\n>\n> quoted two\n\n---\n\n    code block')).toEqual(['quoted one', 'quoted two', 'code block']);
	});

	it('gives nothing for an empty document', () => {
		expect(markdownBlocks('')).toEqual([]);
		expect(markdownBlocks('\n\n  \n')).toEqual([]);
	});

	it('reads an imported source: caption first, escaped brackets unescaped, last line kept', () => {
		const blocks = markdownBlocks(confession);
		expect(blocks[0]).toBe('Serikzhan Bilash standing outside of the court (supplied by a volunteer/journalist Qiao Na from RFA)');
		expect(blocks.at(-1)).toBe('Reported by Li Pei');
		expect(blocks.some((b) => b.includes('I reckon that they are KGB [the State Security Bureau] operatives.'))).toBe(true);
		expect(blocks.some((b) => b.includes('oppose Ablyazov. [Mukhtar Ablyazov is a former chairman'))).toBe(true);
		expect(blocks.every((b) => !b.includes('\\'))).toBe(true);
	});

	it('reads an imported source with headings as their own blocks', () => {
		const blocks = markdownBlocks(book);
		expect(blocks).toContain('“Sayragul’s Story” – Lost Hopes');
		expect(blocks).toContain('Ant in a concentration camp');
		expect(blocks.every((b) => !b.startsWith('#'))).toBe(true);
	});

	it('reads an imported interview with bold speaker labels', () => {
		const blocks = markdownBlocks(interview);
		expect(blocks).toContain(
			'Serikzhan Bilash: The Kazakh authorities are afraid of us. We have influence in the West. We exposed the concentration camps. They want to arrest people like us, but they also have to take into account the pressure. The government has mixed feelings towards us. They have been using intimidation tactics. Even if they don’t use hardline tactics, they use soft tactics. The purpose of these soft tactics is an attempt to take advantage of the situation and mislead the West.',
		);
		expect(blocks.every((b) => !b.includes('**'))).toBe(true);
	});
});

describe('plainSummary', () => {
	it('gives a short text whole, as plain text: markup and escapes removed', () => {
		expect(plainSummary('Held at **Mockville Camp No. 1** \\[the *school*\\] in [2018](https://x.test/).')).toBe('Held at Mockville Camp No. 1 [the school] in 2018.');
	});

	it('joins blocks into one line, a heading or caption with a full stop', () => {
		expect(plainSummary('## Ant in a concentration camp\n\nBy the end of 2016.\n\n*A caption (photo: RFA)*\n\n“Quoted.”')).toBe('Ant in a concentration camp. By the end of 2016. A caption (photo: RFA). “Quoted.”');
	});

	it('cuts a long text at the last whole word that fits, with "…", dropping a comma before the cut', () => {
		// 160 characters at most, "…" included.
		const summary = plainSummary(answer);
		expect(summary).toBe('The Kazakh authorities are afraid of us. We have influence in the West. We exposed the concentration camps. They want to arrest people like us, but they also…');
		expect(summary.length).toBeLessThanOrEqual(160);
		expect(plainSummary('one two, three four', 13)).toBe('one two…');
		expect(plainSummary('Supercalifragilistic', 8)).toBe('Superca…');
	});

	it('is empty for an empty text', () => {
		expect(plainSummary('')).toBe('');
	});
});

import { describe, expect, it } from 'vitest';
import { createWithheldMatcher } from '../../src/core/withheld-matcher.ts';
import { redactText } from '../../src/core/withhold.ts';

const name = 'Secretname Hiddenova';
const { valuesIn, occurrences } = createWithheldMatcher([name, 'No. 14 Hidden Lane, Secretvillage', 'Dina', 'Nur']);

/** A withheld name written in a form a reader would not notice as different, and where it hides. */
const forms: [form: string, text: string][] = [
	['as written', 'Secretname Hiddenova'],
	['upper case', 'SECRETNAME HIDDENOVA'],
	['accents added', 'Sécretnàme Hïddenova'],
	['accents decomposed (NFD)', 'Se\u0301cretname Hiddenova'],
	['full-width letters', 'Ｓｅｃｒｅｔｎａｍｅ Hiddenova'],
	['a soft hyphen inside a word', 'Secret\u00adname Hiddenova'],
	['a zero-width space inside a word', 'Secretname Hidden\u200bova'],
	['a zero-width joiner inside a word', 'Secret\u200dname Hiddenova'],
	['a word joiner inside a word', 'Secret\u2060name Hiddenova'],
	['a variation selector inside a word', 'Secret\ufe0fname Hiddenova'],
	['a bidi override around a word', '\u202eSecretname\u202c Hiddenova'],
	['a Cyrillic e for the Latin one', 'S\u0435cretname Hiddenova'],
	['a Greek omicron for the Latin o', 'Secretname Hidden\u03bfva'],
	['a line break between the words', 'Secretname\nHiddenova'],
	['a no-break space between the words', 'Secretname\u00a0Hiddenova'],
	['an HTML entity for the space', 'Secretname&nbsp;Hiddenova'],
	['an HTML entity for a letter', '&#83;ecretname Hiddenova'],
	['a named entity inside a word', 'Secret&shy;name Hiddenova'],
	['percent-encoded in an address', 'https://example.net/Secretname%20Hiddenova'],
	['a hyphenated address', '/people/secretname-hiddenova/'],
	['an underscore between the words', 'secretname_hiddenova.md'],
	['Markdown bold around a word', '**Secretname** Hiddenova'],
	['HTML around a word', '<b>Secretname</b> Hiddenova'],
	['an element with attributes between the words', '<span class="x">Secretname</span> <em>Hiddenova</em>'],
	['an HTML comment between the words', 'Secretname <!-- note --> Hiddenova'],
	['an image’s alternative text', '<img src="a.png" alt="Secretname Hiddenova">'],
	['a link’s title', '<a href="/x/" title="Secretname Hiddenova">x</a>'],
	['in JSON', '{"name":"Secretname Hiddenova"}'],
	['in a CSV cell', '"x","Secretname, Hiddenova"'],
];

describe('the withheld-value matcher', () => {
	it.each(forms)('finds a withheld name %s', (_form, text) => {
		expect(valuesIn(text)).toEqual([name]);
	});

	it('finds a withheld address with its punctuation changed', () => {
		expect(valuesIn('held at no 14 hidden lane secretvillage')).toEqual(['No. 14 Hidden Lane, Secretvillage']);
	});

	it('matches whole words only: a short name is not found inside a longer one, nor in a hyphenated name', () => {
		expect(valuesIn('Dinara and Nur-Sultan')).toEqual([]);
		expect(valuesIn('Dina’s mother, and Nur')).toEqual(['Dina', 'Nur']);
		expect(valuesIn('Secretnames Hiddenova')).toEqual([]);
		expect(valuesIn('Secretname Hiddenovas')).toEqual([]);
	});

	it('does not join words that are apart, or find half a name', () => {
		expect(valuesIn('Secret name Hiddenova')).toEqual([]);
		expect(valuesIn('Secretname H.')).toEqual([]);
		expect(valuesIn('Secretname said that Hiddenova')).toEqual([]);
	});

	it('gives each occurrence’s span in the text as written, markup and entities inside it included', () => {
		const text = 'Said **Secretname** Hiddenova, then Secret&shy;name&nbsp;Hiddenova.';
		expect(occurrences(text).map(({ start, end }) => text.slice(start, end))).toEqual(['Secretname** Hiddenova', 'Secret&shy;name&nbsp;Hiddenova']);
	});

	it('finds nothing when nothing is withheld', () => {
		expect(createWithheldMatcher([]).valuesIn(name)).toEqual([]);
	});
});

describe('redaction with the matcher', () => {
	const redactions = [
		{ value: name, replacement: 'Witness A' },
		{ value: 'Dina', replacement: 'Witness B' },
	];
	it('replaces every form of the name with the public name, and nothing else', () => {
		for (const [form, text] of forms) {
			const redacted = redactText(`Before ${text} after`, redactions);
			expect(redacted, form).toMatch(/^Before .*Witness A.* after$/s);
			expect(valuesIn(redacted), form).toEqual([]);
		}
		expect(redactText('Dinara met Dina.', redactions)).toBe('Dinara met Witness B.');
	});
});

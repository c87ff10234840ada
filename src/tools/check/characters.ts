import type { Path } from '../../core/refs.ts';
import { problemAt, type CheckedRecord, type Problem } from './problems.ts';

/** Fields that hold prose (quotes, notes, descriptions), where a line break or a tab may stand. Every other text field is one line. */
const prose = new Set(['quote', 'text', 'note', 'notes', 'description', 'reason', 'basis', 'standfirst']);

/**
 * Characters no text field may hold: control characters (other than the tab and line break of
 * prose), and the bidirectional embeddings, overrides and isolates, which reorder the text shown
 * around them (so a name can read otherwise than it is stored, in pages and in the CSV files).
 */
const anywhere = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
/** Characters a one-line field may not hold besides: tab, line and paragraph breaks, and the invisible direction marks. */
const oneLine = /[\t\n\u2028\u2029\u200e\u200f\u061c]/u;

/**
 * A one-line text without the characters `checkCharacters` refuses in it, for the text the
 * importer copies from a capture into a record's fields: a page's direction marks and stray
 * control characters are invisible, and no reader misses them.
 */
export const withoutHiddenCharacters = (text: string) => text.replace(new RegExp(`${anywhere.source}|${oneLine.source}`, 'gu'), '');

const names: Record<number, string> = {
	0x00: 'a NUL character',
	0x09: 'a tab',
	0x0a: 'a line break',
	0x0d: 'a carriage return',
	0x2028: 'a line separator',
	0x2029: 'a paragraph separator',
	0x061c: 'an Arabic letter mark',
	0x200e: 'a left-to-right mark',
	0x200f: 'a right-to-left mark',
	0x202a: 'a left-to-right embedding',
	0x202b: 'a right-to-left embedding',
	0x202c: 'a pop directional formatting',
	0x202d: 'a left-to-right override',
	0x202e: 'a right-to-left override',
	0x2066: 'a left-to-right isolate',
	0x2067: 'a right-to-left isolate',
	0x2068: 'a first strong isolate',
	0x2069: 'a pop directional isolate',
};

/** Why a character may not stand in a text field, in words. */
function describe(char: string): string {
	const code = char.codePointAt(0)!;
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	const what = names[code] ?? 'a control character';
	if (code === 0x0a || code === 0x09 || code === 0x2028 || code === 0x2029) return `${what} (${hex}), and this field is one line`;
	if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f || code === 0x061c) {
		return `an invisible ${hex} (${what.replace(/^an? /, '')}), which changes the order in which the text around it is shown`;
	}
	return `an invisible ${hex} (${what.replace(/^an? /, '')}), which is not text`;
}

/** Reports text fields holding characters that are not text or that reorder how text is shown: see `anywhere` and `oneLine`. */
export function checkCharacters(record: CheckedRecord): Problem[] {
	const problems: Problem[] = [];
	const walk = (value: unknown, path: Path, field: string) => {
		if (typeof value === 'string') {
			const found = anywhere.exec(value) ?? (prose.has(field) ? null : oneLine.exec(value));
			if (found) problems.push(problemAt(record, path, `the value holds ${describe(found[0])}`, 'delete the character: retype the value by hand, or paste it as plain text (on one line, for a name or a title)'));
		} else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], field));
		else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key], key);
	};
	walk(record.value, [], '');
	return problems;
}

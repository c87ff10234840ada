/** The key two spellings share when they are the same name: case, accents and spacing ignored. */
export const nameKey = (name: string) =>
	name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

const invisible = /[\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\u00ad]/;

/**
 * Why a name would mislead search and cross-linking: invisible characters, or a word that
 * mixes Latin letters with look-alike Cyrillic or Greek ones.
 */
export function nameProblem(name: string): string | undefined {
	const hidden = invisible.exec(name);
	if (hidden) return `the name “${name}” contains an invisible character (U+${hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
	for (const word of name.split(/\s+/)) {
		const latin = /\p{Script=Latin}/u.test(word);
		const other = /[\p{Script=Cyrillic}\p{Script=Greek}]/u.exec(word);
		if (latin && other) return `the word “${word}” mixes Latin letters with the look-alike ${/\p{Script=Cyrillic}/u.test(other[0]) ? 'Cyrillic' : 'Greek'} letter “${other[0]}”`;
	}
	return undefined;
}

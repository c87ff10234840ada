import { nameKey } from '../../core/fold.ts';
import { spellingsOf } from '../../core/records.ts';
import type { Path } from '../../core/refs.ts';
import { problemAt, type CheckedRecord, type Problem } from './problems.ts';

/** Zero-width characters and the soft hyphen; control characters and direction marks are the check of every text field (characters.ts). */
const invisible = /[\u200b-\u200d\u2060-\u2064\ufeff\u00ad]/;

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

/** The names a record claims: those of a person, camp, place or organisation the sources name. */
const claimedNames = (value: Record<string, unknown>): { name: string; path: Path }[] => (value.named === false ? [] : spellingsOf(value));

const distinctIds = (record: CheckedRecord) =>
	((record.value.distinctFrom as ({ id: string } | { organization: { id: string } })[] | undefined) ?? []).map((d) => ('organization' in d ? d.organization.id : d.id));

/** Reports names claimed by two records of a kind that are not marked distinct, and suspicious characters in names. */
export function checkNames(records: CheckedRecord[]): Problem[] {
	const problems: Problem[] = [];
	const claimed = new Map<string, CheckedRecord>();
	for (const record of records) {
		const own = new Set<string>();
		for (const { name, path } of claimedNames(record.value)) {
			const problem = nameProblem(name);
			if (problem) problems.push(problemAt(record, path, problem, 'delete the name and type it again with plain Latin letters on an English keyboard layout; a name in another script goes in aliases with its lang'));
			const key = `${record.collection}/${nameKey(name)}`;
			if (own.has(key)) continue;
			own.add(key);
			const other = claimed.get(key);
			if (other && other.id !== record.id && !distinctIds(record).includes(other.id) && !distinctIds(other).includes(record.id)) {
				const field = path[0] === 'name' ? 'name' : 'alias';
				problems.push(
					problemAt(
						record,
						path,
						`the ${field} “${name}” is also claimed by ${other.file} (line ${other.lineOf(claimedNames(other.value).find((n) => `${record.collection}/${nameKey(n.name)}` === key)!.path)})`,
						`if both are the same, merge the records; if they are different, add "${other.id}" to distinctFrom`,
					),
				);
			} else if (!other) claimed.set(key, record);
		}
	}
	return problems;
}

/**
 * A withheld person's id is published in every address of their page: it must not give
 * away a word of the name or spellings it withholds.
 */
export function checkWithheldId(record: CheckedRecord): Problem[] {
	if (record.collection !== 'people' || !record.value.withhold) return [];
	const words = new Set(spellingsOf(record.value).flatMap(({ name }) => nameKey(name).split(' ')).filter((w) => w.length > 2));
	const leaked = record.id.split('-').filter((part) => words.has(part));
	if (!leaked.length) return [];
	return [
		problemAt(record, ['withhold'], `the file name "${record.id}.md" contains “${leaked.join('”, “')}” from the withheld name, and file names are published in the page's address`, 'rename the file after the public name, e.g. witness-a.md, and update the records that refer to it'),
	];
}

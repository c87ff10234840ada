import { idFromName } from '../../core/fold.ts';
import { spellingsOf } from '../../core/records.ts';
import { recordKey, referencesOf } from '../../core/refs.ts';
import { closest } from '../../core/similar.ts';
import { kindNames } from '../../schemas/kinds.ts';
import { problemAt, type CheckedRecord, type Problem } from './problems.ts';

/**
 * Reports references to records that do not exist, suggesting the closest ids. A record that
 * exists but has problems of its own counts as existing: its own problems are reported once.
 */
export function checkReferences(records: CheckedRecord[], present: readonly { collection: string; id: string }[] = records): Problem[] {
	const ids = new Map<string, string[]>();
	for (const r of present) {
		const list = ids.get(r.collection);
		if (list) list.push(r.id);
		else ids.set(r.collection, [r.id]);
	}
	const exists = new Set(present.map((r) => recordKey(r.collection, r.id)));
	// Ids by every spelling of their name, so `gulbahar-jalilova` can point to `goulbakhar-jalilova`.
	const byName = new Map<string, string>();
	for (const r of records) for (const { name } of spellingsOf(r.value)) byName.set(recordKey(r.collection, idFromName(name)), r.id);
	const problems: Problem[] = [];
	for (const record of records) {
		for (const { ref, path } of referencesOf(record.value)) {
			if (exists.has(recordKey(ref.collection, ref.id))) continue;
			const elsewhere = present.find((r) => r.id === ref.id && r.collection !== ref.collection);
			const named = byName.get(recordKey(ref.collection, ref.id));
			const suggestions = [...new Set([...(named ? [named] : []), ...closest(ref.id, ids.get(ref.collection) ?? [], 3)])].slice(0, 3);
			const use = suggestions.length ? `use an existing id of ${ref.collection}: ${suggestions.map((s) => `"${s}"`).join(', ')}` : undefined;
			const create = `create content/${ref.collection}/${ref.id}.md (npm run new -- ${kindNames[ref.collection].word} --id ${ref.id})`;
			problems.push(
				elsewhere
					? problemAt(
							record,
							path,
							`"${ref.id}" is a record of ${elsewhere.collection}, but this field takes a record of ${ref.collection}`,
							`move the id to a field that takes ${elsewhere.collection}${use ? `, or ${use}` : ''}`,
						)
					: problemAt(record, path, `refers to "${ref.id}", but there is no content/${ref.collection}/${ref.id}.md`, use ? `${use}; or ${create}` : `correct the id, or ${create}`),
			);
		}
	}
	return problems;
}

import { recordKey, referencesOf } from './refs.ts';

/** A reference from one record to another, with the field it stands in. */
export interface Edge {
	from: string;
	to: string;
	/** The top-level field of the referring record, e.g. "subjects" or "quotes". */
	field: string;
}

/**
 * The archive's reference graph in both directions, built in one pass over all records,
 * so "what links here" costs the same per record however large the archive grows.
 */
export function buildGraph(records: readonly { collection: string; id: string; data: unknown }[]) {
	const outgoing = new Map<string, Edge[]>();
	const incoming = new Map<string, Edge[]>();
	for (const record of records) {
		const from = recordKey(record.collection, record.id);
		const seen = new Set<string>();
		for (const { ref, path } of referencesOf(record.data)) {
			const to = recordKey(ref.collection, ref.id);
			const field = String(path[0]);
			const edgeKey = `${to} ${field}`;
			if (seen.has(edgeKey) || to === from) continue;
			seen.add(edgeKey);
			const edge = { from, to, field };
			// Appended in place: a record that thousands of others cite (a region, a large camp)
			// must not cost a copy of its whole list per citation.
			const out = outgoing.get(from);
			if (out) out.push(edge);
			else outgoing.set(from, [edge]);
			const into = incoming.get(to);
			if (into) into.push(edge);
			else incoming.set(to, [edge]);
		}
	}
	return {
		/** Records that refer to `key`, optionally only through the given fields. */
		referrers: (key: string, fields?: readonly string[]) => (incoming.get(key) ?? []).filter((e) => !fields || fields.includes(e.field)),
		/** Records `key` refers to, optionally only through the given fields. */
		referenced: (key: string, fields?: readonly string[]) => (outgoing.get(key) ?? []).filter((e) => !fields || fields.includes(e.field)),
	};
}

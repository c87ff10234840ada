/** A reference from one record to another, with the field it stands in. */
export interface Edge {
	from: string;
	to: string;
	/** The top-level field of the referring record, e.g. "subjects" or "quotes". */
	field: string;
}

/** Every `{ collection, id }` reference in a record's data, with the path it stands at. */
export function referencesOf(value: unknown, path: (string | number)[] = []): { ref: { collection: string; id: string }; path: (string | number)[] }[] {
	if (Array.isArray(value)) return value.flatMap((v, i) => referencesOf(v, [...path, i]));
	if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (typeof o.collection === 'string' && typeof o.id === 'string' && Object.keys(o).length === 2) {
			return [{ ref: { collection: o.collection, id: o.id }, path }];
		}
		return Object.entries(o).flatMap(([k, v]) => referencesOf(v, [...path, k]));
	}
	return [];
}

export const recordKey = (collection: string, id: string) => `${collection}/${id}`;

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
			outgoing.set(from, [...(outgoing.get(from) ?? []), edge]);
			incoming.set(to, [...(incoming.get(to) ?? []), edge]);
		}
	}
	return {
		/** Records that refer to `key`, optionally only through the given fields. */
		referrers: (key: string, fields?: readonly string[]) => (incoming.get(key) ?? []).filter((e) => !fields || fields.includes(e.field)),
		/** Records `key` refers to, optionally only through the given fields. */
		referenced: (key: string, fields?: readonly string[]) => (outgoing.get(key) ?? []).filter((e) => !fields || fields.includes(e.field)),
	};
}

/** A reference from one record to another, with the field it stands in. */
export interface Edge {
	from: string;
	to: string;
	/** The top-level field of the referring record, e.g. "subjects" or "quotes". */
	field: string;
}

/** Every `{ collection, id }` reference in a record's data, with the path it stands at. */
export function referencesOf(value: unknown, path: (string | number)[] = []): { ref: { collection: string; id: string }; path: (string | number)[] }[] {
	// One walk with one path stack, copied only for each reference found: called for every
	// record of the archive, so it avoids a new array per level and per value.
	const found: { ref: { collection: string; id: string }; path: (string | number)[] }[] = [];
	const at = [...path];
	const walk = (v: unknown) => {
		if (Array.isArray(v)) {
			for (let i = 0; i < v.length; i++) {
				at.push(i);
				walk(v[i]);
				at.pop();
			}
		} else if (v && typeof v === 'object') {
			const o = v as Record<string, unknown>;
			const keys = Object.keys(o);
			if (typeof o.collection === 'string' && typeof o.id === 'string' && keys.length === 2) {
				found.push({ ref: { collection: o.collection, id: o.id }, path: [...at] });
				return;
			}
			for (const k of keys) {
				at.push(k);
				walk(o[k]);
				at.pop();
			}
		}
	};
	walk(value);
	return found;
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

import type { CollectionName } from '../schemas/common.ts';

/** A relation from one record to another, as the schemas read it: `witness: kairat-samarkan` becomes `{ collection: 'people', id: 'kairat-samarkan' }`. */
export interface Ref<C extends CollectionName = CollectionName> {
	collection: C;
	id: string;
}

/** A path into a record's data: field names and list positions. */
export type Path = (string | number)[];

/** Whether a value is a relation: an object of exactly `collection` and `id`. Its id is a file name, never text to rewrite. */
export const isRef = (value: unknown): value is Ref => {
	if (!value || typeof value !== 'object') return false;
	const o = value as Record<string, unknown>;
	return typeof o.collection === 'string' && typeof o.id === 'string' && Object.keys(o).length === 2;
};

/** The key of a record across collections: "people/kairat-samarkan". */
export const recordKey = (collection: string, id: string) => `${collection}/${id}`;

/** Every relation in a record's data, with the path it stands at. */
export function referencesOf(value: unknown, path: Path = []): { ref: Ref; path: Path }[] {
	// One walk with one path stack, copied only for each reference found: called for every
	// record of the archive, so it avoids a new array per level and per value.
	const found: { ref: Ref; path: Path }[] = [];
	const at = [...path];
	const walk = (v: unknown) => {
		if (isRef(v)) {
			found.push({ ref: { collection: v.collection, id: v.id }, path: [...at] });
		} else if (Array.isArray(v)) {
			for (let i = 0; i < v.length; i++) {
				at.push(i);
				walk(v[i]);
				at.pop();
			}
		} else if (v && typeof v === 'object') {
			for (const [k, child] of Object.entries(v)) {
				at.push(k);
				walk(child);
				at.pop();
			}
		}
	};
	walk(value);
	return found;
}

/** The value at a path of a record's data, or undefined where the path leads nowhere. */
export const valueAt = (data: unknown, path: readonly (string | number)[]) => path.reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string | number, unknown>)[k]), data);

/** A path as an archivist reads it: `quotes[0].text`. */
export const fieldPath = (path: readonly (string | number)[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');

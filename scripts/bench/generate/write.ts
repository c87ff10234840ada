import { stringify } from 'yaml';
import type { CollectionName } from '../../../src/schemas/common.ts';
import type { WrittenData } from '../../../src/schemas/index.ts';

/** Receives each file: a path under content/ (e.g. "people/x.md") and its text. */
export type Emit = (path: string, text: string) => void;

/**
 * Leaves out what an archivist would not write: missing values and empty lists. Copying every
 * object also keeps YAML from writing anchors and aliases for the objects the plan shares, such
 * as a date that is both the start of a period and the date of an event.
 */
const clean = (value: unknown): unknown => {
	if (Array.isArray(value)) return value.map(clean);
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) {
			if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
			out[k] = clean(v);
		}
		return out;
	}
	return value;
};

/** Writes a record as `<collection>/<id>.md`: YAML front matter (every string double-quoted) and a Markdown body. */
export function writeRecord<C extends CollectionName>(emit: Emit, collection: C, id: string, data: NoInfer<WrittenData<C>>, body: string) {
	const yaml = stringify(clean(data), { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
	emit(`${collection}/${id}.md`, `---\n${yaml}---\n${body.trim()}\n`);
}

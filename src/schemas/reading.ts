import { z } from 'astro/zod';
import { idPattern, statedFields, type CollectionName, type RefFactory } from './common.ts';
import { schemas } from './index.ts';

/**
 * Reading the schemas outside Astro: the check validates records with them, the data export
 * names its columns and documents its fields from them, and `npm run new` writes a record's
 * template from them.
 */

/** The collection each reference schema made by `plainRef` points to, by the schema's definition. */
const refCollections = new WeakMap<object, CollectionName>();

/** The stand-in for Astro's `reference()` outside Astro: the same `{ collection, id }` result. */
const plainRef: RefFactory = (collection) => {
	const schema = z
		.string({ error: 'must be the id of a record (its file name without .md)' })
		.regex(idPattern, 'must be an id: lower-case words joined by hyphens')
		.transform((id) => ({ collection, id }));
	// `.describe()` and `.optional()` keep or wrap this definition, so it still identifies the reference.
	refCollections.set(schema.def, collection);
	return schema;
};

/** A Zod schema node, as far as the check, the export and the scaffolder look into it. */
export interface SchemaNode {
	def: {
		type: string;
		innerType?: SchemaNode;
		in?: SchemaNode;
		out?: SchemaNode;
		element?: SchemaNode;
		shape?: Record<string, SchemaNode>;
		entries?: Record<string, string>;
		format?: string;
		defaultValue?: unknown;
		checks?: { _zod: { def: { check: string; minimum?: number; value?: unknown } } }[];
	};
	description?: string;
}

const built = new Map<CollectionName, z.ZodObject>();
/** A kind's schema with `plainRef` relations, built once. */
export function plainSchema(collection: CollectionName): z.ZodObject {
	let schema = built.get(collection);
	if (!schema) built.set(collection, (schema = schemas[collection](plainRef) as unknown as z.ZodObject));
	return schema;
}
/** The same schema, as a node to look into. */
export const schemaNode = (collection: CollectionName) => plainSchema(collection) as unknown as SchemaNode;

/** The schema under `optional`, `default`, `nullable` and pipes, with what the wrappers say. */
export function unwrap(node: SchemaNode): { node: SchemaNode; optional: boolean; hasDefault: boolean; defaultValue?: unknown; description?: string } {
	let optional = false;
	let hasDefault = false;
	let defaultValue: unknown;
	let description = node.description;
	for (;;) {
		const def = node.def;
		if (refCollections.has(def)) break;
		if (def.type === 'optional' || def.type === 'nullable') optional = true;
		else if (def.type === 'default') {
			hasDefault = true;
			defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
		} else if (def.type !== 'pipe') break;
		// A preprocessed value is described by what it becomes; a transformed one by what it was.
		node = def.type === 'pipe' ? (def.in!.def.type === 'transform' ? def.out! : def.in!) : def.innerType!;
		description ??= node.description;
	}
	return { node, optional, hasDefault, defaultValue, description };
}

/** The collection a reference schema points to, or undefined when it is not a reference. */
export const refCollectionOf = (node: SchemaNode): CollectionName | undefined => refCollections.get(unwrap(node).node.def);

/** Whether a field holds the source's own words (see `stated`), and whether it also allows names in common use; undefined when it does not. */
export const statedOf = (node: SchemaNode) => statedFields.get(unwrap(node).node.def);

/** The values of an enum schema (under its wrappers), or undefined when it is not one. */
export function enumValues(node: SchemaNode | undefined): string[] | undefined {
	const inner = node && unwrap(node).node;
	return inner?.def.type === 'enum' ? Object.values(inner.def.entries ?? {}) : undefined;
}

/** The schema node at a path of field names and list positions. */
export function schemaAt(schema: SchemaNode, path: readonly (string | number)[]): SchemaNode | undefined {
	let node: SchemaNode | undefined = schema;
	for (const key of path) {
		if (!node) return undefined;
		const inner: SchemaNode = unwrap(node).node;
		node = typeof key === 'number' ? inner.def.element : inner.def.shape?.[key];
	}
	return node;
}

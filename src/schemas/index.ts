import type { z } from 'astro/zod';
import type { CollectionName, RefFactory } from './common.ts';
import { campSchema } from './camp.ts';
import { organizationSchema } from './organization.ts';
import { personSchema } from './person.ts';
import { placeSchema } from './place.ts';
import { sourceSchema } from './source.ts';
import { testimonySchema } from './testimony.ts';

/** Every record kind's schema, keyed by collection. */
export const schemas = {
	sources: sourceSchema,
	testimonies: testimonySchema,
	people: personSchema,
	camps: campSchema,
	places: placeSchema,
	organizations: organizationSchema,
} satisfies Record<CollectionName, (ref: RefFactory) => unknown>;

/** A record's front matter as its kind's schema gives it: relations as `{ collection, id }`. */
export type RecordData<C extends CollectionName> = z.output<ReturnType<(typeof schemas)[C]>>;

/** A record's front matter as an archivist writes it: relations as ids. */
export type WrittenData<C extends CollectionName> = z.input<ReturnType<(typeof schemas)[C]>>;

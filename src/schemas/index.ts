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

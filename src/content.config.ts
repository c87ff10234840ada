import { defineCollection, reference } from 'astro:content';
import { records } from './loaders/records.ts';
import { campSchema } from './schemas/camp.ts';
import type { RefFactory } from './schemas/common.ts';
import { organizationSchema } from './schemas/organization.ts';
import { personSchema } from './schemas/person.ts';
import { placeSchema } from './schemas/place.ts';
import { sourceSchema } from './schemas/source.ts';
import { testimonySchema } from './schemas/testimony.ts';

// Records live in content/<collection>/<id>.md. The schemas take the relation builder as an
// argument so that the check validates with the very same schemas outside Astro; the loader
// stores each record as the check validated it, so here the schemas give the collections their
// types.
const ref = reference as unknown as RefFactory;

export const collections = {
	sources: defineCollection({ loader: records('sources'), schema: sourceSchema(ref) }),
	testimonies: defineCollection({ loader: records('testimonies'), schema: testimonySchema(ref) }),
	people: defineCollection({ loader: records('people'), schema: personSchema(ref) }),
	camps: defineCollection({ loader: records('camps'), schema: campSchema(ref) }),
	places: defineCollection({ loader: records('places'), schema: placeSchema(ref) }),
	organizations: defineCollection({ loader: records('organizations'), schema: organizationSchema(ref) }),
};

import { z } from 'astro/zod';
import { aliasSchema, disagreementSchema, type RefFactory } from './common.ts';

const placeKinds = [
	'country',
	'region',
	'prefecture',
	'district',
	'city',
	'town',
	'village',
	'settlement',
	'border-crossing',
	'building',
	'other',
] as const;

/** A place named in the sources. */
export const placeSchema = (ref: RefFactory) =>
	z.object({
		name: z.string().min(1).describe('The name the archive files the place under.'),
		aliases: z.array(aliasSchema(ref, { commonUse: true })).default([]).describe('Other names and spellings met in the sources or in common use.'),
		distinctFrom: z.array(ref('places')).default([]).describe('Other places that share a name but are different.'),
		kind: z.enum(placeKinds).describe('What kind of place it is.'),
		partOf: ref('places').optional().describe('The larger place it lies in.'),
		partOfSource: ref('sources')
			.optional()
			.describe('The source that places it there; leave out when `partOfInferred` is true.'),
		partOfInferred: z.boolean().default(false).describe('True when the archive, not a source, places it in `partOf`.'),
		disagreements: z.array(disagreementSchema(ref)).default([]).describe('Points on which sources differ about the place, such as how many people of a people live there.'),
	});

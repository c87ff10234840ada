import { z } from 'astro/zod';
import { aliasSchema, disagreementSchema, eventSchema, type RefFactory } from './common.ts';

const organizationKinds = [
	'human-rights-group',
	'civil-society',
	'government',
	'security-service',
	'police',
	'court',
	'political-party',
	'media',
	'academic',
	'international-body',
	'religious-body',
	'company',
	'other',
] as const;

/** An organisation named in the sources. */
export const organizationSchema = (ref: RefFactory) =>
	z.object({
		name: z.string().min(1).describe('The name the archive files the organisation under.'),
		lang: z
			.string()
			.optional()
			.describe('BCP 47 language tag of the name when it is not English, e.g. "kk-Latn" for Kazakh written in Latin letters.'),
		aliases: z.array(aliasSchema(ref, { commonUse: true })).default([]).describe('Other names, abbreviations and spellings met in the sources or in common use (such as an acronym).'),
		kind: z.enum(organizationKinds).describe('What kind of organisation it is.'),
		country: z.string().optional().describe('The country it is based in.'),
		distinctFrom: z
			.array(
				z.object({
					organization: ref('organizations').describe('The organisation it must not be confused with.'),
					note: z.string().min(1).describe('How the sources tell them apart.'),
					source: ref('sources').optional().describe('The source that draws the distinction.'),
				}),
			)
			.default([])
			.describe('Look-alike or breakaway organisations the sources tell apart from this one.'),
		events: z.array(eventSchema(ref)).default([]).describe('Dated events: founding, registration, splits.'),
		disagreements: z.array(disagreementSchema(ref)).default([]).describe('Points on which sources differ about the organisation, such as how many people turned to it.'),
	});

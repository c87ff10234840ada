import { z } from 'astro/zod';
import { aliasSchema, claimSchema, datedSchema, eventSchema, stated, type RefFactory } from './common.ts';

/** What a person is in the archive's accounts. */
export const personRoles = [
	'former-detainee',
	'detainee',
	'relative-of-detainee',
	'witness',
	'activist',
	'lawyer',
	'official',
	'journalist',
	'author',
	'scholar',
	'translator',
	'photographer',
	'politician',
	'public-figure',
	'historical-figure',
	'perpetrator',
] as const;

/** A person named or described in the sources. */
export const personSchema = (ref: RefFactory) =>
	z.object({
		name: z.string().min(1).describe('The name the archive files the person under, or a description such as "Wife of Nurlan Kokteubai (not named)".'),
		named: z.boolean().default(true).describe('False when the sources describe the person without naming them.'),
		aliases: z.array(aliasSchema(ref)).default([]).describe('Every other spelling met in the sources, each with its source.'),
		distinctFrom: z
			.array(ref('people'))
			.default([])
			.describe('Other people who share a name or alias with this one but are different people.'),
		roles: z.array(z.enum(personRoles)).min(1).describe('What the person is in the accounts.'),
		ethnicity: z.array(claimSchema(ref)).default([]).describe('What the sources say of the person’s ethnicity.'),
		citizenship: z.array(claimSchema(ref)).default([]).describe('What the sources say of citizenship or residence status.'),
		age: z.array(claimSchema(ref)).default([]).describe('Ages the sources give, each as of the source’s date.'),
		occupation: z.array(claimSchema(ref)).default([]).describe('What the sources say the person does or did.'),
		identity: claimSchema(ref)
			.optional()
			.describe('When the archive joins spellings from different sources into one person by inference, the basis for it.'),
		relations: z
			.array(
				z.object({
					person: ref('people').describe('The related person.'),
					relation: z.string().min(1).describe('What that person is to this one, e.g. "wife", "lawyer".'),
					source: ref('sources').describe('The source that says so.'),
					quote: z.string().optional().describe('The words of the source, copied exactly.'),
				}),
			)
			.default([])
			.describe('Family and other ties the sources state.'),
		detentions: z
			.array(
				z.object({
					camp: ref('camps').describe('Where the person was held.'),
					start: datedSchema.optional().describe('When the detention began.'),
					end: datedSchema.optional().describe('When it ended.'),
					duration: stated(z.string().describe('The duration in the source’s own words, as they stand in the quote, e.g. "15 hell months".')).optional(),
					durationReading: z.string().optional().describe('The duration in the archive’s own words, when the stated words need it (e.g. "15 months" for "15 hell months").'),
					note: z.string().optional().describe('What the archive adds about this detention in its own words, e.g. that a sentence’s range is given for several people.'),
					source: ref('sources').describe('The source that says so.'),
					quote: z.string().optional().describe('The words of the source, copied exactly.'),
				}),
			)
			.default([])
			.describe('Places the person was held, from the sources.'),
		events: z.array(eventSchema(ref)).default([]).describe('Dated events in the person’s life, from the sources.'),
		withhold: z
			.object({
				publicName: z.string().min(1).describe('What the site shows instead of the name, e.g. "Witness A".'),
				reason: z.string().min(1).describe('Why the identity is withheld (kept in the file, never published).'),
			})
			.optional()
			.describe('Withholds the person’s identity: name and spellings never reach the site, the search index or the exports.'),
	});

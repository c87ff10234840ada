import { z } from 'astro/zod';
import { aliasSchema, datedSchema, disagreementSchema, stated, type RefFactory } from './common.ts';

/** The kinds of place where people are held. */
const campKinds = [
	're-education-camp',
	'prison',
	'detention-centre',
	'forced-labour-factory',
	'house-arrest',
	'police-station',
	'interrogation-site',
	'hospital',
	'hostel',
	'other',
] as const;

/** A place of detention named or described in the sources. */
export const campSchema = (ref: RefFactory) =>
	z.object({
		name: z.string().min(1).describe('The name the archive files the site under; a description when the sources give no name.'),
		named: z.boolean().default(true).describe('False when the sources describe the site without naming it.'),
		aliases: z.array(aliasSchema(ref)).default([]).describe('Other names and spellings met in the sources.'),
		distinctFrom: z.array(ref('camps')).default([]).describe('Other sites that share a name but are different.'),
		kind: z.enum(campKinds).describe('What kind of place of detention it is.'),
		location: z
			.object({
				place: ref('places').optional().describe('The most precise place record the sources support.'),
				description: stated(z.string().describe('The location in the source’s own words, as they stand in the quote (or in the source).')).optional(),
				reading: z.string().optional().describe('Where the site is, in the archive’s own words, when the source gives no words for it or they need explaining (e.g. "no closer location given").'),
				source: ref('sources').describe('The source that locates it.'),
				quote: z.string().optional().describe('The words of the source, copied exactly.'),
				inferred: z.boolean().default(false).describe('True when the archive inferred the location.'),
			})
			.optional()
			.describe('Where the site is.'),
		figures: z
			.array(
				z.object({
					what: z.string().min(1).describe('What is counted, e.g. "people held".'),
					value: stated(z.string().min(1).describe('The figure as reported, word for word from the quote, e.g. "5,700" or "three thousand".')),
					reading: z.string().optional().describe('The figure in the archive’s own words, when the source writes it otherwise, e.g. "3,000" for "three thousand".'),
					date: datedSchema.optional().describe('When the figure was reported or applies.'),
					reportedBy: ref('people').optional().describe('Who reported the figure.'),
					source: ref('sources').describe('The source that reports it.'),
					quote: z.string().min(1).describe('The words of the source, copied exactly.'),
				}),
			)
			.default([])
			.describe('Figures reported about the site, each with its quote.'),
		disagreements: z.array(disagreementSchema(ref)).default([]).describe('Points on which sources differ about the site: its figures, its location, what it was.'),
		withholdLocation: z
			.object({
				reason: z.string().min(1).describe('Why the location is withheld (kept in the file, never published).'),
			})
			.optional()
			.describe('Withholds the exact location: the location fields never reach the site, the search index or the exports.'),
	});

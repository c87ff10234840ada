import { z } from 'astro/zod';
import {
	contentWarnings,
	datedSchema,
	disagreementSchema,
	stated,
	eventSchema,
	type RefFactory,
} from './common.ts';

/** Who speaks: the person themself, someone reporting about another, or an author's summary. */
const testimonyKinds = ['first-hand', 'reported', 'summarised'] as const;

/** The controlled vocabulary of what happened. Add a term here, with care, before using it. */
export const experienceTypes = [
	'arrest',
	'interrogation',
	'detention-in-camp',
	'imprisonment',
	'house-arrest',
	'torture',
	'sexual-violence',
	'forced-medication',
	'forced-labour',
	'political-indoctrination',
	'forced-confession',
	'threats',
	'surveillance',
	'harassment',
	'family-separation',
	'death',
	'death-in-custody',
	'suicide-attempt',
	'deprivation-of-food-or-water',
	'denial-of-medical-care',
	'confiscation-of-documents',
	'confiscation-of-property',
	'restriction-of-religion',
	'forced-renunciation-of-citizenship',
	'prosecution',
	'exile',
	'release',
] as const;

/** One account of what happened to one or more people, as a source gives it. */
export const testimonySchema = (ref: RefFactory) =>
	z.object({
		title: z.string().min(1).describe('A short, sober title naming whose account it is and what it is about.'),
		kind: z
			.enum(testimonyKinds)
			.describe('first-hand: the witness speaks of what happened to them; reported: someone tells of another person; summarised: an author summarises it.'),
		witness: ref('people').optional().describe('The person who gives the account. Leave out for an author’s summary.'),
		subjects: z.array(ref('people')).min(1).describe('The people the account is about.'),
		reporter: ref('people').optional().describe('The author or journalist through whom the account reaches us.'),
		camps: z.array(ref('camps')).default([]).describe('Places of detention the account names or describes.'),
		places: z.array(ref('places')).default([]).describe('Other places where the events happen.'),
		organizations: z.array(ref('organizations')).default([]).describe('Organisations involved.'),
		experiences: z.array(z.enum(experienceTypes)).min(1).describe('What happened, from the controlled vocabulary.'),
		period: z
			.object({
				start: datedSchema.optional().describe('When the events began.'),
				end: datedSchema.optional().describe('When they ended.'),
			})
			.optional()
			.describe('When the events of the account took place.'),
		durations: z
			.array(
				z.object({
					text: stated(z.string().min(1).describe('The duration in the source’s own words, as they stand in the quote, e.g. "15 hell months".')),
					reading: z.string().optional().describe('The duration in the archive’s own words, when the stated words need it (e.g. "15 months").'),
					of: z.string().min(1).describe('What lasted that long, e.g. "detention in the camp".'),
					source: ref('sources').describe('The source that states it.'),
					quote: z.string().optional().describe('The words of the source, copied exactly.'),
				}),
			)
			.default([])
			.describe('Durations as the sources state them.'),
		events: z.array(eventSchema(ref)).default([]).describe('Dated events of the account, shown on the timeline.'),
		quotes: z
			.array(
				z.object({
					text: z.string().min(1).describe('The passage, copied character for character from the source.'),
					source: ref('sources').describe('The source the passage is in.'),
					speaker: ref('people').optional().describe('Whose words these are, when the passage quotes a person.'),
				}),
			)
			.min(1)
			.describe('Verbatim passages of the source that carry the account. At least one.'),
		contentWarnings: z
			.array(z.enum(contentWarnings))
			.default([])
			.describe('Warnings shown before the account: torture, sexual-violence, suicide, death, violence, forced-medication.'),
		disagreements: z.array(disagreementSchema(ref)).default([]).describe('Points on which sources differ.'),
	});

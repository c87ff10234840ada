import { z } from 'astro/zod';
import { datedSchema, idFileName, isoDay, maxFileBytes, type RefFactory } from './common.ts';

/** How the publication date of a source is known. */
const dateBases = ['stated', 'address', 'inferred'] as const;

/** A published article or book captured into the archive, with the provenance of its capture. */
export const sourceSchema = (ref: RefFactory) =>
	z.object({
		title: z.string().min(1).describe('The headline as published.'),
		standfirst: z.string().optional().describe('The summary line published under the headline, if any.'),
		byline: z.string().min(1).describe('The byline as printed, e.g. "Li Pei (a pseudonym)".'),
		authors: z.array(ref('people')).default([]).describe('Archive records of the people who wrote the source.'),
		publisher: z.string().min(1).describe('The site or outlet that published this copy.'),
		originalPublisher: z
			.string()
			.optional()
			.describe('The outlet that first published the text, when this copy republishes it.'),
		published: datedSchema
			.extend({
				basis: z
					.enum(dateBases)
					.describe('How the date is known: stated in the text, read from the address, or inferred.'),
				note: z.string().optional().describe('Anything a reader should know about the date.'),
			})
			.describe('The publication date with its precision and how it is known.'),
		url: z.httpUrl().describe('The original address of the published page, starting with https:// or http://.'),
		language: z.string().default('en').describe('BCP 47 language tag of the text.'),
		capture: z
			.object({
				file: z
					.string()
					.regex(idFileName('\\.capture\\.(txt|html)'), 'name the capture <id>.capture.txt or <id>.capture.html')
					.describe('File name of the raw capture, stored beside this file and never edited.'),
				sha256: z
					.string()
					.regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lower-case hexadecimal characters')
					.describe('SHA-256 of the raw capture, checked at every build.'),
				bytes: z.number().int().positive().max(maxFileBytes).describe(`Size of the raw capture in bytes (at most ${maxFileBytes}, 5 MB).`),
				encoding: z.string().describe('Character encoding the capture was decoded from, e.g. "utf-8".'),
				format: z.enum(['text', 'html']).describe('Whether the capture is plain text or a saved HTML page.'),
				added: isoDay.describe('The day the capture entered the archive (YYYY-MM-DD).'),
				removed: z
					.array(z.string())
					.default([])
					.describe('What the import cleaner removed from the capture, one line per rule.'),
			})
			.describe('The raw capture this text was cleaned from.'),
		related: z
			.array(
				z.object({
					source: ref('sources').describe('The related source.'),
					relation: z.string().min(1).describe('How it relates, e.g. "part 1 of the same interview".'),
				}),
			)
			.default([])
			.describe('Other sources this one continues, answers or republishes.'),
		notes: z.array(z.string()).default([]).describe('Editorial notes for readers about this source.'),
	});

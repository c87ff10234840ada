import { z } from 'astro/zod';

/**
 * Builds the schema of a relation to another collection. Astro passes its own
 * `reference()`; the stand-alone checker passes one that keeps the same
 * `{ collection, id }` shape, so both validate records with the same schemas.
 */
export type RefFactory = (collection: CollectionName) => z.ZodType<{ collection: CollectionName; id: string }, string>;

export const collectionNames = [
	'sources',
	'testimonies',
	'people',
	'camps',
	'places',
	'organizations',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/**
 * Record ids are file names and parts of every address: lower-case words (letters a–z and digits)
 * joined by single hyphens, at most 100 characters, so that `<id>.capture.html` stays far below the
 * 255 bytes a file name may have on every file system (the longest id in the archive has 62).
 */
export const idPattern = idFileName('');

/** The pattern of a file named after a record id: the id, then `suffix` (a regular expression's source). */
export function idFileName(suffix: string): RegExp {
	return new RegExp(`^(?=.{1,100}${suffix}$)[a-z0-9]+(?:-[a-z0-9]+)*${suffix}$`);
}

/**
 * The largest file the archive takes under content/: a raw capture, or a record (a source's
 * record holds the capture's cleaned text, so it is about as large). Every check and build reads
 * every record and hashes every capture: a 5 MB source adds about 2 s and 220 MB of memory to
 * each, where a 50 MB one made each take 30–40 s and 2.8 GB. 5 MB is fifty times the largest
 * capture held (a whole book, 104 kB) and more than a news page saved as HTML usually weighs.
 */
export const maxFileBytes = 5 * 1024 * 1024;

/**
 * YAML readers differ on unquoted dates: Astro's turns `2019-03-10` into a Date and both
 * turn `2019` into a number. Either way the archive keeps the date as it was written.
 */
const asWritten = (value: unknown) =>
	value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value;

/** A calendar date written as far as it is known: `2019`, `2019-03` or `2019-03-10`. */
const partialDate = z.preprocess(
	asWritten,
	z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** A full calendar day, YYYY-MM-DD. */
export const isoDay = z.preprocess(asWritten, z.iso.date());

export const precisions = ['day', 'month', 'year'] as const;
export const qualifiers = [
	'early',
	'mid',
	'late',
	'end',
	'spring',
	'summer',
	'autumn',
	'winter',
	'before',
	'after',
	'around',
] as const;

/** A date with the precision the source gives it. */
export const datedSchema = z.object({
	value: partialDate.describe('The date as far as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD.'),
	precision: z
		.enum(precisions)
		.describe('How precisely the source dates it: day, month or year. Must match the form of `value`.'),
	qualifier: z
		.enum(qualifiers)
		.optional()
		.describe('A qualifier the source puts on the date, such as "late" in "late 2017".'),
	inferred: z
		.boolean()
		.default(false)
		.describe('True when the date is worked out by the archive rather than stated by the source.'),
	basis: z.string().optional().describe('How the date is known or was inferred, in a few words.'),
});
export type Dated = z.infer<typeof datedSchema>;

/**
 * Fields that hold the source's own words. The check proves that each value occurs, word for
 * word, in the quote beside it, or, where there is no quote, in the source it names; a field
 * that also allows names in common use may have no source at all.
 */
export const statedFields = new WeakMap<object, { commonUse: boolean }>();
export function stated<T extends z.ZodType>(schema: T, options: { commonUse?: boolean } = {}): T {
	statedFields.set(schema.def, { commonUse: options.commonUse ?? false });
	return schema;
}

/** A spelling of a name: met in a source, or, where `commonUse` allows, in common use. */
export const aliasSchema = (ref: RefFactory, { commonUse = false } = {}) =>
	z.object({
		name: stated(z.string().min(1).describe(commonUse ? 'The spelling exactly as printed in the source, or as commonly written when no source gives it.' : 'The spelling exactly as printed in the source.'), { commonUse }),
		source: ref('sources').optional().describe(commonUse ? 'The source where this spelling is met; leave out for a spelling in common use that no source gives.' : 'The source where this spelling is met.'),
		lang: z.string().optional().describe('BCP 47 language tag when the name is not English, e.g. "kk".'),
	});

/**
 * One statement of fact taken from one source. Several claims on the same field that
 * disagree are all kept and shown side by side.
 */
export const claimSchema = (ref: RefFactory) =>
	z.object({
		value: z.string().min(1).describe('What the source says, in a few words.'),
		source: ref('sources').describe('The source that says it.'),
		quote: z
			.string()
			.optional()
			.describe('The words of the source that support the claim, copied character for character.'),
		inferred: z
			.boolean()
			.default(false)
			.describe('True when the archive inferred the value; `note` then says how.'),
		note: z.string().optional().describe('A short note on the claim, such as how it was inferred.'),
	});

/** A dated event drawn from a source, shown on record pages and on the timeline. */
export const eventSchema = (ref: RefFactory) =>
	z.object({
		date: datedSchema.describe('When it happened, with its precision.'),
		text: z.string().min(1).describe('What happened, in the archive’s own words.'),
		source: ref('sources').describe('The source that dates the event.'),
		quote: z.string().optional().describe('The words of the source that date it, copied exactly.'),
	});

/** A point on which sources disagree, with every claim and its source. */
export const disagreementSchema = (ref: RefFactory) =>
	z.object({
		topic: z.string().min(1).describe('What the sources disagree about, e.g. "Date of release".'),
		claims: z.array(claimSchema(ref)).min(2).describe('Each source’s version, with its quote.'),
		note: z.string().optional().describe('What the archive can say about the difference, without resolving it.'),
	});

export const contentWarnings = [
	'torture',
	'sexual-violence',
	'suicide',
	'death',
	'violence',
	'forced-medication',
] as const;

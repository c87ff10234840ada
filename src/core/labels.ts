/** Values whose words keep a hyphen when read out: the others' hyphens only join words. */
const hyphenated: Record<string, string> = { 're-education-camp': 'Re-education camp' };

/** Words a reader understands for the archive's controlled vocabularies: "forced-labour" is "Forced labour". */
export const label = (value: string) => hyphenated[value] ?? value.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** How a source's publication date was read, as said beside it; an inferred date is marked inferred by itself. */
export const publishedBasis = { stated: 'as printed in the text', address: 'read from the page’s address', inferred: undefined } as const;

export const testimonyKindLabels: Record<string, string> = {
	'first-hand': 'First-hand account',
	reported: 'Reported account',
	summarised: 'Summarised by an author',
};

export const warningText: Record<string, string> = {
	torture: 'torture',
	'sexual-violence': 'sexual violence',
	suicide: 'suicide and attempted suicide',
	death: 'death',
	violence: 'violence',
	'forced-medication': 'forced medication',
};

/** Joins words as a reader would: "a, b and c". */
export const listText = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** Words a reader understands for the archive's controlled vocabularies. */
export const label = (value: string) => value.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

export const kindLabels: Record<string, string> = {
	'first-hand': 'First-hand account',
	reported: 'Reported account',
	summarised: 'Summarised by an author',
};

export const collectionLabels: Record<string, { one: string; many: string }> = {
	sources: { one: 'Source', many: 'Sources' },
	testimonies: { one: 'Testimony', many: 'Testimonies' },
	people: { one: 'Person', many: 'People' },
	camps: { one: 'Camp', many: 'Camps' },
	places: { one: 'Place', many: 'Places' },
	organizations: { one: 'Organisation', many: 'Organisations' },
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

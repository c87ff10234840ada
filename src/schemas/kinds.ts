import type { CollectionName } from './common.ts';

/**
 * What each kind of record is called: the word an archivist types (`npm run new -- person`),
 * and its name on the site, for one record and for many.
 */
export const kindNames = {
	sources: { word: 'source', one: 'Source', many: 'Sources' },
	testimonies: { word: 'testimony', one: 'Testimony', many: 'Testimonies' },
	people: { word: 'person', one: 'Person', many: 'People' },
	camps: { word: 'camp', one: 'Camp', many: 'Camps' },
	places: { word: 'place', one: 'Place', many: 'Places' },
	organizations: { word: 'organization', one: 'Organisation', many: 'Organisations' },
} as const satisfies Record<CollectionName, { word: string; one: string; many: string }>;

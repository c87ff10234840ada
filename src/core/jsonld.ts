/** schema.org descriptions of the archive's records, for search engines and other tools. */

const context = 'https://schema.org';

export function articleLd(source: { title: string; byline: string; publisher: string; published: string; url: string; permalink: string; sha256: string; standfirst?: string }) {
	return {
		'@context': context,
		'@type': 'Article',
		headline: source.title,
		description: source.standfirst,
		author: { '@type': 'Person', name: source.byline },
		publisher: { '@type': 'Organization', name: source.publisher },
		datePublished: source.published,
		url: source.url,
		archivedAt: source.permalink,
		identifier: { '@type': 'PropertyValue', propertyID: 'sha256', value: source.sha256 },
	};
}

export function personLd(person: { name: string; alternateNames: string[]; permalink: string; description: string; subjectOf: string[] }) {
	return {
		'@context': context,
		'@type': 'Person',
		name: person.name,
		alternateName: person.alternateNames.length ? person.alternateNames : undefined,
		description: person.description,
		url: person.permalink,
		subjectOf: person.subjectOf.map((url) => ({ '@type': 'CreativeWork', url })),
	};
}

export function placeLd(place: { name: string; alternateNames: string[]; permalink: string; description: string; containedIn?: { name: string; permalink: string } }) {
	return {
		'@context': context,
		'@type': 'Place',
		name: place.name,
		alternateName: place.alternateNames.length ? place.alternateNames : undefined,
		description: place.description,
		url: place.permalink,
		containedInPlace: place.containedIn ? { '@type': 'Place', name: place.containedIn.name, url: place.containedIn.permalink } : undefined,
	};
}

export function datasetLd(dataset: { name: string; description: string; url: string; license: string; distribution: { url: string; format: string }[]; counts: Record<string, number> }) {
	return {
		'@context': context,
		'@type': 'Dataset',
		name: dataset.name,
		description: dataset.description,
		url: dataset.url,
		isAccessibleForFree: true,
		license: dataset.license,
		variableMeasured: Object.keys(dataset.counts),
		size: Object.entries(dataset.counts)
			.map(([k, n]) => `${n} ${k}`)
			.join(', '),
		distribution: dataset.distribution.map((d) => ({ '@type': 'DataDownload', contentUrl: d.url, encodingFormat: d.format })),
	};
}

/** JSON for a script element: `<` is escaped so that no text can close the element. */
export const ldJson = (value: object) => JSON.stringify(value).replace(/</g, '\\u003c');

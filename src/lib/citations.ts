import type { CollectionEntry } from 'astro:content';
import { loadArchive, titleOf, type Entry } from './archive.ts';
import type { Citation } from './cite.ts';
import { recordKey } from './graph.ts';
import { collectionLabels } from './labels.ts';
import { absolute } from './links.ts';
import { archiveName, recordHref } from './site.ts';

/** The day of the build, which a citation gives as the day the page was retrieved. */
const builtOn = new Date().toISOString().slice(0, 10);


/** The citation of one record, naming the sources it is drawn from. */
export async function citationOf(entry: Entry, site: URL | undefined): Promise<Citation> {
	const { graph, get, sourcesFor } = await loadArchive();
	const sources: CollectionEntry<'sources'>[] =
		entry.collection === 'sources'
			? []
			: entry.collection === 'testimonies'
				? graph.referenced(recordKey(entry.collection, entry.id)).filter((e) => e.to.startsWith('sources/')).map((e) => get({ collection: 'sources', id: e.to.slice(8) }) as CollectionEntry<'sources'>).filter((s, i, all) => all.indexOf(s) === i)
				: sourcesFor(entry);
	const self = entry.collection === 'sources' ? [entry as CollectionEntry<'sources'>] : sources;
	return {
		key: recordKey(entry.collection, entry.id),
		title: titleOf(entry),
		kind: collectionLabels[entry.collection].one,
		archive: archiveName,
		permalink: absolute(recordHref(entry.collection, entry.id), site),
		retrieved: builtOn,
		sources: self.map((s) => ({ id: s.id, title: s.data.title, byline: s.data.byline, publisher: s.data.publisher, published: s.data.published, url: s.data.url })),
	};
}

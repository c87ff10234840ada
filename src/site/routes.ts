import type { RecordView } from '../core/views/index.ts';
import type { RecordOf } from '../core/records.ts';
import type { CollectionName } from '../schemas/common.ts';
import { linkedListPages } from '../core/views/record-lists.ts';
import { loadArchive } from './archive.ts';

/** What a record page is given by its route: the record, in the form it may be published. */
export interface RecordProps<C extends CollectionName> {
	record: RecordOf<C>;
}

/** The pages of one kind of record, `/<kind>/<id>/`, for `getStaticPaths`. */
export async function recordPaths<C extends CollectionName>(collection: C): Promise<{ params: { id: string }; props: RecordProps<C> }[]> {
	const archive = await loadArchive();
	return archive.of(collection).map((record) => ({ params: { id: record.id }, props: { record } }));
}

/** What a record's page shows, made when the page is built. */
export async function recordView<C extends CollectionName>(collection: C, record: RecordOf<C>): Promise<RecordView<C>> {
	const { views } = await loadArchive();
	return (views[collection] as unknown as (record: RecordOf<C>) => RecordView<C>)(record);
}

/**
 * The rest parameter of a page of a paged list, from the addresses the core gives its pages:
 * undefined for the first page (`places/`), `page/2` for `places/page/2/`.
 */
export const pageParam = (page: { href: string }, first: { href: string }) => page.href.slice(first.href.length).replace(/\/$/, '') || undefined;

/** The pages of the lists of records linked to each record of a kind (`places/<id>/testimonies/`, `…/2/`), for `getStaticPaths`. */
export async function linkedListPaths(collection: 'people' | 'camps' | 'places' | 'organizations' | 'sources') {
	return linkedListPages(await loadArchive(), collection).map((list) => ({ params: { id: list.id, list: list.slug, page: list.page.number > 1 ? String(list.page.number) : undefined }, props: list }));
}

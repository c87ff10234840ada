import type { RecordView } from '../core/views/index.ts';
import type { RecordOf } from '../core/records.ts';
import type { CollectionName } from '../schemas/common.ts';
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

import type { CollectionName } from '../../schemas/common.ts';
import type { ArchiveIndex } from '../archive.ts';
import type { RecordOf } from '../records.ts';
import { campView } from './camp.ts';
import { organizationView } from './organization.ts';
import { personView } from './person.ts';
import { placeView } from './place.ts';
import { sourceView } from './source.ts';
import { testimonyView } from './testimony.ts';

/** What each kind of record's page shows, made when the page is built. */
export const recordViews = (archive: ArchiveIndex) => ({
	sources: (record: RecordOf<'sources'>) => sourceView(archive, record),
	testimonies: (record: RecordOf<'testimonies'>) => testimonyView(archive, record),
	people: (record: RecordOf<'people'>) => personView(archive, record),
	camps: (record: RecordOf<'camps'>) => campView(archive, record),
	places: (record: RecordOf<'places'>) => placeView(archive, record),
	organizations: (record: RecordOf<'organizations'>) => organizationView(archive, record),
}) satisfies Record<CollectionName, (record: never) => unknown>;

type RecordViews = ReturnType<typeof recordViews>;
export type RecordView<C extends CollectionName> = ReturnType<RecordViews[C]>;

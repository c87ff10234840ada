import type { CollectionName } from '../schemas/common.ts';

/** The folder of each order of the testimonies' list under testimonies/. */
export const testimonyOrderFolders = { date: 'by-date', camp: 'by-camp', title: 'a-z' } as const;
/** The folder of an index's later pages: places/page/2/. */
export const indexPagesFolder = 'page';
/** The folder of the pages of people by role: people/roles/<role>/. */
export const rolesFolder = 'roles';

/**
 * The folders of list pages under a kind's address, each with what it holds: a record of that
 * kind whose id is one of them would share its address with the list, so the check refuses it.
 */
export function listFolders(collection: CollectionName): { folder: string; holds: string }[] {
	if (collection === 'testimonies') return Object.values(testimonyOrderFolders).map((folder) => ({ folder, holds: 'a list of testimonies' }));
	const pages = { folder: indexPagesFolder, holds: 'the pages of its index' };
	return collection === 'people' ? [pages, { folder: rolesFolder, holds: 'the pages of people by role' }] : [pages];
}

import { expect, type Page } from '@playwright/test';

/** One page of every kind the archive has. */
export const pageKinds: [string, string][] = [
	['home', ''],
	['testimonies index', 'testimonies/'],
	['testimonies by place of detention', 'testimonies/by-camp/'],
	['testimonies A–Z', 'testimonies/a-z/'],
	['testimony', 'testimonies/goulbakhar-jalilova/'],
	['people index', 'people/'],
	['people with a role', 'people/roles/former-detainee/'],
	['person', 'people/serikzhan-bilash/'],
	['camps index', 'camps/'],
	['camp', 'camps/bouryltogay-camp/'],
	['camp located approximately, with its locator map', 'camps/shapshal-school-no-3-camp/'],
	['who was held where, by place', 'detentions/'],
	['who was held where, by person', 'detentions/by-person/'],
	['places index', 'places/'],
	['place', 'places/shapshal-district/'],
	['region, with the places within it on its locator map', 'places/xinjiang/'],
	['map', 'map/'],
	['organisations index', 'organizations/'],
	['organisation', 'organizations/atajurt-kazakh-human-rights/'],
	['sources index', 'sources/'],
	['source', 'sources/drama-of-ethnic-kazakhs-persecuted-in-xinjiang/'],
	['timeline', 'timeline/'],
	['timeline year', 'timeline/2018/'],
	['search with results', 'search/?q=Sayragul'],
	['search for a name not in the archive', 'search/?q=Kairat%20Samarkand'],
	['search of the texts', 'search/?q=tiger%20chair&texts=1'],
	['about', 'about/'],
	['data', 'data/'],
	['not found', 'no-such-page/'],
];

/** Waits until a page has shown what it shows: on the search page, the answer about names and, where the texts are searched, about them. */
export async function settled(page: Page, path: string) {
	if (!path.startsWith('search/')) return;
	await expect(page.locator('#status')).not.toBeEmpty();
	if (await page.locator('#text-search').isVisible()) await expect(page.locator('#text-status')).not.toHaveText(/^$|Searching the texts/);
}

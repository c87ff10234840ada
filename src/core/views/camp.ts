import type { ArchiveIndex } from '../archive.ts';
import { label } from '../labels.ts';
import { byName, type RecordOf } from '../records.ts';
import { campPlacing, pointText } from '../map/where.ts';
import { recordKey } from '../refs.ts';
import { campLocator } from './locator.ts';
import { campTrail } from './camp-groups.ts';
import { detentionsByPlace } from './detention-lists.ts';
import { anchorsOf, perArchive } from './paging.ts';
import { disagreementsView, indexLink, linkTo, sourceLink, spellingsView, recordPageParts, type RecordPageView } from './parts.ts';
import { linkedTo, shownList } from './record-lists.ts';
import { testimonyList } from './testimony-lists.ts';

/**
 * Where each camp's group begins in the lists of who was held where and of testimonies by place:
 * a camp's page links there for all its people and accounts (a camp may hold a large share of
 * the archive's accounts, too many for its page).
 */
const detentionAnchors = perArchive((archive) => anchorsOf(detentionsByPlace(archive)));
const accountAnchors = perArchive((archive) => anchorsOf(testimonyList(archive, 'camp')));
/** "All 2,713 accounts of this place", or "The account of this place" when there is one. */
const all = (records: readonly unknown[], one: string, many: string) => (records.length === 1 ? `The ${one}` : `All ${records.length.toLocaleString('en')} ${many}`);

/** What the page of a place of detention shows. */
export function campView(archive: ArchiveIndex, camp: RecordOf<'camps'>) {
	const { data } = camp;
	const key = recordKey('camps', camp.id);
	const kind = label(data.kind);
	const page: RecordPageView = {
		record: camp,
		title: data.name,
		kind: 'Camp',
		kindLine: 'Place of detention',
		trail: campTrail(archive, camp),
		heading: { text: data.name },
		...recordPageParts(archive, camp, camp.body, `${kind}.`),
		back: [indexLink(archive, 'camps', 'All camps')],
	};
	const { location } = data;
	const placing = campPlacing(archive, camp);
	const held = archive.referrers(key, 'people', ['detentions']).sort(byName);
	const accounts = archive.referrers(key, 'testimonies').sort(byName);
	return {
		page,
		named: data.named,
		spellings: spellingsView(archive, data.aliases),
		kind,
		location: location && {
			place: location.place && linkTo(archive, location.place),
			description: location.description,
			reading: location.reading,
			inferred: location.inferred,
			source: sourceLink(archive, location.source, location.quote),
			coordinates: location.coordinates && {
				text: pointText(location.coordinates),
				value: location.coordinates.value,
				source: sourceLink(archive, location.coordinates.source, location.coordinates.quote),
			},
			/** The town or district the map puts the site at, when the sources give no point for the site itself. */
			approximateAt: placing.precision === 'approximate' ? linkTo(archive, placing.place) : undefined,
		},
		locator: campLocator(archive, archive.options.world ?? [], camp),
		figures: data.figures.map((f) => ({
			value: f.value,
			reading: f.reading,
			what: f.what,
			date: f.date,
			reportedBy: f.reportedBy && linkTo(archive, f.reportedBy),
			quote: f.quote,
			source: sourceLink(archive, f.source, f.quote),
		})),
		held: shownList(archive, held, held.length ? { href: detentionAnchors(archive).get(`camp-${camp.id}`)!, title: `${all(held, 'person held here', 'people held here')}, in the list of who was held where` } : undefined),
		accounts: shownList(archive, accounts, accounts.length ? { href: accountAnchors(archive).get(`camp-${camp.id}`)!, title: `${all(accounts, 'account of this place', 'accounts of this place')}, in the list by place of detention` } : undefined),
		disagreements: disagreementsView(archive, data.disagreements),
		sources: linkedTo(archive, camp).sources,
	};
}

import type { RecordData } from '../../schemas/index.ts';
import type { ArchiveIndex } from '../archive.ts';
import { nameKey } from '../fold.ts';
import { label } from '../labels.ts';
import { titleOf, type RecordOf } from '../records.ts';
import { recordKey } from '../refs.ts';
import { linkTo, type LinkView } from './parts.ts';

/**
 * Places of detention as a reader thinks of them: by what kind of place they are, then by
 * country, named places before those the sources only describe. The camps index, the camp
 * pages' headers and the list of who was held where all use this one order.
 */

type CampKind = RecordData<'camps'>['kind'];

/** The groups of kinds, in the order the camps index lists them. */
const campGroups = [
	{ id: 'camps', label: 'Camps and forced-labour sites' },
	{ id: 'prisons', label: 'Prisons and detention centres' },
	{ id: 'house-arrest', label: 'House arrest' },
	{ id: 'hospitals', label: 'Hospitals' },
	{ id: 'other', label: 'Other places of detention' },
] as const;
type CampGroupId = (typeof campGroups)[number]['id'];

/** Every kind of place of detention in its group: a kind added to the schema must be filed here. */
const groupOfKind: Record<CampKind, CampGroupId> = {
	're-education-camp': 'camps',
	'forced-labour-factory': 'camps',
	prison: 'prisons',
	'detention-centre': 'prisons',
	'police-station': 'prisons',
	'interrogation-site': 'prisons',
	'house-arrest': 'house-arrest',
	hospital: 'hospitals',
	hostel: 'other',
	other: 'other',
};

/** Where a camp is: the place the archive locates it at, and each larger place that lies around it, nearest first. */
export function placesAround(archive: ArchiveIndex, camp: RecordOf<'camps'>): RecordOf<'places'>[] {
	const chain: RecordOf<'places'>[] = [];
	let ref = camp.data.location?.place;
	// A place never lies in itself, but a mistake in the records must not loop for ever.
	while (ref && !chain.some((p) => p.id === ref!.id)) {
		const place = archive.get({ collection: 'places', id: ref.id });
		chain.push(place);
		ref = place.data.partOf;
	}
	return chain;
}

/** A camp as the camps index and the list of who was held where show it. */
export interface CampEntry extends LinkView {
	id: string;
	named: boolean;
	spellings?: string;
	/** "Re-education camp". */
	kind: string;
	/** Where it is within its country, nearest place first: "Bouryltogay district, Xinjiang". */
	where?: string;
	/** The country it is filed under, when the archive locates it. */
	country?: string;
	/** How many people the archive records as held there. */
	held: number;
}

/** The country a camp is filed under: the country its place lies in, else the largest place it is known to lie in. */
interface CountryOf {
	id: string;
	label: string;
	link?: LinkView;
}

const unlocated: CountryOf = { id: 'unlocated', label: 'Location not recorded' };

interface CampCountryGroup {
	/** Unique on the camps index, e.g. "camps-china". */
	id: string;
	label: string;
	country?: LinkView;
	named: CampEntry[];
	described: CampEntry[];
}

export interface CampKindGroup {
	id: CampGroupId;
	label: string;
	count: number;
	countries: CampCountryGroup[];
}

function campEntry(archive: ArchiveIndex, camp: RecordOf<'camps'>, around: RecordOf<'places'>[], country: CountryOf): CampEntry {
	const within = around.filter((p) => p.data.kind !== 'country');
	const aliases = [...new Set(camp.data.aliases.map((a) => a.name))];
	return {
		...linkTo(archive, camp),
		id: camp.id,
		named: camp.data.named,
		spellings: aliases.length ? aliases.join(', ') : undefined,
		kind: label(camp.data.kind),
		where: within.length ? within.map(titleOf).join(', ') : undefined,
		country: country === unlocated || within.some((p) => p.id === country.id) ? undefined : country.label,
		held: archive.referrers(recordKey('camps', camp.id), 'people', ['detentions']).length,
	};
}

function countryOf(archive: ArchiveIndex, around: RecordOf<'places'>[]): CountryOf {
	const place = around.find((p) => p.data.kind === 'country') ?? around.at(-1);
	return place ? { id: place.id, label: titleOf(place), link: linkTo(archive, place) } : unlocated;
}

/** Described places in order of where they are, broadest place first, so camps of one region stand together. */
const byWhere = (a: { entry: CampEntry; around: RecordOf<'places'>[] }, b: typeof a) => {
	const key = (x: typeof a) => [...x.around].reverse().map((p) => nameKey(titleOf(p))).join(' / ');
	return key(a).localeCompare(key(b)) || nameKey(a.entry.title).localeCompare(nameKey(b.entry.title));
};

/** Every place of detention, grouped by kind, then by country (A–Z, location not recorded last), named first. */
export function campGroupsOf(archive: ArchiveIndex): CampKindGroup[] {
	const buckets = new Map<CampGroupId, Map<string, { country: CountryOf; camps: { entry: CampEntry; around: RecordOf<'places'>[] }[] }>>();
	for (const camp of archive.of('camps')) {
		const around = placesAround(archive, camp);
		const country = countryOf(archive, around);
		const group = groupOfKind[camp.data.kind];
		const countries = buckets.get(group) ?? buckets.set(group, new Map()).get(group)!;
		const bucket = countries.get(country.id) ?? countries.set(country.id, { country, camps: [] }).get(country.id)!;
		bucket.camps.push({ entry: campEntry(archive, camp, around, country), around });
	}
	return campGroups.flatMap(({ id, label: groupLabel }) => {
		const countries = buckets.get(id);
		if (!countries) return [];
		const ordered = [...countries.values()].sort((a, b) => Number(a.country === unlocated) - Number(b.country === unlocated) || nameKey(a.country.label).localeCompare(nameKey(b.country.label)));
		return [
			{
				id,
				label: groupLabel,
				count: ordered.reduce((n, c) => n + c.camps.length, 0),
				countries: ordered.map(({ country, camps }) => ({
					id: `${id}-${country.id}`,
					label: country.label,
					country: country.link,
					named: camps.filter((c) => c.entry.named).sort((a, b) => nameKey(a.entry.title).localeCompare(nameKey(b.entry.title))).map((c) => c.entry),
					described: camps.filter((c) => !c.entry.named).sort(byWhere).map((c) => c.entry),
				})),
			},
		];
	});
}

/** A camp's place in the grouping, for its page's header: the kind of place and the country, each linked to its part of the camps index. */
export function campTrail(archive: ArchiveIndex, camp: RecordOf<'camps'>): LinkView[] {
	const group = campGroups.find((g) => g.id === groupOfKind[camp.data.kind])!;
	const country = countryOf(archive, placesAround(archive, camp));
	const index = archive.links.href('camps/');
	return [
		{ title: group.label, href: `${index}#${group.id}` },
		{ title: country.label, href: `${index}#${group.id}-${country.id}` },
	];
}

/** The camps index: every place of detention, grouped. */
export const campsIndex = (archive: ArchiveIndex) => ({ count: archive.of('camps').length, groups: campGroupsOf(archive) });

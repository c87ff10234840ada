// The generator's plan of the archive: every record before it is written, with its relations
// as indexes so that the plans can reach each other. Each kind's fields that end up in a file
// take their types from the kind's schema, so the generator cannot drift from what the archive
// accepts.
import type { CollectionName } from '../../../src/schemas/common.ts';
import type { WrittenData } from '../../../src/schemas/index.ts';
import type { personRoles } from '../../../src/schemas/person.ts';
import type { experienceTypes } from '../../../src/schemas/testimony.ts';
import type { Random } from '../random.ts';
import type { SyntheticDate } from '../text.ts';

/** A record's id, which is also its file name. */
type Id = string;
type Claim = NonNullable<WrittenData<'people'>['ethnicity']>[number];
export type ExperienceType = (typeof experienceTypes)[number];

/** Front-matter fields a plan fills in; the lists the schema defaults are always there, maybe empty. */
type Fields<C extends CollectionName, K extends keyof WrittenData<C>> = Required<Pick<WrittenData<C>, K>>;

export interface Person extends Fields<'people', 'name' | 'named' | 'aliases' | 'distinctFrom' | 'ethnicity' | 'citizenship' | 'age' | 'occupation' | 'relations' | 'detentions' | 'events'> {
	id: Id;
	kind: 'detainee' | 'relative' | 'author' | 'official';
	/** The name the archive publishes instead of a withheld identity. */
	publicName?: string;
	roles: Set<(typeof personRoles)[number]>;
	village: number;
	/** For a relative: the detainee and what the relative is to them. */
	of?: number;
	relation?: string;
	relatives: number[];
	/** For an official: the camp they work at. */
	camp?: number;
	profiled: boolean;
	facts: string[];
}

export interface Camp extends Fields<'camps', 'name' | 'named' | 'aliases' | 'kind' | 'figures'> {
	id: Id;
	/** The word its name is built on: "Camp", "Prison"… */
	word: string;
	place: number;
	location?: WrittenData<'camps'>['location'];
	/** Its location is withheld: the words that place it name nothing a reader could look up. */
	withholdLocation: boolean;
}

export interface Place extends Fields<'places', 'name' | 'kind' | 'aliases'> {
	id: Id;
	partOf?: number;
	partOfSource?: Id;
	partOfInferred: boolean;
}

export interface Organization extends Fields<'organizations', 'name' | 'kind' | 'country' | 'aliases' | 'distinctFrom' | 'events'> {
	id: Id;
}

export interface Source extends Fields<'sources', 'title' | 'publisher' | 'url' | 'related'> {
	id: Id;
	standfirst?: string;
	author: number;
	/** A date the text can phrase, with what the schema adds to a publication date. */
	published: SyntheticDate & Pick<WrittenData<'sources'>['published'], 'basis' | 'inferred' | 'note'>;
	/** The testimonies this source carries, and those it also reports after another source. */
	primary: number[];
	secondary: number[];
}

export interface Testimony extends Fields<'testimonies', 'title' | 'kind' | 'durations' | 'events' | 'quotes' | 'disagreements'> {
	id: Id;
	detainee: number;
	witness?: number;
	subjects: number[];
	reporter?: number;
	camps: number[];
	places: number[];
	organizations: number[];
	experiences: ExperienceType[];
	start: SyntheticDate;
	end?: SyntheticDate;
	duration: string;
	source: number;
	secondary?: number;
	/** The detention sentence and its source, for a disagreement with a second source. */
	stated?: Claim;
}

export interface Archive {
	random: Random;
	places: Place[];
	/** The region the accounts are set in, its districts, and the towns and villages in those. */
	region: number;
	districts: number[];
	localities: number[];
	camps: Camp[];
	organizations: Organization[];
	people: Person[];
	authors: Person[];
	officials: Person[];
	detainees: number[];
	sources: Source[];
	testimonies: Testimony[];
}

export const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** How many digits numbers up to `count` get in names and ids, so that they sort. */
export const numberWidth = (count: number) => Math.max(4, String(count).length);

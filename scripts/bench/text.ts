// Word banks and sentence patterns for the synthetic archive. Every name they produce is
// obviously fake; the text is sober and generic, in the register of the real sources.
import type { precisions, qualifiers } from '../../src/schemas/common.ts';
import type { experienceTypes } from '../../src/schemas/testimony.ts';
import type { Random } from './random.ts';

export const givenStems = ['Test', 'Mock', 'Fict', 'Synth', 'Proba', 'Dumm', 'Sampl', 'Demo', 'Fak', 'Stub', 'Pseud', 'Nomin'];
export const givenEndings = ['a', 'o', 'ina', 'bek', 'gul', 'zhan', 'ira', 'ek', 'an', 'ul', 'ima', 'ar'];
export const families = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett', 'Kilo', 'Lima', 'Mike', 'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango', 'Uniform', 'Victor', 'Whiskey', 'Xray', 'Yankee', 'Zulu'];
/** Spelling variants, for aliases: "Alfa-0042" beside "Alpha-0042". */
export const familyVariants: Record<string, string> = { Alpha: 'Alfa', Juliett: 'Juliet', Xray: 'X-Ray', Whiskey: 'Whisky', Charlie: 'Charly', Victor: 'Viktor', Oscar: 'Oskar', Quebec: 'Kebek' };
export const placeStems = ['Testvale', 'Mockford', 'Fictiburg', 'Synthabad', 'Probakent', 'Dummyhill', 'Samplefield', 'Stubton', 'Pseudoriver', 'Demovka'];
export const ethnicities = ['Testish', 'Mockian', 'Fictic', 'Synthese'];
export const occupations = ['herder', 'teacher', 'driver', 'trader', 'farmer', 'nurse', 'student', 'imam', 'accountant', 'mechanic', 'seamstress', 'pensioner', 'builder', 'cook'];
export const publishers = ['Example News', 'Test Herald', 'Mock Gazette', 'Synthetic Times', 'Sample Weekly', 'Fictional Monitor', 'Placeholder Post', 'Dummy Review'];
export const relationWords = ['wife', 'husband', 'mother', 'father', 'son', 'daughter', 'brother', 'sister', 'cousin'];

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const qualifierWords = ['early', 'late', 'spring', 'summer', 'autumn', 'winter'] as const satisfies readonly (typeof qualifiers)[number][];

/** A date as the generator makes it: a dated field of the schema, with only the qualifiers `datePhrase` words. */
export interface SyntheticDate {
	value: string;
	precision: (typeof precisions)[number];
	qualifier?: (typeof qualifierWords)[number];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A date between two years, as precise as a source might give it. */
export function randomDate(random: Random, fromYear: number, toYear: number): SyntheticDate {
	const year = random.int(fromYear, toYear);
	const roll = random.next();
	if (roll < 0.4) return { value: `${year}-${pad2(random.int(1, 12))}-${pad2(random.int(1, 28))}`, precision: 'day' };
	if (roll < 0.8) return { value: `${year}-${pad2(random.int(1, 12))}`, precision: 'month' };
	if (roll < 0.9) return { value: String(year), precision: 'year', qualifier: random.pick(qualifierWords) };
	return { value: String(year), precision: 'year' };
}

/** The date as a sentence puts it: "on 12 March 2018", "in March 2018", "in late 2017". */
export function datePhrase(date: SyntheticDate): string {
	const [year, month, day] = date.value.split('-').map(Number);
	if (date.precision === 'day') return `on ${day} ${months[month - 1]} ${year}`;
	if (date.precision === 'month') return `in ${months[month - 1]} ${year}`;
	if (!date.qualifier) return `in ${year}`;
	return ['spring', 'summer', 'autumn', 'winter'].includes(date.qualifier) ? `in the ${date.qualifier} of ${year}` : `in ${date.qualifier} ${year}`;
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const numberWords = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

export function durationPhrase(random: Random): string {
	const roll = random.next();
	if (roll < 0.5) return `${random.int(2, 26)} months`;
	if (roll < 0.7) return `${random.pick(numberWords)} months`;
	if (roll < 0.85) return `${random.int(3, 40)} weeks`;
	return `${random.pick(['two', 'three', 'four'])} years`;
}

const fillerSubjects = ['The report', 'A neighbour', 'The village committee', 'A former teacher', 'One of the relatives', 'The family', 'A local driver', 'The head of the neighbourhood', 'Another former detainee', 'A lawyer in the city', 'The township office', 'A shopkeeper', 'An older cousin', 'The night watchman', 'A school inspector', 'A retired doctor', 'The bus company', 'A later letter'];
const fillerVerbs = ['described', 'recalled', 'confirmed', 'disputed', 'documented', 'mentioned', 'listed', 'explained', 'noted', 'remembered', 'counted', 'photographed', 'questioned', 'compared'];
/** Words the sources' background sentences use, searched for as texts by the benchmark. */
export const textQueries = ['confiscated passports', 'political meetings'];
const fillerObjects = ['the new checkpoints on the main road', 'the closure of the village school', 'the travel permits', 'the weekly political meetings', 'the lists of names at the township office', 'the flag-raising ceremonies', 'the confiscated passports', 'the cameras above the market', 'the empty houses in the street', 'the visits of the work team', 'the forms about relatives abroad', 'the queues at the police post', 'the letters that never arrived', 'the phone calls from officials', 'the rules on prayer at home', 'the fines for missing meetings', 'the loans that families took on', 'the new walls around the old school', 'the buses that left at night', 'the fences put up along the river', 'the price of bread that winter', 'the certificates of political reliability'];
const fillerTails = ['in the spring of {year}', 'near {place}', 'during the following months', 'according to several neighbours', 'without giving a reason', 'in a later interview', 'in the same week', 'before the harvest', 'after the winter of {year}', 'in some detail', 'to the reporter', 'more than once', 'in a voice message', 'in the autumn of {year}', 'at the market in {place}', 'from memory'];

/** A sentence of background, different each time, about the places of a source. */
export function fillerSentence(random: Random, places: readonly string[]): string {
	const tail = random
		.pick(fillerTails)
		.replace('{year}', String(random.int(2016, 2021)))
		.replace('{place}', random.pick(places));
	return `${random.pick(fillerSubjects)} ${random.pick(fillerVerbs)} ${random.pick(fillerObjects)} ${tail}.`;
}

/** What a witness says of each experience, first person, without its closing punctuation. */
export const experienceLines: Record<(typeof experienceTypes)[number], readonly string[]> = {
	arrest: ['Two officers came to the house at night and told me to bring my identity card', 'They said I would be back in {n} days, and I believed them', 'I was stopped at the bus station and my phone was checked'],
	interrogation: ['I was questioned for {n} hours about the people I had called abroad', 'They asked me again and again why I had a messaging application on my phone'],
	'detention-in-camp': ['There were {n} of us in one room, and the light was never switched off', 'We had to ask permission in the camp language before we could speak', 'We were allowed {n} minutes in the washroom each morning'],
	imprisonment: ['After the camp they moved me to a prison, and nobody explained the sentence', 'In prison I shared a cell with {n} other men'],
	'house-arrest': ['For {n} months I could not leave the house without calling the committee', 'An official slept in our house {n} nights a week'],
	torture: ['They made me sit on a metal chair for {n} hours', 'I was kept in a cold room until I could not feel my hands'],
	'sexual-violence': ['I will not describe what was done to the women in that room'],
	'forced-medication': ['Every week we were given pills and injections that nobody explained'],
	'forced-labour': ['We sewed gloves for {n} hours a day and were paid almost nothing', 'After the classes we were sent to a factory {n} kilometres away'],
	'political-indoctrination': ['Every morning we sang the anthem and repeated the slogans of the day', 'We had to write a self-criticism of {n} pages every week'],
	'forced-confession': ['They recorded a video in which I had to read a statement they had written'],
	threats: ['They told me my children would suffer if I spoke to journalists', 'An official said my relatives would be taken if I complained'],
	surveillance: ['A camera was put above our door and an official visited every {n} days', 'I had to report to the police post every {n} days'],
	harassment: ['The police called my family almost every week', 'Officials came to my shop {n} times in one month'],
	'family-separation': ['I did not see my children for {n} months', 'My daughter was sent to a boarding school {n} kilometres away'],
	death: ['My cousin died while I was inside, and the family was not allowed to hold a funeral'],
	'death-in-custody': ['My uncle died in custody, and the body was returned without an explanation'],
	'suicide-attempt': ['A woman in our room tried to end her life, and after that the guards watched us all night'],
	'deprivation-of-food-or-water': ['We were given {n} pieces of bread a day and thin soup', 'For {n} days we had only rice water'],
	'denial-of-medical-care': ['When I was ill, the guard said the doctor would come next week', 'My teeth broke and I saw no dentist for {n} months'],
	'confiscation-of-documents': ['They took my passport and my residence card and never gave them back'],
	'confiscation-of-property': ['Our {n} sheep were sold while I was away', 'The shop was closed and the goods were taken'],
	'restriction-of-religion': ['Prayer was forbidden, and we were told to eat during the fast', 'They took the prayer mat and the books from our house'],
	'forced-renunciation-of-citizenship': ['They told me to sign a paper giving up my residence in Fictistan'],
	prosecution: ['The trial lasted {n} minutes and I was not allowed a lawyer', 'The court gave me {n} years and I never saw the charge sheet'],
	exile: ['In the end I crossed into Fictistan with one bag', 'I left with my family and we have not been back since'],
	release: ['When they released me, they made me promise to say nothing', 'On the day of my release they gave me back my belt and nothing else'],
};

/** What relatives say, without closing punctuation; {name} is the detainee. */
export const relativeLines = ['We heard nothing from the authorities for {n} months', 'I went to the police station every week to ask where {name} was', 'Nobody would tell us which camp {name} was in', 'We wrote {n} letters and not one was answered', 'The children asked for {name} every evening'];
export const relationVerbs = ['searched for news for months', 'wrote to the authorities several times', 'was questioned twice by the police', 'appealed to a rights group in Fictistan', 'travelled to the township office to ask for news'];
export const releaseTails = ['and sent home under watch', 'after signing a promise to keep silent', 'and later left for Fictistan', 'and placed under the supervision of the village committee'];
export const profileTails = ['spoke to the reporter in {year}', 'agreed to be named in this report', 'gave this account in {place}', 'described the events in a recorded interview'];
export const officialRoles = ['the deputy director', 'a political instructor', 'the head of security', 'a township secretary', 'the camp doctor'];
export const orgEventVerbs = ['opened an office in {place}', 'published its first list of missing people', 'was registered in {place}', 'held a press conference in {place}', 'submitted a report to an international body'];
export const headlineHooks = ['accounts from {camp}', 'families search for relatives held in {camp}', 'former detainees describe {camp}', 'what witnesses say about {camp}', 'voices from {place}'];

/** Fills {n} with a number. */
export const withNumber = (random: Random, line: string) => line.replace('{n}', String(random.int(2, 60)));

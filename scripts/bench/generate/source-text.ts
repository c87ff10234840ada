// The text of a source: an introduction, a section per testimony it carries, a passage per
// testimony it also reports, and background, until it is a few thousand words long. Each passage
// is also entered, as a claim, event or quote, on the records it concerns, so that every quote in
// the archive is found in its source.
import {
	capitalize,
	datePhrase,
	durationPhrase,
	ethnicities,
	experienceLines,
	fillerSentence,
	headlineHooks,
	occupations,
	officialRoles,
	orgEventVerbs,
	profileTails,
	randomDate,
	relationVerbs,
	relativeLines,
	releaseTails,
	withNumber,
} from '../text.ts';
import { numberWidth, pad, type Archive, type Person, type Source, type Testimony } from './model.ts';

/** A source's text as it is written. */
interface Draft {
	blocks: string[];
	/** Places its background sentences may name. */
	localNames: string[];
	/** A sentence of background about those places. */
	filler: () => string;
	paragraph: (...sentences: string[]) => void;
}

/**
 * The sentences that give the spellings of a person's name no source has given yet: a spelling
 * is a source's words, so it is credited to the first source that prints it.
 */
function spellings(person: Person, source: Source): string[] {
	return person.aliases
		.filter((alias) => !alias.source)
		.map((alias) => {
			alias.source = source.id;
			return `Some documents spell the name ${alias.name}.`;
		});
}

/** Gives source `s` its title and writes its text, as blocks: paragraphs and `## ` headings. */
export function sourceText(archive: Archive, s: number): { blocks: string[]; words: number } {
	const { random, sources, testimonies, camps, places, people, region } = archive;
	const source = sources[s];
	const firstCamp = source.primary.length ? camps[testimonies[source.primary[0]].camps[0]] : camps[s % camps.length];
	source.title = `${source.publisher} report ${pad(s + 1, numberWidth(sources.length))}: ${random
		.pick(headlineHooks)
		.replace('{camp}', firstCamp.name)
		.replace('{place}', places[firstCamp.place].name)}`;
	const localNames = [region, firstCamp.place, ...source.primary.slice(0, 3).map((t) => people[testimonies[t].detainee].village)].map((i) => places[i].name);
	const blocks: string[] = [];
	const draft: Draft = {
		blocks,
		localNames,
		filler: () => fillerSentence(random, localNames),
		paragraph: (...sentences) => blocks.push(sentences.filter(Boolean).join(' ')),
	};
	introduction(archive, s, draft);
	for (const t of source.primary) testimonySection(archive, source, testimonies[t], draft);
	for (const t of source.secondary) secondReport(archive, source, testimonies[t], draft);
	draft.paragraph(draft.filler(), draft.filler(), 'Every name in this report is synthetic and was generated for a benchmark of the archive.');

	// Background paragraphs between the others, until the text is a few thousand words long.
	const target = random.int(2200, 4200);
	let words = blocks.reduce((sum, b) => sum + b.split(' ').length, 0);
	while (words < target) {
		const background = Array.from({ length: random.int(3, 7) }, draft.filler).join(' ');
		words += background.split(' ').length;
		blocks.splice(random.int(1, blocks.length - 1), 0, background);
	}
	return { blocks, words };
}

/** Who compiled the source, and the organisations and officials it names. */
function introduction({ random, sources, people, places, region, organizations, officials, camps }: Archive, s: number, { filler, paragraph, localNames }: Draft) {
	const source = sources[s];
	const author = people[source.author];
	const byline = `This report was compiled by ${author.name}, a correspondent of ${source.publisher}, from interviews recorded in ${source.published.value.slice(0, 4)}.`;
	if (!author.occupation.length) author.occupation.push({ value: 'correspondent', source: source.id, quote: byline });
	const intro = [byline, ...spellings(author, source), `The accounts below concern the ${places[region].name} and the border with Fictistan.`, filler()];
	for (let o = s; o < organizations.length; o += sources.length) {
		const org = organizations[o];
		const date = randomDate(random, 2014, 2021);
		const verb = random.pick(orgEventVerbs).replace('{place}', random.pick(localNames));
		const sentence = `${capitalize(datePhrase(date))}, ${org.name} ${verb}.`;
		org.events.push({ date, text: `${capitalize(verb)}.`, source: source.id, quote: sentence });
		if (org.aliases[0] && !org.aliases[0].source) {
			org.aliases[0].source = source.id;
			intro.push(sentence, `Its members usually call it ${org.aliases[0].name}.`);
		} else intro.push(sentence);
		if (o > 0 && o % 10 === 1) org.distinctFrom.push({ organization: organizations[o - 1].id, note: 'A different body with a similar name; the sources name them separately.', source: source.id });
	}
	for (let k = s; k < officials.length; k += sources.length) {
		const official = officials[k];
		const role = random.pick(officialRoles);
		const camp = camps[official.camp!];
		const sentence = `${official.name}, ${role} of ${camp.name}, declined to answer questions about the site.`;
		official.occupation.push({ value: `${role.replace(/^(the|a) /, '')} of ${camp.name}`, source: source.id, quote: sentence });
		official.facts.push(`${official.name} is named as ${role} of ${camp.name}.`);
		intro.push(sentence, ...spellings(official, source));
	}
	paragraph(...intro);
}

/** A testimony the source carries: the person, the detention, what happened inside, the relatives, the release. */
function testimonySection({ random, people, camps, places }: Archive, source: Source, testimony: Testimony, { blocks, localNames, filler, paragraph }: Draft) {
	const person = people[testimony.detainee];
	const c = testimony.camps[0];
	const camp = camps[c];
	const village = places[person.village];
	const speaker = testimony.witness !== undefined ? people[testimony.witness] : undefined;
	const say = (line: string, who: Person | undefined) => {
		const text = withNumber(random, line).replace('{name}', person.name);
		if (!who) return `“${text}.”`;
		const roll = random.next();
		if (roll < 0.45) return `“${text},” ${who.named ? who.name : `the ${who.relation}`} said.`;
		if (roll < 0.8) return `“${text},” said ${who.named ? who.name : `the ${who.relation}`}.`;
		return `${who.named ? who.name : `The ${who.relation}`} told the reporter: “${text}.”`;
	};
	if (random.chance(0.5)) blocks.push(`## ${random.chance(0.5) ? `The account of ${person.name}` : `In ${camp.name}`}`);

	// The person: age, origin, occupation, and another spelling of the name.
	const profileParts: string[] = [];
	if (!person.profiled) {
		person.profiled = true;
		const age = random.int(19, 78);
		const ethnicity = random.pick(ethnicities);
		const occupation = random.pick(occupations);
		const tail = random.pick(profileTails).replace('{year}', String(random.int(2018, 2022))).replace('{place}', random.pick(localNames));
		const profile = `${person.name}, a ${age}-year-old ${ethnicity} ${occupation} from ${village.name}, ${tail}.`;
		person.age.push({ value: String(age), source: source.id, quote: profile });
		person.ethnicity.push({ value: ethnicity, source: source.id, quote: profile });
		person.occupation.push({ value: occupation, source: source.id, quote: profile });
		if (random.chance(0.3)) person.citizenship.push({ value: random.pick(['Testland citizen', 'resident of Fictistan', 'citizen of Fictistan']), source: source.id });
		profileParts.push(profile, ...spellings(person, source));
		if (!village.partOfInferred && !village.partOfSource) village.partOfSource = source.id;
	} else {
		profileParts.push(`${person.name}, who appears earlier in the archive, gave a further account to ${source.publisher}.`);
	}
	paragraph(...profileParts, filler(), random.chance(0.5) ? filler() : '');

	// The detention: when, where, how long; where the camp is; a figure someone reported.
	const detention = `${capitalize(datePhrase(testimony.start))}, ${person.name} was taken from ${village.name} to ${camp.name} and held there for ${testimony.duration}.`;
	const detentionParts = [detention];
	if (!camp.location) {
		const where = places[camp.place];
		// A withheld location is described without a name, as the archive asks of its archivists.
		const description = camp.withholdLocation ? 'behind a high wall beside a river' : `on the edge of ${where.name}`;
		const sentence = `${camp.named ? camp.name : 'The site'} stands ${description}, ${random.int(2, 40)} kilometres from the nearest town.`;
		camp.location = { place: where.id, description, source: source.id, quote: sentence };
		detentionParts.push(sentence);
		if (camp.named && random.chance(0.4)) {
			const alias = random.chance(0.5) ? `Synthetic-${c + 1} ${camp.word}` : `${camp.word} No. ${c + 1}`;
			camp.aliases.push({ name: alias, source: source.id });
			detentionParts.push(`Local people call it ${alias}.`);
		}
		if (speaker?.named && random.chance(0.5)) {
			const value = `${random.int(1, 9)},${pad(random.int(0, 9) * 100, 3)}`;
			const date = { value: String(random.int(2017, 2020)), precision: 'year' as const };
			const figure = `According to ${speaker.name}, about ${value} people were held in ${camp.name} ${datePhrase(date)}.`;
			camp.figures.push({ what: 'people held', value, date, reportedBy: speaker.id, source: source.id, quote: figure });
			detentionParts.push(figure);
		}
	}
	const experience = testimony.experiences.filter((e) => e !== 'arrest' && e !== 'release');
	const firstQuote = say(random.pick(experienceLines[random.pick(experience)]), speaker);
	paragraph(...detentionParts, filler(), firstQuote);
	testimony.quotes.push({ text: detention, source: source.id });
	testimony.quotes.push({ text: firstQuote, source: source.id, speaker: speaker?.id });
	testimony.durations.push({ text: testimony.duration, of: `detention in ${camp.name}`, source: source.id, quote: detention });
	testimony.events.push({ date: testimony.start, text: `${person.name} taken to ${camp.name}.`, source: source.id, quote: detention });
	testimony.stated = { value: testimony.duration, source: source.id, quote: detention };
	if (!person.detentions.some((d) => d.camp === camp.id)) {
		// The detention's passage dates its start; its end is dated by the release, in a later paragraph.
		const end = testimony.end && { ...testimony.end, inferred: true, basis: `the same report dates the release ${datePhrase(testimony.end)}` };
		person.detentions.push({ camp: camp.id, start: testimony.start, end, duration: testimony.duration, source: source.id, quote: detention });
	}

	// What happened inside, in the witness's words.
	const more = random.sample(experience, random.int(1, 2)).map((e) => say(random.pick(experienceLines[e]), speaker));
	paragraph(filler(), ...more, filler());
	// Two to four quotes in all; one place is kept for a second source's passage.
	const cap = testimony.secondary === undefined ? 4 : 3;
	const extra = random.int(0, cap - 2);
	for (const q of more.slice(0, extra)) testimony.quotes.push({ text: q, source: source.id, speaker: speaker?.id });

	// Relatives who searched for news.
	for (const r of testimony.subjects.slice(1).concat(testimony.witness !== undefined && testimony.witness !== testimony.detainee ? [testimony.witness] : [])) {
		const relative = people[r];
		const sentence = relative.named
			? `${relative.name}, the ${relative.relation} of ${person.name}, ${random.pick(relationVerbs)}.`
			: `The ${relative.relation} of ${person.name}, who is not named in this report, ${random.pick(relationVerbs)}.`;
		const words = say(random.pick(relativeLines), relative);
		paragraph(sentence, ...spellings(relative, source), words, filler());
		if (!person.relations.some((x) => x.person === relative.id)) person.relations.push({ person: relative.id, relation: relative.relation!, source: source.id, quote: sentence });
		if (testimony.quotes.length < cap) testimony.quotes.push({ text: words, source: source.id, speaker: relative.id });
	}

	// Release and what came after.
	if (testimony.end) {
		const release = `${capitalize(datePhrase(testimony.end))}, ${person.name} was released from ${camp.name} ${random.pick(releaseTails)}.`;
		paragraph(release, filler(), random.chance(0.5) ? filler() : '');
		testimony.events.push({ date: testimony.end, text: `${person.name} released from ${camp.name}.`, source: source.id, quote: release });
		if (!person.events.some((e) => e.quote === release)) person.events.push({ date: testimony.end, text: `Released from ${camp.name}.`, source: source.id, quote: release });
		if (testimony.quotes.length < cap && random.chance(0.4)) testimony.quotes.push({ text: release, source: source.id });
	} else {
		paragraph(`The family of ${person.name} has had no news since ${datePhrase(testimony.start).replace(/^(on|in) /, '')}.`, filler());
	}
}

/** A testimony another source carries, told again here, sometimes with a different length of detention. */
function secondReport({ random, people, camps }: Archive, source: Source, testimony: Testimony, { filler, paragraph }: Draft) {
	const person = people[testimony.detainee];
	const camp = camps[testimony.camps[0]];
	const other = durationPhrase(random);
	const sentence = `${person.name}, whose account was first published elsewhere, spent about ${other} in ${camp.name}, according to this report.`;
	paragraph(sentence, filler());
	testimony.quotes.push({ text: sentence, source: source.id });
	if (other !== testimony.duration && testimony.stated && random.chance(0.6)) {
		testimony.disagreements.push({
			topic: 'Length of detention',
			claims: [testimony.stated, { value: `about ${other}`, source: source.id, quote: sentence }],
			note: 'The two reports give different lengths; the archive keeps both.',
		});
	}
}

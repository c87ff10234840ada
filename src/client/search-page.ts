import { el } from './dom.ts';
import { answerLine, quoted, resultItem, suggestionLine } from './name-results.ts';
import { siteNames } from './names.ts';
import { textSearch, type TextAnswer, type TextHit } from './text-search.ts';

/**
 * The search page. A query is first a name: the name index answers it as the reader types,
 * plainly when the archive does not hold it. The texts of accounts and sources are searched
 * (Pagefind) when the reader asks for them, chooses a filter, or types something that is no
 * name. The query, the choice of texts and the filters are kept in the address.
 */

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('search-form');
const base = form.dataset.base!;
const input = byId<HTMLInputElement>('q');
const textsBox = byId<HTMLInputElement>('texts');
const panel = byId<HTMLDetailsElement>('filters');
const selects = [...document.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const names = { section: byId('names'), status: byId('status'), list: byId('results'), suggestions: byId('suggestions'), browse: byId('browse'), offer: byId('offer-texts') };
const texts = { section: byId('text-search'), heading: byId('texts-heading'), status: byId('text-status'), list: byId('text-results'), more: byId<HTMLButtonElement>('more-texts') };
byId('needs-js').hidden = true;

const nameIndex = siteNames(base);
const textIndex = textSearch(base);

const chosenFilters = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));

/** Filter values are read only when the reader opens the filters (or arrives with some chosen): they are Pagefind's. */
let filled: Promise<void> | undefined;
function fillFilters(chosen: URLSearchParams) {
	filled ??= textIndex.filterValues().then(
		(available) => {
			for (const select of selects) {
				const values = Object.keys(available[select.dataset.filter!] ?? {}).sort((a, b) => a.localeCompare(b));
				for (const value of values) if (value !== chosen.get(select.name)) select.append(new Option(value, value));
			}
		},
		() => {
			// The lists stay as they are; opening the filters again tries again.
			filled = undefined;
		},
	);
	return filled;
}

function textItem(hit: TextHit): HTMLLIElement {
	const excerpt = el('p', { className: 'small excerpt' }, ...hit.excerpt.map((part) => (part.mark ? el('mark', { textContent: part.text }) : part.text)));
	return el(
		'li',
		{},
		el('p', { className: 'kind', textContent: hit.kind }),
		el('a', { href: hit.url, textContent: hit.title }),
		hit.warning && el('p', { className: 'small warning-line', textContent: `Content warning: this account describes ${hit.warning}.` }),
		excerpt,
		hit.lacks.length > 0 && el('p', { className: 'small muted', textContent: `Does not contain ${hit.lacks.map(quoted).join(' or ')}.` }),
	);
}

/** What the texts answer, said plainly. */
function textLine(answer: TextAnswer, filtered: boolean): string {
	const words = answer.words.map(quoted).join(', ');
	const short = answer.short.length ? ` Words of one or two letters are left out: ${answer.short.map(quoted).join(', ')}.` : '';
	const among = filtered ? ' among those the filters choose' : '';
	const narrowed = filtered ? ' Narrowed by the filters.' : '';
	switch (answer.status) {
		case 'found':
			return answer.words.length ? `Each of these accounts and sources contains ${answer.words.length > 1 ? `every one of the words ${words}` : `the word ${words}`}.${narrowed}${short}` : 'The accounts and sources the filters choose:';
		case 'absent':
			return `No text in the archive contains ${answer.missing.map(quoted).join(' or ')}${answer.words.length > 1 ? ', so none contains every word' : ''}.${short}`;
		case 'apart':
			return `No text${among} contains all of ${words} together. The nearest, with the words each lacks:${short}`;
		case 'empty':
			return answer.words.length ? `No text${among} contains every one of ${words}.${short}` : filtered ? 'Nothing in the archive matches these filters.' : `Type a word of three letters or more to search the texts.${short}`;
	}
}

let generation = 0;

async function showTexts(query: string, filters: Record<string, string>, mine: number) {
	const filtered = Object.keys(filters).length > 0;
	texts.section.hidden = false;
	texts.heading.textContent = query.trim() ? `Texts containing ${quoted(query)}` : 'Texts';
	texts.status.textContent = 'Searching the texts…';
	texts.list.replaceChildren();
	texts.more.hidden = true;
	let answer: TextAnswer;
	try {
		answer = await textIndex.search(query, filters);
	} catch {
		if (mine === generation) texts.status.textContent = 'The texts could not be searched: their index could not be read. Reload the page to try again.';
		return;
	}
	if (mine !== generation) return;
	texts.status.textContent = textLine(answer, filtered);
	texts.list.replaceChildren(...answer.results.map(textItem));
	let more = answer.more;
	texts.more.hidden = !more;
	texts.more.onclick = async () => {
		if (!more) return;
		const next = await more();
		if (mine !== generation) return;
		texts.list.append(...next.map(textItem));
		if (!next.length) more = undefined;
		texts.more.hidden = !more;
	};
}

/**
 * Answers the query in the box. Names are answered at once; the texts, which take Pagefind and
 * a few hundred kilobytes, only once the reader stops typing (`typing`: after a pause), or at
 * once when the query is submitted, comes in the address, or a filter changes.
 */
let textTimer: ReturnType<typeof setTimeout> | undefined;
async function run(typing = false) {
	clearTimeout(textTimer);
	const query = input.value;
	const filters = chosenFilters();
	const filtered = Object.keys(filters).length > 0;
	const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...(textsBox.checked ? { texts: '1' } : {}), ...filters });
	history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
	const mine = ++generation;
	const hasQuery = query.trim().length > 0;
	if (!hasQuery && !filtered) {
		for (const list of [names.list, names.suggestions, texts.list]) list.replaceChildren();
		names.section.hidden = texts.section.hidden = true;
		return;
	}

	// Names: unless the filters ask for texts alone.
	names.section.hidden = !hasQuery || filtered;
	let notAName = false;
	if (hasQuery && !filtered) {
		try {
			const answer = await nameIndex.lookup(query);
			if (mine !== generation) return;
			names.status.textContent = answerLine(answer, query);
			names.list.replaceChildren(...answer.results.map((r) => resultItem(r, base)));
			names.suggestions.replaceChildren(...suggestionLine(answer.suggestions, base));
			names.browse.hidden = answer.status === 'found';
			notAName = answer.status === 'none' || answer.status === 'common';
			names.offer.hidden = notAName || textsBox.checked || answer.status === 'short';
			byId('offer-query').textContent = quoted(query);
		} catch (error) {
			if (mine !== generation) return;
			names.status.textContent = error instanceof Error ? error.message : String(error);
			names.list.replaceChildren();
		}
	}

	// Texts: when asked for, filtered, or when the query is no name.
	texts.section.hidden = true;
	if (!(filtered || (hasQuery && (textsBox.checked || notAName)))) return;
	const search = async () => {
		if (filtered) await fillFilters(params);
		await showTexts(query, filters, mine);
	};
	if (typing) textTimer = setTimeout(search, 400);
	else await search();
}

const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
textsBox.checked = initial.get('texts') === '1';
// Filters named in the address are chosen at once, before their lists are read.
for (const select of selects) {
	const value = initial.get(select.name);
	if (value) select.append(new Option(value, value, true, true));
}
panel.hidden = false;
panel.open = selects.some((s) => s.value);
panel.addEventListener('toggle', () => panel.open && fillFilters(initial));
let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
	// A short wait, so that a name pasted or typed fast is looked up once.
	clearTimeout(timer);
	timer = setTimeout(() => run(true), 30);
});
for (const control of [...selects, textsBox]) control.addEventListener('change', () => run());
byId('offer-texts-button').addEventListener('click', () => {
	textsBox.checked = true;
	run();
});
form.addEventListener('submit', (event) => {
	event.preventDefault();
	clearTimeout(timer);
	run();
});
run();
input.focus();

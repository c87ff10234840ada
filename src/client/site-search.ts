import type { NameAnswer } from '../core/name-lookup.ts';
import { el } from './dom.ts';

/**
 * The header's search box: names from the name index as the reader types, as a list box
 * (the ARIA combobox pattern: arrow keys move through the names, Enter opens one, Escape
 * closes the list). Without a chosen name, Enter opens the search page, which says more.
 * Nothing is read until the reader types.
 */

const shown = 6;

const form = document.querySelector<HTMLFormElement>('form.site-search');
if (form) {
	const base = form.dataset.base!;
	const input = form.querySelector('input')!;
	const status = el('p', { className: 'site-search-status', id: 'site-search-status' });
	const list = el('ul', { className: 'site-search-list', id: 'site-search-list' });
	const pop = el('div', { className: 'site-search-pop', hidden: true }, status, list);
	list.setAttribute('role', 'listbox');
	list.setAttribute('aria-label', 'Names in the archive');
	status.setAttribute('role', 'status');
	form.append(pop);
	Object.entries({ role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': list.id, 'aria-describedby': status.id }).forEach(([k, v]) => input.setAttribute(k, v));

	/** The name index and the words of its answers, read with the first name typed rather than with every page. */
	const loadNames = () => Promise.all([import('./names.ts'), import('./name-results.ts')]).then(([names, words]) => ({ lookup: names.siteNames(base).lookup, answerLine: words.answerLine, quoted: words.quoted }));
	let loaded: ReturnType<typeof loadNames> | undefined;
	let options: HTMLLIElement[] = [];
	let active = -1;
	let generation = 0;

	const open = (yes: boolean) => {
		pop.hidden = !yes;
		input.setAttribute('aria-expanded', String(yes));
		if (!yes) choose(-1);
	};
	function choose(index: number) {
		options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
		active = index;
		if (index < 0) input.removeAttribute('aria-activedescendant');
		else input.setAttribute('aria-activedescendant', options[index].id);
	}
	// An option is text, not a link (a link inside an option is a control inside a control); choosing it opens its page.
	const option = (label: (Node | string)[], to: string, i: number) => {
		const item = el('li', { id: `site-search-option-${i}` }, ...label);
		item.setAttribute('role', 'option');
		item.dataset.href = to;
		// A press on a name opens it before the box loses focus and closes the list.
		item.addEventListener('mousedown', (event) => event.preventDefault());
		item.addEventListener('click', () => (location.href = to));
		return item;
	};
	const searchPage = (query: string) => `${base}search/?q=${encodeURIComponent(query)}`;

	function show(answer: NameAnswer, query: string, line: string, quoted: string) {
		const results = answer.status === 'found' || answer.status === 'begins' ? answer.results.slice(0, shown) : [];
		// Found names speak for themselves; names that begin with the query are said to be that; otherwise the plain answer comes first.
		status.textContent = answer.status === 'begins' ? `Names that begin with ${quoted}:` : line;
		status.hidden = answer.status === 'found';
		options = results.map((r, i) => option([r.name, ' ', el('span', { className: 'kind', textContent: r.kindName })], `${base}${r.path}`, i));
		const notAName = answer.status === 'none' || answer.status === 'common';
		options.push(option([notAName ? `Search the texts for ${quoted}` : `Search for ${quoted}`], searchPage(query), options.length));
		list.replaceChildren(...options);
		choose(-1);
		open(true);
	}

	async function run() {
		const query = input.value;
		const mine = ++generation;
		if (!query.trim()) return open(false);
		try {
			const { lookup, answerLine, quoted } = await (loaded ??= loadNames());
			const answer = await lookup(query);
			if (mine === generation) show(answer, query, answerLine(answer, query), quoted(query));
		} catch (error) {
			loaded = undefined;
			if (mine !== generation) return;
			status.textContent = error instanceof Error ? error.message : String(error);
			status.hidden = false;
			options = [];
			list.replaceChildren();
			open(true);
		}
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, 100);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') return open(false);
		if (pop.hidden || !options.length) return;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			// From the box down through the names and back to the box, or the other way.
			const last = options.length - 1;
			choose(event.key === 'ArrowDown' ? (active === last ? -1 : active + 1) : active === -1 ? last : active - 1);
		} else if (event.key === 'Enter' && active >= 0) {
			event.preventDefault();
			location.href = options[active].dataset.href!;
		}
	});
	input.addEventListener('blur', () => open(false));
	input.addEventListener('focus', () => input.value.trim() && list.childElementCount && open(true));
	// A reader who typed before this script was ready has had no answer yet: give it now.
	if (input.value.trim() && document.activeElement === input) void run();
}

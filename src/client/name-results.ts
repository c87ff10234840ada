import type { NameAnswer, NameResult } from '../core/name-lookup.ts';
import { kindNames } from '../schemas/kinds.ts';
import { el } from './dom.ts';

/** How the search page and the header's box show the answers of the name index. */

/** A query as the answers quote it. */
export const quoted = (text: string) => `“${text.trim()}”`;

/** "person" and "people", or "records" when the results are of several kinds. */
function noun(results: readonly NameResult[], count: number) {
	const kinds = new Set(results.map((r) => r.kind));
	if (kinds.size !== 1) return count === 1 ? 'record' : 'records';
	const names = kindNames[results[0].kind];
	return (count === 1 ? names.one : names.many).toLowerCase();
}

/** The plain answer first: whether a person, camp, place or organisation of that name is in the archive. */
export function answerLine(answer: NameAnswer, query: string): string {
	const none = `No person, camp, place or organisation named ${quoted(query)} is in the archive.`;
	switch (answer.status) {
		case 'found': {
			const { count, results, atLeast } = answer;
			const one = count === 1 && !atLeast;
			const named = results.every((r) => r.level === 'exact') && results.length === count;
			const what = `${atLeast ? 'At least ' : ''}${count.toLocaleString('en')} ${noun(results, count)}`;
			const line = named ? `${what} named ${quoted(query)} ${one ? 'is' : 'are'} in the archive.` : `${what} with ${quoted(query)} in ${one ? 'the name' : 'their names'} ${one ? 'is' : 'are'} in the archive.`;
			return results.length < count ? `${line} ${results.length.toLocaleString('en')} of them are listed: add more of the name to narrow them.` : line;
		}
		case 'begins':
			return `${none} Names that begin with ${quoted(query)}:`;
		case 'none':
			return none;
		case 'common':
			return `Too many names in the archive have these words for this search to check every one, and none of those it checked is ${quoted(query)}. Add more of the name, or browse the indexes.`;
		case 'short':
			return 'Type at least two letters of a name.';
	}
}

/** A record in the results: its kind, name, what it is and its other spellings, and the first accounts that involve it. */
export function resultItem(result: NameResult, base: string): HTMLLIElement {
	const about = [result.summary, result.spellings.length ? `also spelled ${result.spellings.join(', ')}` : ''].filter(Boolean).join(' · ');
	const item = el('li', { className: 'name-result' }, el('p', { className: 'kind', textContent: result.kindName }), el('a', { href: `${base}${result.path}`, textContent: result.name }), about && el('p', { className: 'small', textContent: about }));
	const accounts = result.accounts;
	if (accounts?.count) {
		item.append(
			el('p', { className: 'small accounts-head', textContent: `${accounts.count === 1 ? 'The account' : `Accounts (${accounts.count.toLocaleString('en')})`} that involve${accounts.count === 1 ? 's' : ''} ${result.name}:` }),
			el('ul', { className: 'accounts' }, ...accounts.first.map((a) => el('li', {}, el('span', { className: 'kind', textContent: 'Testimony' }), ' ', el('a', { href: `${base}${a.path}`, textContent: a.title })))),
		);
		if (accounts.count > accounts.first.length) item.append(el('p', { className: 'small' }, el('a', { href: `${base}${result.path}`, textContent: `All ${accounts.count.toLocaleString('en')} accounts are listed on the page of ${result.name}` })));
	}
	return item;
}

/** The nearest names, offered as suggestions and never as matches. */
export function suggestionLine(suggestions: readonly NameResult[], base: string): (Node | string)[] {
	if (!suggestions.length) return [];
	const parts: (Node | string)[] = ['Names in the archive with a similar spelling (suggestions, not matches): '];
	suggestions.forEach((s, i) => parts.push(i ? ', ' : '', el('a', { href: `${base}${s.path}`, textContent: s.name }), ` (${s.kindName.toLowerCase()})`));
	parts.push('.');
	return parts;
}

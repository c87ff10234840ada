/**
 * Name folding: the one place where names are reduced to keys. Kazakh, Uyghur and Russian names
 * reach English in many spellings; each key below ignores more of the difference than the last.
 *
 * - `plainLetters`: accents and other combining marks taken off (`Ürümqi` → `Urumqi`).
 * - `nameKey`: the same name whatever its case, accents and spacing: duplicate names, A–Z order.
 * - `idFromName`: a record id made from a name or title, Cyrillic romanised.
 * - `foldForSearch`, `searchKeys`: transliteration folding, so that a spelling no record lists
 *   still finds the record. They run at build time on recorded names and in the browser on the
 *   query, with the same rules.
 */

/** The letters of a text without their accents and other combining marks. */
export const plainLetters = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '');

/** The key two spellings share when they are the same name: case, accents and spacing ignored. */
export const nameKey = (name: string) =>
	plainLetters(name)
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

const cyrillic: Record<string, string> = {
	а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'io', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', қ: 'q',
	л: 'l', м: 'm', н: 'n', ң: 'ng', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'kh',
	һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

/** Letters outside basic Latin that do not decompose into a base letter and a mark. */
const special: Record<string, string> = { ı: 'i', ə: 'a', ø: 'o', æ: 'ae', ß: 'ss', ł: 'l', đ: 'd', þ: 'th' };

/** Lower-case Latin letters of a text: Cyrillic romanised (Kazakh letters included), accents and apostrophes dropped. */
const latinLetters = (text: string) =>
	plainLetters(
		text
			.toLowerCase()
			.replace(/[\u0400-\u04ff]/g, (c) => cyrillic[c] ?? c)
			.replace(/[ıəøæßłđþ]/g, (c) => special[c]),
	).replace(/[’'`ʼ]/g, '');

/** A record id made from a name or title: lower-case words joined by hyphens, at most 60 characters, cut at a word. */
export function idFromName(name: string): string {
	const id = latinLetters(name)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.replace(/^the-/, '');
	return id.length <= 60 ? id : id.slice(0, 61).replace(/-[^-]*$/, '');
}

/**
 * The rules, applied in order to lower-case ASCII letters. Each maps spellings that
 * romanisations use for one sound onto one form.
 */
const foldRules: readonly [RegExp, string, string][] = [
	[/dzh|dj|zh/g, 'j', 'zh, dzh, dj ~ j (Serikzhan ~ Serikjan, Atazhurt ~ Atajurt)'],
	[/kh/g, 'h', 'kh ~ h (Goulbakhar ~ Gulbahar)'],
	[/gh/g, 'g', 'gh ~ g (Ghulja ~ Gulja)'],
	[/q/g, 'k', 'q ~ k (Qapqal ~ Kapkal)'],
	[/ch/g, 'sh', 'ch ~ sh (Chapchal ~ Shapshal)'],
	[/ph/g, 'f', 'ph ~ f'],
	[/w/g, 'v', 'w ~ v'],
	[/ou|oo/g, 'u', 'ou ~ oo ~ u (Goulzira ~ Gulzira, Toursynbek ~ Tursynbek)'],
	[/y/g, 'i', 'y ~ i (Sauytbay ~ Sauytbai, Sayragul ~ Sairagul)'],
	[/ie/g, 'e', 'ie ~ ye ~ e (after y ~ i)'],
	[/([a-z])\1+/g, '$1', 'doubled letters ~ single (Mussahanuly ~ Musahanuly)'],
];

/** Folds a name or a query for search: Latin letters only, words separated by one space, then the rules. */
export function foldForSearch(text: string): string {
	let s = latinLetters(text)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
	for (const [pattern, replacement] of foldRules) s = s.replace(pattern, replacement);
	return s;
}

/**
 * The search keys of a name: its folded words, and the words run together, so that
 * "Ata Jurt" and "Atajurt" meet.
 */
export function searchKeys(name: string): string[] {
	const folded = foldForSearch(name);
	const joined = folded.replace(/ /g, '');
	return [...new Set([folded, joined].filter(Boolean))];
}

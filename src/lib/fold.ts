/**
 * Transliteration folding for names. Kazakh, Uyghur and Russian names reach English in
 * many romanisations; folding maps the common variants of one name to one key, so that a
 * spelling no record lists still finds the record. It runs at build time on recorded
 * names and in the browser on the query, with the same rules.
 */

const cyrillic: Record<string, string> = {
	а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'io', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', қ: 'q',
	л: 'l', м: 'm', н: 'n', ң: 'ng', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'kh',
	һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

/** Letters outside basic Latin that do not decompose into a base letter and a mark. */
const special: Record<string, string> = { ı: 'i', ə: 'a', ø: 'o', æ: 'ae', ß: 'ss', ł: 'l', đ: 'd', þ: 'th' };

/**
 * The rules, applied in order to lower-case ASCII letters. Each maps spellings that
 * romanisations use for one sound onto one form.
 */
export const foldRules: readonly [RegExp, string, string][] = [
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

/** Folds one word or name: lower case, no diacritics, Cyrillic romanised, then the rules. */
export function foldName(text: string): string {
	let s = text
		.toLowerCase()
		.replace(/[\u0400-\u04ff]/g, (c) => cyrillic[c] ?? c)
		.replace(/[ıəøæßłđþ]/g, (c) => special[c])
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[’'`ʼ]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
	for (const [pattern, replacement] of foldRules) s = s.replace(pattern, replacement);
	return s;
}

/**
 * The search keys of a name: its folded words, and the words run together, so that
 * "Ata Jurt" and "Atajurt" meet.
 */
export function nameKeys(name: string): string[] {
	const folded = foldName(name);
	const joined = folded.replace(/ /g, '');
	return [...new Set([folded, joined].filter(Boolean))];
}

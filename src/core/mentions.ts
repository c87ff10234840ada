import { plainLetters } from './fold.ts';

/** A name to look for in text, and the record page it links to. */
export interface NameTarget {
	name: string;
	href: string;
	/** The record the name belongs to, so a page does not link to itself. */
	key: string;
}

export interface Mention {
	start: number;
	end: number;
	target: NameTarget;
}

// Combining marks belong to the word, so text written with decomposed accents ("U\u0308ru\u0308mqi") is not split.
const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}’'-]*/gu;
const foldWord = (w: string) => plainLetters(w).replace(/’/g, "'");
const ascii = /^[\x00-\x7f]*$/;

/**
 * foldWord for every word of every text the finder reads: plain ASCII words are already
 * folded, and the others repeat, so each is normalised once (the cache is bounded).
 */
function createFolder() {
	const cache = new Map<string, string>();
	return (w: string) => {
		if (ascii.test(w)) return w;
		let folded = cache.get(w);
		if (folded === undefined) {
			if (cache.size > 50_000) cache.clear();
			folded = foldWord(w);
			cache.set(w, folded);
		}
		return folded;
	};
}

/**
 * Finds mentions of many names in text in one pass: names are indexed by their first
 * word, so the cost grows with the length of the text, not with the number of names.
 */
export function createMentionFinder(targets: readonly NameTarget[]) {
	const byFirstWord = new Map<string, { words: string[]; target: NameTarget }[]>();
	for (const target of targets) {
		const words = (target.name.match(wordPattern) ?? []).map(foldWord);
		if (!words.length) continue;
		const list = byFirstWord.get(words[0]) ?? [];
		list.push({ words, target });
		byFirstWord.set(words[0], list);
	}
	for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

	const fold = createFolder();
	return function findMentions(text: string): Mention[] {
		const tokens = [...text.matchAll(wordPattern)].map((m) => ({ word: fold(m[0]), start: m.index!, end: m.index! + m[0].length }));
		const mentions: Mention[] = [];
		for (let i = 0; i < tokens.length; i++) {
			const word = tokens[i].word;
			// A one-word name in the possessive ("Sayragul’s") is indexed without its ending.
			const possessive = word.endsWith("'s") ? byFirstWord.get(word.slice(0, -2))?.filter((c) => c.words.length === 1) : undefined;
			const candidates = possessive?.length ? [...(byFirstWord.get(word) ?? []), ...possessive] : byFirstWord.get(word);
			if (!candidates) continue;
			const match = candidates.find((c) => c.words.every((w, k) => tokens[i + k]?.word === w || (k === c.words.length - 1 && tokens[i + k]?.word === `${w}'s`)));
			if (!match) continue;
			const last = tokens[i + match.words.length - 1];
			const end = last.word.endsWith("'s") && !match.words.at(-1)!.endsWith("'s") ? last.end - 2 : last.end;
			mentions.push({ start: tokens[i].start, end, target: match.target });
			i += match.words.length - 1;
		}
		return mentions;
	};
}

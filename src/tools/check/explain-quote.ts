import { nameKey } from '../../core/fold.ts';
import { foldSpace } from '../../core/quotes.ts';

/** Each block folded once, for every quote of the archive explained against the same list of blocks. */
const foldedBlocks = new WeakMap<readonly string[], { blocks: string[]; folded: string[] }>();
const foldedOf = (blocks: readonly string[]): string[] => {
	const cached = foldedBlocks.get(blocks);
	// A list changed since it was folded is folded again.
	if (cached && cached.blocks.length === blocks.length && cached.blocks.every((b, i) => b === blocks[i])) return cached.folded;
	const folded = blocks.map(foldSpace);
	foldedBlocks.set(blocks, { blocks: [...blocks], folded });
	return folded;
};

/** Why a quote was not found in a source, as `explainMissingQuote` works it out. */
export interface QuoteMismatch {
	/** The block the nearest passage is in. */
	block: number;
	/** The nearest passage, as the source has it (white space folded; long passages shortened in the middle). */
	passage: string;
	/** What differs, one entry per place, in the quote's order. */
	differences: string[];
	/** True when the quote is there word for word but runs from one block into the next. */
	acrossBlocks: boolean;
}


/** A word as compared when looking for the nearest passage: case, accents and punctuation ignored. */
const looseWord = (word: string) => nameKey(word).replace(/ /g, '') || word;

/** Each block's words and loose words, once per list of blocks. */
const wordsOfBlocks = new WeakMap<readonly string[], { blocks: string[]; words: string[][]; keys: string[][] }>();
function blockWords(blocks: readonly string[]) {
	const cached = wordsOfBlocks.get(blocks);
	if (cached && cached.blocks.length === blocks.length && cached.blocks.every((b, i) => b === blocks[i])) return cached;
	const words = foldedOf(blocks).map((b) => (b ? b.split(' ') : []));
	const entry = { blocks: [...blocks], words, keys: words.map((w) => w.map(looseWord)) };
	wordsOfBlocks.set(blocks, entry);
	return entry;
}

/** Names of the marks archivists most often mistype, for messages. */
const markNames: Record<string, string> = {
	'"': 'a straight double quote "',
	'“': 'an opening curly quote “',
	'”': 'a closing curly quote ”',
	'„': 'a low quote „',
	'«': 'a guillemet «',
	'»': 'a guillemet »',
	"'": "a straight apostrophe '",
	'’': 'a curly apostrophe ’',
	'‘': 'an opening single quote ‘',
	'-': 'a hyphen -',
	'–': 'an en dash –',
	'—': 'an em dash —',
	'…': 'an ellipsis character …',
	'.': 'a full stop',
	',': 'a comma',
	';': 'a semicolon',
	':': 'a colon',
	'!': 'an exclamation mark',
	'?': 'a question mark',
};
const nameMarks = (marks: string) =>
	marks ? [...marks].map((ch) => markNames[ch] ?? `“${ch}” (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(' and ') : 'nothing';

/** A plain-language note on two spellings of one word that differ only in marks or capitals. */
function markNote(theirs: string, ours: string): string {
	if (theirs.toLowerCase() === ours.toLowerCase()) return ' (only capital letters differ)';
	let start = 0;
	while (start < theirs.length && start < ours.length && theirs[start] === ours[start]) start++;
	let end = 0;
	while (end < theirs.length - start && end < ours.length - start && theirs[theirs.length - 1 - end] === ours[ours.length - 1 - end]) end++;
	const a = theirs.slice(start, theirs.length - end);
	const b = ours.slice(start, ours.length - end);
	if (/[\p{L}\p{N}]/u.test(a + b)) return '';
	return ` (the source has ${nameMarks(a)} where the quote has ${nameMarks(b)})`;
}

/** Shortens a long passage in the middle, so a message stays readable. */
const shorten = (words: readonly string[], keep = 40) =>
	words.length <= keep ? words.join(' ') : `${words.slice(0, keep / 2).join(' ')} … ${words.slice(-keep / 2).join(' ')}`;

/**
 * Explains why a quote is not in a source: either it runs across two blocks (paragraphs),
 * or the nearest passage and, word by word, where it differs: words changed (with the marks
 * named when only punctuation or quote marks differ), words the source does not have, and
 * words of the source the quote leaves out. Undefined when no passage is near at all.
 */
export function explainMissingQuote(blocks: readonly string[], quote: string): QuoteMismatch | undefined {
	const needle = foldSpace(quote);
	if (!needle) return undefined;
	const folded = foldedOf(blocks);
	for (let i = 0; i + 1 < folded.length; i++) {
		if (folded[i].includes(needle) || folded[i + 1].includes(needle)) continue;
		if (`${folded[i]} ${folded[i + 1]}`.includes(needle)) {
			return {
				block: i,
				passage: shorten(needle.split(' ')),
				differences: ['the quote runs from the end of one paragraph of the source into the next'],
				acrossBlocks: true,
			};
		}
	}
	const q = needle.split(' ');
	const qk = q.map(looseWord);
	const { words, keys } = blockWords(blocks);

	// 1. The window of the quote's length that shares the most (loose) words with it.
	const wanted = new Map<string, number>();
	for (const k of qk) wanted.set(k, (wanted.get(k) ?? 0) + 1);
	let best = { score: 0, block: -1, start: 0 };
	for (let b = 0; b < keys.length; b++) {
		const k = keys[b];
		const have = new Map<string, number>();
		let score = 0;
		const add = (key: string) => {
			const n = have.get(key) ?? 0;
			if (n < (wanted.get(key) ?? 0)) score++;
			have.set(key, n + 1);
		};
		const remove = (key: string) => {
			const n = have.get(key)! - 1;
			have.set(key, n);
			if (n < (wanted.get(key) ?? 0)) score--;
		};
		for (let i = 0; i < k.length; i++) {
			add(k[i]);
			if (i >= q.length) remove(k[i - q.length]);
			if (score > best.score) best = { score, block: b, start: Math.max(0, i - q.length + 1) };
		}
	}
	if (best.block < 0 || best.score === 0) return undefined;
	// A passage sharing fewer than half the quote's words is no guide to what was mistyped; short
	// words ("in", "the") are left out of that count, since any passage has them.
	const windowKeys = new Map<string, number>();
	for (const k of keys[best.block].slice(best.start, best.start + q.length)) windowKeys.set(k, (windowKeys.get(k) ?? 0) + 1);
	const content = qk.filter((k) => [...k].length >= 4);
	const counted = content.length ? content : qk;
	const shared = counted.filter((k) => {
		const n = windowKeys.get(k) ?? 0;
		windowKeys.set(k, n - 1);
		return n > 0;
	}).length;
	if (shared < Math.ceil(counted.length / 2)) return undefined;

	// 2. Align the quote with that window, a few words wider, by their longest common run of words.
	const bw = words[best.block];
	const bk = keys[best.block];
	const slack = 3 + Math.ceil(q.length / 2);
	const from = Math.max(0, best.start - slack);
	const to = Math.min(bw.length, best.start + q.length + slack);
	const sk = bk.slice(from, to);
	const lcs: number[][] = Array.from({ length: q.length + 1 }, () => new Array<number>(sk.length + 1).fill(0));
	for (let i = q.length - 1; i >= 0; i--) {
		for (let j = sk.length - 1; j >= 0; j--) {
			lcs[i][j] = qk[i] === sk[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
		}
	}
	type Step = { op: 'same'; i: number; j: number } | { op: 'quote'; i: number } | { op: 'source'; j: number };
	const steps: Step[] = [];
	let i = 0;
	let j = 0;
	// Start as late as costs nothing, so a phrase repeated earlier in the paragraph is not taken for the start.
	while (j < sk.length && lcs[0][j + 1] === lcs[0][j]) steps.push({ op: 'source', j: j++ });
	while (i < q.length || j < sk.length) {
		if (i < q.length && j < sk.length && qk[i] === sk[j]) steps.push({ op: 'same', i: i++, j: j++ });
		else if (j < sk.length && (i >= q.length || lcs[i][j + 1] >= lcs[i + 1][j])) steps.push({ op: 'source', j: j++ });
		else steps.push({ op: 'quote', i: i++ });
	}
	// Source words before the quote's first word and after its last are not part of the passage,
	// except as many as stand in for quote words that were changed at either end.
	const same = steps.filter((s) => s.op === 'same');
	const firstSame = same[0] as { i: number; j: number };
	const lastSame = same.at(-1) as { i: number; j: number };
	const passageFrom = Math.max(0, firstSame.j - firstSame.i);
	const passageTo = Math.min(sk.length, lastSame.j + 1 + (q.length - 1 - lastSame.i));
	const trimmed = steps.filter((s) => s.op !== 'source' || (s.j >= passageFrom && s.j < passageTo));

	// 3. Describe each place where the quote and the source part ways.
	const differences: string[] = [];
	let ours: string[] = [];
	let theirs: string[] = [];
	let before: string | undefined;
	const flush = () => {
		if (!ours.length && !theirs.length) return;
		const after = before ? ` after “${before}”` : '';
		const a = theirs.join(' ');
		const b = ours.join(' ');
		if (ours.length && theirs.length) differences.push(`the source has “${a}” where the quote has “${b}”${theirs.length === 1 && ours.length === 1 ? markNote(a, b) : ''}`);
		else if (ours.length) differences.push(`“${b}”${after} is not in the source`);
		else differences.push(`the quote leaves out “${a}”${after}: a quote may not skip words; make two quotes instead`);
		ours = [];
		theirs = [];
	};
	for (const step of trimmed) {
		if (step.op === 'same') {
			const word = bw[from + step.j];
			// A quote may begin or end inside a word of the source: “We … is.” quoted as We … is.
			const edge = (step.i === 0 && word.endsWith(q[0])) || (step.i === q.length - 1 && word.startsWith(q[step.i]));
			if (word === q[step.i] || edge) {
				flush();
				before = word;
			} else {
				ours.push(q[step.i]);
				theirs.push(word);
			}
		} else if (step.op === 'quote') ours.push(q[step.i]);
		else theirs.push(bw[from + step.j]);
	}
	flush();
	return { block: best.block, passage: shorten(bw.slice(from + passageFrom, from + passageTo)), differences, acrossBlocks: false };
}

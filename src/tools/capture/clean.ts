import type { Block } from './blocks.ts';

/** A block of the cleaned article, typed for Markdown output. */
export interface ArticleBlock {
	kind: 'paragraph' | 'heading' | 'speaker' | 'caption' | 'list-item';
	text: string;
	/** For `speaker` blocks: the label before the colon, e.g. "Serikzhan Bilash". */
	speaker?: string;
}

/** What one cleaning rule took out, kept so an editor can check it. */
export interface Removal {
	rule: string;
	blocks: string[];
}

export interface CleanedArticle {
	title?: string;
	standfirst?: string;
	byline?: string;
	/** A date printed in the page's dateline, as YYYY-MM-DD. */
	dateline?: string;
	body: ArticleBlock[];
	removed: Removal[];
}

export interface CleanOptions {
	/** The headline, when the capture lacks it or the archivist knows it. */
	title?: string;
	/** The byline, when known; a block repeating it is dropped from the body. */
	byline?: string;
}

const fold = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const endsLikeSentence = /[.!?…]["”’)\]]*$/;

const isProse = (b: Block) => b.text.length >= 80 && wordCount(b.text) >= 12 && /[.!?…]/.test(b.text);
const isShortFragment = (b: Block) => b.text.length < 60 && !endsLikeSentence.test(b.text);

/** Captions name the picture's origin at their end, or start with "Image:". */
const captionPattern =
	/\((photo|image|picture|credit|courtesy|supplied by|from facebook|source)\b[^)]*\)$|^(image|photo|picture)\s*:|\s[-–—|]\s*(credit|photo|courtesy)\s*:/i;
const isCaption = (b: Block) => b.tag === 'caption' || (b.text.length < 220 && captionPattern.test(b.text));

const datelinePattern = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s*(.*?)\s*\|?\s*$/;
const isByline = (b: Block) =>
	wordCount(b.text) <= 8 && (/^by\s+\p{Lu}/iu.test(b.text) || /^[^|.]{3,60}\|\s*[^|.]{2,40}$/.test(b.text));
const bylineName = (text: string) =>
	text
		.replace(/^by\s+/i, '')
		.split('|')
		.map((s) => s.trim())
		.filter(Boolean)
		.join(', ');
const isSignature = (b: Block) =>
	b.text.length < 120 && (/^[~–—]\s*\S/.test(b.text) || /^(reported|written|translated|edited|compiled) by\b/i.test(b.text));

/** Headings of widgets and page furniture that follow an article on news and magazine sites. */
const trailerMarker =
	/^(tagged with:?|tags:|filed under:?|related (articles|posts|stories|news)|keep reading|most read|most popular|read more|recommended|primary sidebar|secondary sidebar|sidebar|footer|newsletter|follow us|share this( article)?:?|share:|you may also like|more from|comments?|leave a (reply|comment)|about the author|previous slide|next slide|scroll to top|back to top|gallery|photo gallery|subscribe)\b/i;
const widgetLink =
	/\b(click here|go to the gallery|read more|subscribe|sign up|share on|print this|download pdf|scroll to top|back to top|previous slide|next slide|skip to (primary navigation|main content|footer|content))\b/i;
const callToAction = /\b(sign the|petition|donate|subscribe|newsletter|support us|join us)\b/i;

/**
 * Finds the run of blocks with the most characters that occurs twice without overlapping and,
 * if it is long enough to be a second copy of the page rather than a repeated phrase, returns the
 * position of its later copy. A suffix automaton over the blocks finds it in time linear in their
 * number: comparing every pair of equal blocks took quadratic time or worse (a paragraph repeated
 * 2,000 times took 43 s, 4,000 times never finished).
 */
function findRepeatedCopy(keys: string[]): { start: number; length: number } | undefined {
	// Blocks as numbers, the same number for the same text.
	const numbers = new Map<string, number>();
	const sequence = keys.map((key) => numbers.get(key) ?? numbers.set(key, numbers.size).get(key)!);
	const charsBefore = [0];
	for (const key of keys) charsBefore.push(charsBefore.at(-1)! + key.length);

	// Each state of the automaton stands for the runs that end at the same positions: `longest` is
	// the longest of them, `link` the state of its shorter endings that end elsewhere too, `first`
	// and `last` the first and last position where they end.
	const longest = [0];
	const link = [-1];
	const next: Map<number, number>[] = [new Map()];
	const first = [-1];
	const last = [-1];
	let end = 0;
	sequence.forEach((block, i) => {
		const state = longest.push(longest[end] + 1) - 1;
		link.push(0);
		next.push(new Map());
		first.push(i);
		last.push(i);
		let p = end;
		for (; p !== -1 && !next[p].has(block); p = link[p]) next[p].set(block, state);
		if (p !== -1) {
			const q = next[p].get(block)!;
			if (longest[p] + 1 === longest[q]) link[state] = q;
			else {
				const clone = longest.push(longest[p] + 1) - 1;
				link.push(link[q]);
				next.push(new Map(next[q]));
				first.push(first[q]);
				last.push(-1);
				for (; p !== -1 && next[p].get(block) === q; p = link[p]) next[p].set(block, clone);
				link[q] = link[state] = clone;
			}
		}
		end = state;
	});
	// A state's runs also end wherever those of the states linking to it end: longer states first.
	const byLength: number[][] = Array.from({ length: keys.length + 1 }, () => []);
	longest.forEach((length, state) => byLength[length].push(state));
	for (let length = keys.length; length > 0; length--) {
		for (const state of byLength[length]) last[link[state]] = Math.max(last[link[state]], last[state]);
	}

	let best = { start: -1, length: 0, chars: 0 };
	for (let state = 1; state < longest.length; state++) {
		// The longest run of the state that ends both where it first and where it last ends, the two copies apart.
		const length = Math.min(longest[state], last[state] - first[state]);
		if (length <= longest[link[state]]) continue;
		const start = last[state] - length + 1;
		const chars = charsBefore[last[state] + 1] - charsBefore[start];
		if (chars > best.chars || (chars === best.chars && start < best.start)) best = { start, length, chars };
	}
	const total = charsBefore[keys.length];
	return best.length >= 5 && (best.chars >= 1000 || best.chars >= total * 0.25) ? best : undefined;
}

/**
 * How many copies of the page are taken out at most. A page holds a few copies of itself at most
 * (its print, mobile or AMP versions); a text repeated tens of thousands of times loses half its
 * copies each time, so sixteen rounds clear it, and the cleaning stays linear in the capture's size.
 */
const maxCopies = 16;

/** The folded text of an "Index:" or "Contents:" line, which names the article's section headings. */
function tableOfContents(blocks: Block[]): string | undefined {
	const toc = blocks.find((b) => /^(index|contents|table of contents|in this article)\s*:/i.test(b.text));
	return toc ? ` ${fold(toc.text.replace(/^[^:]*:/, ''))} ` : undefined;
}

/**
 * Reduces a captured page to the article it carries. The rules are general (repeated
 * copies, site header and navigation, datelines, captions and alt text, trailing widgets,
 * calls to action), so they apply to pages from sites the archive has not seen yet.
 */
export function cleanArticle(input: Block[], options: CleanOptions = {}): CleanedArticle {
	const removed: Removal[] = [];
	const remove = (rule: string, blocks: Block[]) => {
		if (!blocks.length) return;
		const existing = removed.find((r) => r.rule === rule);
		if (existing) existing.blocks.push(...blocks.map((b) => b.text));
		else removed.push({ rule, blocks: blocks.map((b) => b.text) });
	};

	let blocks = [...input];
	for (let round = 0; round < maxCopies; round++) {
		const copy = findRepeatedCopy(blocks.map((b) => fold(b.text)));
		if (!copy) break;
		remove('second copy of the page', blocks.slice(copy.start, copy.start + copy.length));
		blocks.splice(copy.start, copy.length);
	}

	const bodyStart = blocks.findIndex(isProse);
	if (bodyStart === -1) {
		return { title: options.title, body: [], removed };
	}

	// Header: everything above the first paragraph of prose.
	const header = blocks.slice(0, bodyStart);
	let title = options.title;
	let byline = options.byline;
	let dateline: string | undefined;
	const captions: Block[] = [];
	const datelineIndex = header.findIndex((b) => datelinePattern.test(b.text));
	if (datelineIndex !== -1) {
		const [, a, b, year, rest] = datelinePattern.exec(header[datelineIndex].text)!;
		// Sites that print slashed dates print them month first unless the first part cannot be a month.
		const [month, day] = Number(a) > 12 ? [b, a] : [a, b];
		dateline = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
		if (rest && !byline) byline = bylineName(rest);
	}
	const firstMeta = header.findIndex((b, i) => i === datelineIndex || isCaption(b) || isByline(b));
	let titleIndex = -1;
	if (title) {
		titleIndex = header.findIndex((b) => fold(b.text) === fold(title!));
	} else {
		const before = firstMeta === -1 ? header.length : firstMeta;
		for (let i = before - 1; i >= 0; i--) {
			const b = header[i];
			if (b.tag === 'list-item' || b.text.includes(' / ') || wordCount(b.text) < 3) continue;
			titleIndex = i;
			break;
		}
		if (titleIndex !== -1) title = header[titleIndex].text;
	}
	const navigation: Block[] = [];
	const siteHeader: Block[] = [];
	header.forEach((b, i) => {
		if (i === titleIndex) return;
		if (i === datelineIndex) return remove('dateline (date and byline kept as metadata)', [b]);
		if (isCaption(b)) return captions.push(b);
		if (isByline(b)) {
			if (!byline) byline = bylineName(b.text);
			return remove('byline (kept as metadata)', [b]);
		}
		if (b.tag === 'list-item' || widgetLink.test(b.text)) return navigation.push(b);
		siteHeader.push(b);
	});
	remove('site navigation', navigation);
	remove('site header (site name, tagline, logo text, breadcrumb)', siteHeader);

	// Trailer: from the first widget heading, or run of three or more short fragments, to the end.
	let trailerStart = blocks.length;
	for (let i = bodyStart + 1; i < blocks.length; i++) {
		if (trailerMarker.test(blocks[i].text)) {
			trailerStart = i;
			break;
		}
		const run = blocks.slice(i, i + 3);
		if (run.length === 3 && run.every((b) => isShortFragment(b) && !isSignature(b) && !isCaption(b))) {
			trailerStart = i;
			break;
		}
	}
	const trailer = blocks.slice(trailerStart);
	let segment = 'trailing page furniture';
	for (const b of trailer) {
		if (trailerMarker.test(b.text)) segment = `trailing widget “${b.text.replace(/:$/, '')}”`;
		remove(segment, [b]);
	}
	let body = blocks.slice(bodyStart, trailerStart);
	while (body.length && callToAction.test(body[body.length - 1].text) && body[body.length - 1].text.length < 200) {
		remove('trailing call to action', [body.pop()!]);
	}

	// Standfirst: a first paragraph set apart from the article by a caption or byline under it.
	let standfirst: string | undefined;
	const next = body[1];
	if (next && (isCaption(next) || isByline(next) || (body[2] && isCaption(body[2]) && fold(body[2].text).includes(fold(next.text))))) {
		standfirst = body[0].text;
		body = body.slice(1);
	}
	body = [...captions, ...body];

	const toc = tableOfContents(body);
	const labelCounts = new Map<string, number>();
	const labelOf = (text: string) => /^(\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,3}):\s+\S/u.exec(text)?.[1];
	for (const b of body) {
		const label = labelOf(b.text);
		if (label) labelCounts.set(label, (labelCounts.get(label) ?? 0) + 1);
	}

	const interview = [...labelCounts.values()].some((n) => n >= 2);
	const out: ArticleBlock[] = [];
	body.forEach((b, i) => {
		const following = body[i + 1];
		if (following && isCaption(following) && b.text.length < 120 && !isCaption(b) && fold(following.text).includes(fold(b.text))) {
			return remove('image alt text repeated by its caption', [b]);
		}
		if (isCaption(b)) return out.push({ kind: 'caption', text: b.text });
		if (isByline(b) || (byline && fold(b.text) === fold(byline))) {
			if (!byline) byline = bylineName(b.text);
			return remove('byline (kept as metadata)', [b]);
		}
		if (widgetLink.test(b.text) && b.text.length < 60) return remove('widget link', [b]);
		if (b.tag === 'list-item') return out.push({ kind: 'list-item', text: b.text });
		const label = labelOf(b.text);
		// One label used twice makes the text an interview; then every short label is a speaker.
		if (label && interview && wordCount(label) <= 3) {
			return out.push({ kind: 'speaker', speaker: label, text: b.text.slice(label.length + 1).trim() });
		}
		const heading =
			b.tag === 'heading' ||
			(toc !== undefined && wordCount(b.text) <= 12 && !b.text.endsWith('.') && toc.includes(` ${fold(b.text)} `)) ||
			(toc === undefined && isShortFragment(b) && !isSignature(b) && wordCount(b.text) <= 10 && i > 0);
		out.push({ kind: heading ? 'heading' : 'paragraph', text: b.text });
	});
	return { title, standfirst, byline, dateline, body: out, removed };
}

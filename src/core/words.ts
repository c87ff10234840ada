/**
 * Words as Unicode defines them (UAX #29, through `Intl.Segmenter`): "5,700", "don’t" and "U.S"
 * are one word each, and Chinese is split into words though it has no spaces. Quotes are matched
 * on these boundaries, and samples of removed text are cut on them.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Whether an offset of `text` falls between two words (or at its start or end), not inside one.
 * The text is taken in once, for as many offsets as are asked of it.
 */
export function wordBoundaries(text: string): (index: number) => boolean {
	const segments = segmenter.segment(text);
	return (index) => index <= 0 || index >= text.length || segments.containing(index)!.index === index;
}

/** The number of words in a text: letters and digits, not punctuation or spaces. */
export function wordCount(text: string): number {
	let count = 0;
	for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
	return count;
}

/**
 * Where to cut a text to about `length` characters without cutting a word: at the end of the word
 * that reaches `length`, or, if that word runs past twice the length, at its start.
 */
export function cutAtWord(text: string, length: number): number {
	if (text.length <= length) return text.length;
	const word = segmenter.segment(text).containing(length)!;
	const end = word.index + word.segment.length;
	return end <= 2 * length ? end : word.index;
}

import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { addressKind } from '../../core/addresses.ts';
import { idFromName } from '../../core/fold.ts';
import { cutAtWord } from '../../core/words.ts';
import { maxFileBytes } from '../../schemas/common.ts';
import { plainSchema } from '../../schemas/reading.ts';
import { withoutHiddenCharacters } from '../check/characters.ts';
import { idProblem, shownId, sizeProblem } from '../input.ts';
import { htmlToBlocks, textToBlocks } from './blocks.ts';
import { cleanArticle, type Removal } from './clean.ts';
import { CaptureError, decodeCapture } from './decode.ts';
import { articleToMarkdown } from './markdown.ts';

export interface ImportOptions {
	url?: string;
	publisher?: string;
	originalPublisher?: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD. */
	date?: string;
	dateBasis?: 'stated' | 'address' | 'inferred';
	dateNote?: string;
	title?: string;
	byline?: string;
	slug?: string;
	encoding?: string;
	format?: 'text' | 'html';
	/** The day the capture enters the archive, YYYY-MM-DD. */
	added: string;
}

export interface ImportResult {
	slug: string;
	/** The Markdown file: front matter and cleaned body. */
	markdown: string;
	captureFile: string;
	sha256: string;
	encoding: string;
	guessedEncoding: boolean;
	removed: Removal[];
	keptBlocks: number;
}


const precisionOf = (date: string) => (['year', 'month', 'day'] as const)[date.split('-').length - 1];

/** A sample of removed text: about its first 50 characters, cut between words, never inside one (a name cut in two would go unrecognised). */
export function sample(text: string, length = 50): string {
	const end = cutAtWord(text, length);
	return end < text.length ? `${text.slice(0, end).trimEnd()}…` : text;
}

function summarise(removal: Removal): string {
	const samples = removal.blocks
		.slice(0, 3)
		.map((b) => `“${withoutHiddenCharacters(sample(b))}”`)
		.join(', ');
	const n = removal.blocks.length;
	return `${removal.rule}: ${n} block${n === 1 ? '' : 's'} (${samples}${n > 3 ? ', …' : ''})`;
}

/**
 * Refuses options the import cannot use, before any capture is read: an address that is not a
 * web address (a javascript: or data: address would be published as the source's link), or an
 * id that is not one. The import command asks once for all its captures.
 */
export function checkOptions(options: Pick<ImportOptions, 'url' | 'slug'>): void {
	// The schema's own rule for a source's address, so that the import writes none the check refuses.
	if (options.url !== undefined && !plainSchema('sources').shape.url.safeParse(options.url).success) {
		const { kind, protocol } = addressKind(options.url);
		throw new CaptureError(
			`--url ${JSON.stringify(options.url)} is ${kind === 'other' ? `a ${protocol}: address` : 'not a full web address'}; the original address must start with https:// or http:// and name the site. Copy it from the browser's address bar.`,
		);
	}
	const badSlug = options.slug === undefined ? undefined : idProblem(options.slug);
	if (badSlug) throw new CaptureError(`--slug ${shownId(options.slug!)} is not a valid id: ${badSlug.reason}. Use e.g. --slug ${badSlug.suggestion}.`);
}

/** Decodes, cleans and converts one raw capture into the Markdown file of a source record. */
export function importCapture(bytes: Uint8Array, options: ImportOptions, progress: (step: string) => void = () => {}): ImportResult {
	const tooLarge = sizeProblem(bytes.length);
	if (tooLarge) throw new CaptureError(`the capture is too large: ${tooLarge}. Capture only the article (save the page as text, or as HTML without images), or split a book into parts and import each.`);
	checkOptions(options);
	const decoded = decodeCapture(bytes, { encoding: options.encoding });
	progress(`decoded as ${decoded.encoding}${decoded.guessed ? ' (guessed from the bytes; pass --encoding to override)' : ''}`);
	const format = options.format ?? (/^\s*(<!doctype html|<html|<head|<body)/i.test(decoded.text) ? 'html' : 'text');
	const parsed = format === 'html' ? readHtml(decoded.text) : { blocks: textToBlocks(decoded.text), chrome: 0, title: undefined };
	progress(`split into ${parsed.blocks.length} blocks`);
	const article = cleanArticle(parsed.blocks, { title: options.title ?? parsed.title, byline: options.byline });
	if (parsed.chrome) article.removed.unshift({ rule: 'page chrome elements (nav, header, footer, aside, forms)', blocks: Array(parsed.chrome).fill('<element>') });
	progress(`cleaned: kept ${article.body.length} blocks, removed ${article.removed.reduce((n, r) => n + r.blocks.length, 0)}`);

	if (!article.body.length) throw new CaptureError('no article text was found in the capture (no paragraph of prose). Is it the right file?');
	const title = article.title;
	if (!title) throw new CaptureError('the headline could not be found in the capture. Pass it with --title "…".');
	if (!options.url) throw new CaptureError('the original address is missing. Pass it with --url https://….');
	if (!options.publisher) throw new CaptureError('the publisher is missing. Pass it with --publisher "…".');
	const byline = article.byline;
	if (!byline) throw new CaptureError('no byline was found in the capture. Pass it with --byline "…".');

	let published: Record<string, unknown>;
	const fromAddress = /\/(\d{4})\/(\d{2})(?:\/(\d{2}))?\//.exec(new URL(options.url).pathname);
	if (options.date) {
		published = { value: options.date, precision: precisionOf(options.date), basis: options.dateBasis ?? 'stated' };
	} else if (article.dateline) {
		published = { value: article.dateline, precision: 'day', basis: 'stated' };
	} else if (fromAddress) {
		const value = fromAddress.slice(1).filter(Boolean).join('-');
		published = { value, precision: precisionOf(value), basis: 'address' };
	} else {
		throw new CaptureError('no publication date was found in the capture or its address. Pass it with --date YYYY[-MM[-DD]].');
	}
	if (published.basis === 'inferred') published.inferred = true;
	if (options.dateNote) published.note = options.dateNote;

	const slug = options.slug ?? (idFromName(lastSegment(options.url).replace(/\.\w+$/, '')) || idFromName(title));
	// Every id the import writes passes the rule the check applies, the one made here included.
	if (idProblem(slug)) throw new CaptureError('no id could be made from the address or the headline (they have no Latin or Cyrillic letters or digits). Pass one with --slug, e.g. --slug kairat-samarkan-interview.');
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const captureFile = `${slug}.capture.${format === 'html' ? 'html' : 'txt'}`;
	const frontMatter = {
		title: withoutHiddenCharacters(title),
		...(article.standfirst ? { standfirst: withoutHiddenCharacters(article.standfirst) } : {}),
		byline: withoutHiddenCharacters(byline),
		publisher: options.publisher,
		...(options.originalPublisher ? { originalPublisher: options.originalPublisher } : {}),
		published,
		url: options.url,
		capture: {
			file: captureFile,
			sha256,
			bytes: bytes.length,
			encoding: decoded.encoding,
			format,
			added: options.added,
			removed: article.removed.map(summarise),
		},
	};
	const markdown = `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${articleToMarkdown(article.body)}\n`;
	// Escaping can make the text a little longer than the capture; the check takes no record over the limit.
	if (Buffer.byteLength(markdown) > maxFileBytes) throw new CaptureError(`the source's text would be ${sizeProblem(Buffer.byteLength(markdown))!.replace(/^it is /, '')}. Split the capture into parts and import each.`);
	return {
		slug,
		markdown,
		captureFile,
		sha256,
		encoding: decoded.encoding,
		guessedEncoding: decoded.guessed,
		removed: article.removed,
		keptBlocks: article.body.length,
	};
}

/** The last part of an address's path, as a reader reads it: `/新闻/` is 新闻, not %E6%96%B0%E9%97%BB. */
function lastSegment(url: string): string {
	const segment = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/** The blocks of an HTML capture; a page nested thousands of elements deep is refused, not followed. */
function readHtml(html: string): ReturnType<typeof htmlToBlocks> {
	try {
		return htmlToBlocks(html);
	} catch (error) {
		if (error instanceof RangeError) throw new CaptureError('the page nests its elements thousands of levels deep, more than it can be read; save the page again from the browser, or save it as text.');
		throw error;
	}
}

/**
 * What to do with a file the import would write. An existing file that differs from
 * what the import produces has been edited (or belongs to another capture): it is only
 * replaced when the archivist says so.
 */
export function planWrite(existing: string | Uint8Array | undefined, next: string | Uint8Array, force: boolean): 'create' | 'unchanged' | 'overwrite' | 'refuse' {
	if (existing === undefined) return 'create';
	if (Buffer.from(existing).equals(Buffer.from(next))) return 'unchanged';
	return force ? 'overwrite' : 'refuse';
}

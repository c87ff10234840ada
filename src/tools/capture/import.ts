import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { idFromName } from '../../core/fold.ts';
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

function summarise(removal: Removal): string {
	const samples = removal.blocks
		.slice(0, 3)
		.map((b) => `“${b.length > 50 ? `${b.slice(0, 50)}…` : b}”`)
		.join(', ');
	const n = removal.blocks.length;
	return `${removal.rule}: ${n} block${n === 1 ? '' : 's'} (${samples}${n > 3 ? ', …' : ''})`;
}

/** Decodes, cleans and converts one raw capture into the Markdown file of a source record. */
export function importCapture(bytes: Uint8Array, options: ImportOptions, progress: (step: string) => void = () => {}): ImportResult {
	const decoded = decodeCapture(bytes, { encoding: options.encoding });
	progress(`decoded as ${decoded.encoding}${decoded.guessed ? ' (guessed from the bytes; pass --encoding to override)' : ''}`);
	const format = options.format ?? (/^\s*(<!doctype html|<html|<head|<body)/i.test(decoded.text) ? 'html' : 'text');
	const parsed = format === 'html' ? htmlToBlocks(decoded.text) : { blocks: textToBlocks(decoded.text), chrome: 0, title: undefined };
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

	const slug = options.slug ?? idFromName(new URL(options.url).pathname.split('/').filter(Boolean).pop()?.replace(/\.\w+$/, '') || title);
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const captureFile = `${slug}.capture.${format === 'html' ? 'html' : 'txt'}`;
	const frontMatter = {
		title,
		...(article.standfirst ? { standfirst: article.standfirst } : {}),
		byline,
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

// Measures search the way a reader meets it, in Debian's Chromium against a static server with an
// empty cache. Names: the reader opens /search/?q=<name>, then enters a second name, then types a
// third. Texts: the reader opens /search/?q=<words>&texts=1, then enters other words. Bytes are
// what went over the wire, headers and bodies, as Playwright reports them for the page and its
// workers; times are measured in the page, from the input event to the first result.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Request } from 'playwright-core';
import { serve } from '../serve.ts';

interface Transfer {
	url: string;
	/** Headers and body as served by scripts/serve.ts, which sends files as they are. */
	bytes: number;
	/** The same with HTML, CSS, JS and JSON gzipped, as most static hosts send them. */
	gzipBytes: number;
}

const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt']);

/** The file of the built site that a URL of the local server serves, as scripts/serve.ts maps it. */
function fileOf(url: string, dist: string, origin: string): string | undefined {
	if (!url.startsWith(origin)) return undefined;
	let path = join(dist, decodeURIComponent(new URL(url).pathname));
	if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
	return existsSync(path) ? path : undefined;
}

/**
 * The bytes of one response. Playwright reports header and body sizes, but not the body of a
 * worker's own script; the local server sends files unchanged, so the file's size stands in.
 */
async function transferOf(request: Request, dist: string, origin: string): Promise<Transfer> {
	const sizes = await request.sizes();
	const file = fileOf(request.url(), dist, origin);
	const body = sizes.responseBodySize || (file ? statSync(file).size : 0);
	const gzipBody = file && compressible.has(extname(file)) ? gzipSync(readFileSync(file)).length : body;
	return { url: request.url(), bytes: sizes.responseHeadersSize + body, gzipBytes: sizes.responseHeadersSize + gzipBody };
}

export interface SearchResult {
	/** Everything the first visit downloads: the search page, its CSS and JS, and the name index's files. */
	coldBytes: number;
	/** Of which the page itself, its CSS and scripts (not the index). */
	coldPageBytes: number;
	coldRequests: number;
	/** The same bytes if the host gzipped HTML, CSS, JS and JSON (Pagefind's own files are compressed already). */
	coldGzipBytes: number;
	warmGzipBytes: number;
	/** From navigation start to the first result on screen. */
	coldResultMs: number;
	/** Every request of the first visit, for the report. */
	coldTransfers: { url: string; bytes: number }[];
	/** A second name entered in one go (pasted or picked from autofill). */
	warmBytes: number;
	warmRequests: number;
	/** From the input event of the second name to its first result. */
	firstResultMs: number;
	/** A third name typed a character at a time (100 ms apart): the page searches on every keystroke. */
	typedBytes: number;
	typedRequests: number;
	queries: string[];
	resultsShown: number;
}

/** A result on the search page: a name in #results, a text in #text-results. */
const resultSelector = '#results li';
const textSelector = '#text-results li';

const firstResultObserver = (resultSelector: string) => {
	const state = { first: -1 };
	(window as unknown as { __bench: typeof state }).__bench = state;
	new MutationObserver(() => {
		if (state.first < 0 && document.querySelector(resultSelector)) state.first = performance.now();
	}).observe(document, { childList: true, subtree: true });
};

/** A browser and a static server for one measurement, with the bytes of every request counted. */
async function session<T>(dist: string, options: { executablePath?: string }, selector: string, measure: (tools: Tools) => Promise<T>): Promise<T> {
	const server = await serve(dist);
	const browser = await chromium.launch({
		executablePath: options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
	});
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.addInitScript(firstResultObserver, selector);
		// Pagefind fetches its index from a web worker when it uses one, which the page's own CDP
		// session does not see; Playwright's request events cover the page and its workers.
		const inFlight = new Set<Request>();
		let transfers: Transfer[] = [];
		let lastActivity = Date.now();
		page.on('request', (request) => {
			inFlight.add(request);
			lastActivity = Date.now();
		});
		page.on('requestfailed', (request) => {
			inFlight.delete(request);
			lastActivity = Date.now();
		});
		page.on('requestfinished', async (request) => {
			try {
				transfers.push(await transferOf(request, dist, server.url));
			} finally {
				inFlight.delete(request);
				lastActivity = Date.now();
			}
		});
		const idle = async (quietMs = 700, maxMs = 30_000) => {
			const until = Date.now() + maxMs;
			while (Date.now() < until && (inFlight.size > 0 || Date.now() - lastActivity < quietMs)) await new Promise((r) => setTimeout(r, 50));
		};
		const take = () => {
			const taken = transfers;
			transfers = [];
			return taken;
		};
		const result = await measure({ page, url: server.url, idle, take });
		await context.close();
		return result;
	} finally {
		await browser.close();
		server.close();
	}
}

interface Tools {
	page: Page;
	url: string;
	idle: (quietMs?: number, maxMs?: number) => Promise<void>;
	take: () => Transfer[];
}

const sum = (list: Transfer[], key: 'bytes' | 'gzipBytes' = 'bytes') => list.reduce((s, t) => s + t[key], 0);
const coldMs = (page: Page) => page.evaluate(() => (window as unknown as { __bench: { first: number } }).__bench.first);

/** Name search: a first name in the address, a second entered, a third typed. */
export function measureSearch(dist: string, queries: string[], options: { executablePath?: string } = {}): Promise<SearchResult> {
	return session(dist, options, resultSelector, async ({ page, url, idle, take }) => {
		// 1. First visit, empty cache: the page with a name in its address.
		await page.goto(`${url}search/?q=${encodeURIComponent(queries[0])}`);
		await page.waitForSelector(resultSelector, { timeout: 60_000 });
		await idle();
		const cold = take();
		const coldResultMs = await coldMs(page);
		const resultsShown = await page.locator(resultSelector).count();

		// 2. A second name, entered in one go.
		const firstResultMs = await enterQuery(page, queries[1], '#results', resultSelector);
		await idle();
		const warm = take();

		// 3. A third name, typed.
		await page.fill('#q', '');
		await page.waitForFunction((selector) => !document.querySelector(selector), resultSelector, { timeout: 10_000 });
		await idle(300);
		take();
		await page.locator('#q').pressSequentially(queries[2], { delay: 100 });
		await page.waitForSelector(resultSelector, { timeout: 60_000 });
		await idle();
		const typed = take();

		return {
			coldBytes: sum(cold),
			coldPageBytes: sum(cold.filter((t) => !/\/(search\/names|pagefind)\//.test(t.url))),
			coldRequests: cold.length,
			coldGzipBytes: sum(cold, 'gzipBytes'),
			warmGzipBytes: sum(warm, 'gzipBytes'),
			coldResultMs,
			coldTransfers: cold.map((t) => ({ url: t.url.replace(url, '/'), bytes: t.bytes })),
			warmBytes: sum(warm),
			warmRequests: warm.length,
			firstResultMs,
			typedBytes: sum(typed),
			typedRequests: typed.length,
			queries,
			resultsShown,
		};
	});
}

export interface TextSearchResult {
	/** Everything the first visit downloads: the page, the name index's answer, Pagefind and the first texts. */
	coldBytes: number;
	coldRequests: number;
	coldGzipBytes: number;
	coldResultMs: number;
	coldTransfers: { url: string; bytes: number }[];
	/** Other words, entered in one go. */
	warmBytes: number;
	warmRequests: number;
	firstResultMs: number;
	queries: string[];
	resultsShown: number;
}

/** Text search: words in the address with the texts asked for, then other words entered. */
export function measureTextSearch(dist: string, queries: string[], options: { executablePath?: string } = {}): Promise<TextSearchResult> {
	return session(dist, options, textSelector, async ({ page, url, idle, take }) => {
		await page.goto(`${url}search/?q=${encodeURIComponent(queries[0])}&texts=1`);
		await page.waitForSelector(textSelector, { timeout: 60_000 });
		await idle();
		const cold = take();
		const coldResultMs = await coldMs(page);
		const resultsShown = await page.locator(textSelector).count();
		const firstResultMs = await enterQuery(page, queries[1], '#text-results', textSelector);
		await idle();
		const warm = take();
		return {
			coldBytes: sum(cold),
			coldRequests: cold.length,
			coldGzipBytes: sum(cold, 'gzipBytes'),
			coldResultMs,
			coldTransfers: cold.map((t) => ({ url: t.url.replace(url, '/'), bytes: t.bytes })),
			warmBytes: sum(warm),
			warmRequests: warm.length,
			firstResultMs,
			queries,
			resultsShown,
		};
	});
}

/** Clears the search box, then enters `query` with one input event; resolves with the ms to its first result in `list`. */
function enterQuery(page: Page, query: string, list: string, resultSelector: string): Promise<number> {
	return page.evaluate(async ([q, listSelector, selector]) => {
		const input = document.getElementById('q') as HTMLInputElement;
		const results = document.querySelector(listSelector) as HTMLElement;
		if (!input || !results) throw new Error(`the search page has no #q input or ${listSelector} list`);
		input.value = '';
		input.dispatchEvent(new Event('input', { bubbles: true }));
		// Let the page clear its results (it waits for a pause in typing before it searches).
		await new Promise((r) => setTimeout(r, 400));
		const started = performance.now();
		const shown = new Promise<number>((resolve) => {
			const observer = new MutationObserver(() => {
				if (document.querySelector(selector)) {
					observer.disconnect();
					resolve(performance.now() - started);
				}
			});
			observer.observe(results, { childList: true, subtree: true });
		});
		input.value = q;
		input.dispatchEvent(new Event('input', { bubbles: true }));
		return Promise.race([shown, new Promise<number>((r) => setTimeout(() => r(-1), 60_000))]);
	}, [query, list, resultSelector] as const);
}

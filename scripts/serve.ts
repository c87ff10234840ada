// Serves a built site the way a static host does: `node scripts/serve.ts [dir] [--port N] [--base /sub/]`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { readOptions } from '../src/tools/options.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/** Starts a static file server; resolves with its address once it listens. */
export function serve(dir: string, options: { port?: number; base?: string } = {}) {
	const root = resolve(dir);
	const base = (options.base ?? '/').replace(/\/?$/, '/');
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const path = decodeURIComponent(url.pathname);
		const send = (status: number, file: string) => {
			// Extensionless files (SHA256SUMS) are text, as most hosts serve them.
			res.writeHead(status, { 'Content-Type': types[extname(file)] ?? (extname(file) ? 'application/octet-stream' : 'text/plain; charset=utf-8') });
			createReadStream(file).pipe(res);
		};
		const notFound = () => {
			const page = join(root, '404.html');
			if (existsSync(page)) send(404, page);
			else res.writeHead(404).end('Not found');
		};
		if (!path.startsWith(base)) return notFound();
		const file = normalize(join(root, path.slice(base.length)));
		if (!file.startsWith(root)) return notFound();
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) {
				res.writeHead(301, { Location: `${path}/${url.search}` }).end();
				return;
			}
			const index = join(file, 'index.html');
			return existsSync(index) ? send(200, index) : notFound();
		}
		return existsSync(file) ? send(200, file) : notFound();
	});
	return new Promise<{ url: string; close: () => void }>((done) => {
		server.listen(options.port ?? 0, '127.0.0.1', () => {
			const address = server.address() as { port: number };
			done({ url: `http://127.0.0.1:${address.port}${base}`, close: () => server.close() });
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values, positionals } = readOptions(
		{ allowPositionals: true, options: { port: { type: 'string', default: '4321' }, base: { type: 'string', default: process.env.BASE_PATH ?? '/' } } },
		'Usage: npm run serve [-- <folder> --port <number> --base <path>]',
	);
	const { url } = await serve(positionals[0] ?? 'dist', { port: Number(values.port), base: values.base });
	console.log(`Serving the archive at ${url} (Ctrl+C to stop)`);
}

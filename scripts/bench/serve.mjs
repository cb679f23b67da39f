// A minimal static file server for build/, the way a static host serves it (loopback only).
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

/** Serve `dir` on 127.0.0.1:`port`; returns the server. */
export function serveStatic(dir, port) {
	const server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
		const candidates = [path, `${path}.html`, join(path, 'index.html')].map((p) => join(dir, p));
		const file = candidates.find((p) => p.startsWith(dir) && existsSync(p) && statSync(p).isFile());
		if (!file) {
			res.writeHead(404, { 'content-type': TYPES['.html'] });
			createReadStream(join(dir, '404.html')).pipe(res);
			return;
		}
		// One write of the whole file, as a static host sends it (sendfile): streamed in 64 KB chunks
		// through this process, which also drives the browser, a 3 MB file took twice as long.
		readFile(file).then(
			(body) => {
				res.writeHead(200, {
					'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
					'content-length': body.length
				});
				res.end(body);
			},
			() => res.writeHead(500).end()
		);
	});
	server.listen(port, '127.0.0.1');
	return server;
}

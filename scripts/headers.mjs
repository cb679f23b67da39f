// The response headers a static host must send (a <meta> tag cannot set frame-ancestors), made from
// security.config.js: `_headers` for Netlify and Cloudflare Pages, written into the build, and an
// example nginx server block for the docs. `node scripts/headers.mjs build` writes build/_headers;
// `node scripts/headers.mjs docs` writes docs/nginx.conf. tests/headers.test.ts holds both to the policy.
import { readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { EVERY_RESPONSE, FRAME_ANCESTORS } from '../security.config.js';

const csp = (ancestors) => `frame-ancestors ${ancestors}`;

/**
 * The site's pages outside /embed, as `_headers` path patterns, from a built site's top level: its
 * HTML files and the folders that hold HTML (`/`, `/events/*`, `/timelines`, `/<timeline>/*`).
 */
export function pagePatterns(dir) {
	const holdsHtml = (d) =>
		readdirSync(d).some((f) => f.endsWith('.html') || (statSync(join(d, f)).isDirectory() && holdsHtml(join(d, f))));
	const out = new Set();
	for (const f of readdirSync(dir).sort()) {
		if (f === 'embed' || f === 'embed.html' || f === '_app') continue;
		const full = join(dir, f);
		// A host serves a page at its name and at its file's name (/timelines and /timelines.html).
		if (f === 'index.html') out.add('/').add('/index.html');
		else if (f.endsWith('.html')) out.add(`/${f.slice(0, -5)}`).add(`/${f}`);
		else if (statSync(full).isDirectory() && holdsHtml(full)) out.add(`/${f}/*`);
	}
	return [...out];
}

/** `_headers` (Netlify, Cloudflare Pages): every response, then who may frame which page. */
export function headersFile(pages) {
	const block = (path, headers) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n') + '\n';
	return [
		'# Made by scripts/headers.mjs from security.config.js; the pages carry the rest of the CSP as a <meta> tag.\n',
		block('/*', EVERY_RESPONSE),
		// Listed page by page: both hosts merge every rule a path matches, and two frame-ancestors
		// policies would both apply, so a catch-all "self" would forbid framing /embed too.
		...pages.map((p) => block(p, { 'Content-Security-Policy': csp(FRAME_ANCESTORS.pages) })),
		block('/embed', { 'Content-Security-Policy': csp(FRAME_ANCESTORS.embed) }),
		block('/embed/*', { 'Content-Security-Policy': csp(FRAME_ANCESTORS.embed) })
	].join('\n');
}

/** An example nginx server block serving build/ with the same headers. */
export function nginxConf() {
	const every = Object.entries(EVERY_RESPONSE).map(([k, v]) => `\tadd_header ${k} "${v}" always;`);
	// nginx drops the server's add_header lines in a location that has its own, so each repeats them.
	const location = (match, ancestors) => [
		`\tlocation ${match} {`,
		...every.map((l) => `\t${l}`),
		`\t\tadd_header Content-Security-Policy "${csp(ancestors)}" always;`,
		'\t\ttry_files $uri $uri.html $uri/index.html =404;',
		'\t}'
	];
	return [
		'# Made by scripts/headers.mjs from security.config.js (npm run headers); an example to adapt.',
		'server {',
		'\tlisten 80;',
		'\tserver_name timelines.example.org;',
		'\troot /srv/sourceline/build;',
		'\terror_page 404 /404.html;',
		...every,
		...location('/', FRAME_ANCESTORS.pages),
		...location('/embed', FRAME_ANCESTORS.embed),
		'\tlocation /_app/immutable/ {',
		...every.map((l) => `\t${l}`),
		'\t\tadd_header Cache-Control "public, max-age=31536000, immutable" always;',
		'\t}',
		'}',
		''
	].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const what = process.argv[2];
	if (what === 'build') {
		if (!existsSync('build')) throw new Error('no build/ to write _headers into');
		writeFileSync('build/_headers', headersFile(pagePatterns('build')));
	} else if (what === 'docs') writeFileSync('docs/nginx.conf', nginxConf());
	else throw new Error('usage: node scripts/headers.mjs build|docs');
}

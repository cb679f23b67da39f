import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile, nginxConf, pagePatterns } from '../scripts/headers.mjs';
import { CSP_DIRECTIVES, EVERY_RESPONSE, FRAME_ANCESTORS } from '../security.config.js';

// Run after `npm run build` (as `npm test` does): it reads the built site.
const BUILD = 'build';

/** Every HTML page of the build, as the path a reader asks for (`/events/x`, `/embed`). */
function pages(dir = BUILD, prefix = ''): string[] {
	return readdirSync(dir).flatMap((f) => {
		const full = join(dir, f);
		if (statSync(full).isDirectory()) return f === '_app' ? [] : pages(full, `${prefix}/${f}`);
		if (!f.endsWith('.html') || f === '404.html') return [];
		return [f === 'index.html' ? prefix || '/' : `${prefix}/${f.slice(0, -5)}`];
	});
}

/** The `_headers` rules as [pattern, headers]. */
function rules(text: string): [string, Record<string, string>][] {
	const out: [string, Record<string, string>][] = [];
	for (const line of text.split('\n')) {
		if (line.startsWith('/')) out.push([line, {}]);
		else if (line.startsWith('  ') && out.length) {
			const [k, ...v] = line.trim().split(': ');
			out.at(-1)![1][k!] = v.join(': ');
		}
	}
	return out;
}
const matches = (pattern: string, path: string) =>
	pattern.endsWith('/*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

describe('the headers a static host sends, made from security.config.js', () => {
	const built = readFileSync(join(BUILD, '_headers'), 'utf8');

	it('build/_headers is what the policy gives for this build, and docs/nginx.conf is up to date', () => {
		expect(built).toBe(headersFile(pagePatterns(BUILD)));
		expect(readFileSync('docs/nginx.conf', 'utf8')).toBe(nginxConf());
	});

	it('every page gets exactly one frame-ancestors: its own site, or anyone for /embed', () => {
		const r = rules(built);
		const all = pages();
		expect(all.length).toBeGreaterThan(10);
		for (const path of all) {
			const csp = r.filter(([p, h]) => matches(p, path) && h['Content-Security-Policy']);
			expect(
				csp.map(([, h]) => h['Content-Security-Policy']),
				path
			).toEqual([`frame-ancestors ${path.startsWith('/embed') ? FRAME_ANCESTORS.embed : FRAME_ANCESTORS.pages}`]);
			const every = r.filter(([p]) => matches(p, path)).map(([, h]) => h);
			for (const [k, v] of Object.entries(EVERY_RESPONSE))
				expect(
					every.some((h) => h[k] === v),
					`${path} ${k}`
				).toBe(true);
		}
	});

	it('the pages’ <meta> policy is the same file’s directives', () => {
		const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(
			readFileSync(join(BUILD, 'index.html'), 'utf8')
		)![1]!;
		for (const [name, values] of Object.entries(CSP_DIRECTIVES)) {
			// Keywords are quoted in a policy; schemes (data:) and Trusted Types policy names are not.
			const words = values.map((v) => (v.endsWith(':') || name === 'trusted-types' ? v : `'${v}'`));
			expect(meta, name).toContain(`${name} ${words.join(' ')}`);
		}
	});

	it('the README names the same headers', () => {
		const readme = readFileSync('README.md', 'utf8');
		for (const [k, v] of Object.entries(EVERY_RESPONSE)) expect(readme).toContain(`${k}: ${v}`);
		expect(readme).toContain(`frame-ancestors ${FRAME_ANCESTORS.pages}`);
		expect(readme).toContain(`frame-ancestors ${FRAME_ANCESTORS.embed}`);
	});
});

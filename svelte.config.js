import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './security.config.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Type-check (and type-aware lint) the end-to-end tests, scripts and tool configs too.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../e2e/**/*.ts', '../scripts/**/*.ts', '../playwright.config.ts', '../eslint.config.js');
			}
		},
		// Static files only: every page is prerendered; unknown paths fall back to 404.html.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		// The routes of timelines other than the home one ([timeline]/…) have no pages on a site of
		// one timeline: their entries are empty, which is not an error.
		prerender: { handleUnseenRoutes: 'ignore' },
		// Chunks, so that a page loads only the code it uses and the rest (export, import, a broken
		// file's error wording) when it is needed.
		output: { bundleStrategy: 'split' },
		// A strict Content-Security-Policy, written into every prerendered page as a <meta> tag with
		// hashes of SvelteKit's own inline bootstrap script. The headers a host must add (a meta tag
		// cannot set frame-ancestors) come from the same file: build/_headers, docs/nginx.conf.
		csp: {
			mode: 'hash',
			directives: CSP_DIRECTIVES
		}
	}
};

export default config;

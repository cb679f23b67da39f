import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

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
		// hashes of SvelteKit's own inline bootstrap script. Response headers a host should add as
		// well (frame-ancestors cannot be set from a meta tag) are listed in the README.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes a few computed style attributes (tooltip position, badge colour).
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none'],
				'require-trusted-types-for': ['script'],
				'trusted-types': ['svelte-trusted-html', 'sveltekit-trusted-url', 'sourceline-worker']
			}
		}
	}
};

export default config;

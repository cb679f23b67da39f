import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The app ships as one JS file: on an HTTP/1.1 host (and the benchmark's server) ten module requests
// queue behind six connections, and one file starts the app about 0.2 s sooner (medians of 8 loads
// at 10,000 events). SOURCELINE_SPLIT_BUILD=<dir> builds the usual chunks into <dir> instead; the
// benchmark weighs the app's own JavaScript there, apart from the built-in story's data.
const splitDir = process.env.SOURCELINE_SPLIT_BUILD;

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
		adapter: adapter({ pages: splitDir ?? 'build', assets: splitDir ?? 'build', fallback: '404.html', strict: true }),
		// The routes of timelines other than the home one ([timeline]/…) have no pages on a site of
		// one timeline: their entries are empty, which is not an error.
		prerender: { handleUnseenRoutes: 'ignore' },
		output: { bundleStrategy: splitDir ? 'split' : 'single' },
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

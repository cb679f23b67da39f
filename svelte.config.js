import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Static files only: every page is prerendered; unknown paths fall back to 404.html.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true })
	}
};

export default config;

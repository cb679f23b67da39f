import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import story from './src/lib/data/story/first-story.json';
import { loadTimelineData } from './src/lib/data/load';

/** The built-in story goes through the same loader at build time: a bad file stops the build with its errors. */
function validateStory(): Plugin {
	return {
		name: 'sourceline:validate-story',
		buildStart() {
			const r = loadTimelineData(story, 'src/lib/data/story/first-story.json');
			if (!r.ok) this.error(`the built-in story is invalid:\n${r.errors.map((e) => `  ${e.file} · ${e.path}: ${e.message}`).join('\n')}`);
		}
	};
}

export default defineConfig({
	plugins: [validateStory(), sveltekit()],
	worker: { format: 'es' },
	// One configuration value for absolute URLs in tags and shared links (see src/lib/share/site.ts).
	define: { __SITE_URL__: JSON.stringify(process.env.PUBLIC_SITE_URL ?? 'http://localhost:4173') },
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		environment: 'node',
		// Dates are UTC-safe everywhere; pin a zone with DST so a local-time slip would show.
		env: { TZ: 'Europe/Berlin' }
	}
});

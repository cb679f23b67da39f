import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

const withoutTransitions = fileURLToPath(new URL('./src/lib/vendor/zoom-without-transitions.ts', import.meta.url));
export default defineConfig({
	plugins: [sveltekit()],
	// d3-zoom without its animated zooms (see the module for why).
	resolve: { alias: { 'd3-transition': withoutTransitions, 'd3-interpolate': withoutTransitions } },
	worker: { format: 'es' },
	// Rolldown reports its plugins' timings when a build takes long (on a busy two-core machine, any
	// build): a note about the machine, not the code, so kept out of the build's output.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	// One configuration value for absolute URLs in tags and shared links (see src/lib/share/site.ts).
	define: { __SITE_URL__: JSON.stringify(process.env.PUBLIC_SITE_URL ?? 'http://localhost:4173') },
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		setupFiles: ['tests/setup-words.ts'],
		environment: 'node',
		// Dates are UTC-safe everywhere; pin a zone with DST so a local-time slip would show.
		env: { TZ: 'Europe/Berlin' }
	}
});

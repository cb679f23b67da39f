import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		environment: 'node',
		// Dates are UTC-safe everywhere; pin a zone with DST so a local-time slip would show.
		env: { TZ: 'Europe/Berlin' }
	}
});

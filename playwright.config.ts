import { defineConfig, devices } from '@playwright/test';
import { findChromium, isPlaywrightOwn, CHROMIUM_ARGS } from './e2e/chromium.mjs';

const exe: string | null = findChromium();
// E2E_PORT lets two checkouts run their suites side by side without sharing a server.
const port = Number(process.env.E2E_PORT ?? 4173);
const launchOptions = {
	args: CHROMIUM_ARGS,
	...(exe && !isPlaywrightOwn(exe) ? { executablePath: exe } : {})
};

/** End-to-end tests run against the built static site, served by `vite preview`. */
export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		timezoneId: 'Europe/Berlin',
		locale: 'en-GB',
		launchOptions,
		trace: 'off'
	},
	projects: [
		{
			name: 'desktop',
			testIgnore: '**/*.phone.spec.ts',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions }
		},
		{
			name: 'phone',
			testMatch: '**/*.phone.spec.ts',
			use: {
				viewport: { width: 375, height: 812 },
				isMobile: true,
				hasTouch: true,
				deviceScaleFactor: 2,
				launchOptions
			}
		}
	],
	webServer: {
		command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});

import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test runs under these guards: any Content-Security-Policy violation, uncaught error or
 * console error in the page fails the test, whatever the test itself checks. Console errors count
 * because SvelteKit and Svelte's error boundaries catch errors during start-up and rendering and
 * report them there, where no `pageerror` is raised. A test that provokes an error on purpose names
 * it in `allowedErrors`.
 */
export const test = base.extend<{ guard: void; allowedErrors: RegExp[] }>({
	allowedErrors: [[], { option: true }],
	guard: [
		async ({ page, allowedErrors }, use) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			page.on('console', (m) => {
				// A refused or missing resource is the test's business (a 404 page, a blocked fetch), not a crash.
				if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
			});
			await page.addInitScript(() => {
				const w = window as unknown as { __csp: string[] };
				w.__csp = [];
				document.addEventListener('securitypolicyviolation', (e) =>
					w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`)
				);
			});
			await use();
			const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
			expect(csp, 'Content-Security-Policy violations').toEqual([]);
			const unexpected = errors.filter((e) => !allowedErrors.some((re) => re.test(e)));
			expect(unexpected, 'uncaught errors in the page').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

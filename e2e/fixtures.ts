import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test runs under these guards: any Content-Security-Policy violation or uncaught error in
 * the page fails the test, whatever the test itself checks.
 */
export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
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
			expect(errors, 'uncaught errors in the page').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

import { test, expect } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { openApp } from './helpers';

// Automated accessibility checks (axe-core, WCAG 2.1 A/AA rules) on the main views.
const views: [string, string, ((page: import('@playwright/test').Page) => Promise<void>) | null][] = [
	['the timeline and list', '/', null],
	['an event with the panel open', '/events/pistorius-no-comparable-deterrent', null],
	['the sources view', '/', async (page) => page.getByRole('tab', { name: 'Sources' }).click()],
	['the not-found page', '/events/nope', null]
];

/** Axe's WCAG 2.1 A/AA findings on the page as it is, as `rule: count × first target`. */
async function violations(page: import('@playwright/test').Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	// The rules ran (a page axe could not read would pass vacuously).
	expect(result.passes.length).toBeGreaterThan(10);
	return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
}

// Every view in both schemes: the system's dark (prefers-color-scheme) and the light default.
for (const scheme of ['light', 'dark'] as const)
	for (const [name, path, act] of views) {
		test(`axe finds no violations on ${name} (${scheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			if (path === '/events/nope') await page.goto(path);
			else await openApp(page, path);
			if (act) await act(page);
			expect(await violations(page)).toEqual([]);
		});
	}

test('axe finds no violations after the reader switches to dark by hand (on a light system), panel open', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await openApp(page, '/events/pistorius-no-comparable-deterrent');
	await page.getByLabel('Theme').selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await violations(page)).toEqual([]);
	await page.getByRole('tab', { name: 'Sources' }).click();
	expect(await violations(page)).toEqual([]);
});

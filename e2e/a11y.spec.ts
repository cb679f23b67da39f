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

for (const [name, path, act] of views) {
	test(`axe finds no violations on ${name}`, async ({ page }) => {
		if (path === '/events/nope') await page.goto(path);
		else await openApp(page, path);
		if (act) await act(page);
		const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		// The rules ran (a page axe could not read would pass vacuously).
		expect(result.passes.length).toBeGreaterThan(10);
		expect(result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
	});
}

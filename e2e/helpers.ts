import { expect, type Page } from '@playwright/test';

/** The visible window as the timeline region reports it (UTC ms). */
export async function windowOf(page: Page): Promise<{ from: number; to: number; unit: string }> {
	const region = page.getByRole('region', { name: 'Timeline' });
	const [from, to, unit] = await Promise.all([
		region.getAttribute('data-from'),
		region.getAttribute('data-to'),
		region.getAttribute('data-unit')
	]);
	return { from: Date.parse(from!), to: Date.parse(to!), unit: unit! };
}

/** Box of the timeline's SVG. */
export async function svgBox(page: Page) {
	const box = await page.getByRole('region', { name: 'Timeline' }).locator('svg').boundingBox();
	expect(box).not.toBeNull();
	return box!;
}

/** Open the app and wait until the timeline is drawn and hydrated. */
export async function openApp(page: Page, path = '/') {
	await page.goto(path);
	await expect(page.getByRole('region', { name: 'Timeline' })).toHaveAttribute('aria-busy', 'false');
	await expect(page.locator('body[data-hydrated]')).toHaveCount(1);
}

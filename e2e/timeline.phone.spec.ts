import { test, expect } from './fixtures';
import { openApp, svgBox, windowOf } from './helpers';

test('on a 375-px phone the panel is a bottom sheet', async ({ page }) => {
	await openApp(page);
	await page
		.getByRole('region', { name: 'Timeline' })
		.getByRole('button', { name: /^Trump sworn in/ })
		.tap();
	const panel = page.getByRole('region', { name: 'Trump sworn in for his second term' });
	await expect(panel).toBeVisible();
	// The sheet is the panel's scrolling container, pinned to the bottom of the screen.
	const box = (await panel.locator('xpath=..').boundingBox())!;
	const vp = page.viewportSize()!;
	expect(box.width).toBeGreaterThan(vp.width - 4);
	expect(Math.round(box.y + box.height)).toBeGreaterThanOrEqual(vp.height - 2);
	expect(box.height).toBeLessThanOrEqual(vp.height * 0.63);
});

test('pinch on a touch screen zooms, and a one-finger drag pans', async ({ page }) => {
	await openApp(page);
	const box = await svgBox(page);
	const before = await windowOf(page);
	const cdp = await page.context().newCDPSession(page);
	const y = box.y + box.height - 50;
	const cx = box.x + box.width / 2;
	const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number; id: number }[]) =>
		cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
	await touch('touchStart', [
		{ x: cx - 30, y, id: 1 },
		{ x: cx + 30, y, id: 2 }
	]);
	for (let i = 1; i <= 10; i++) {
		await touch('touchMove', [
			{ x: cx - 30 - i * 8, y, id: 1 },
			{ x: cx + 30 + i * 8, y, id: 2 }
		]);
	}
	await touch('touchEnd', []);
	const zoomed = await windowOf(page);
	expect(zoomed.to - zoomed.from).toBeLessThan((before.to - before.from) / 2);

	await touch('touchStart', [{ x: cx + 60, y, id: 3 }]);
	for (let i = 1; i <= 5; i++) await touch('touchMove', [{ x: cx + 60 - i * 20, y, id: 3 }]);
	await touch('touchEnd', []);
	const panned = await windowOf(page);
	expect(panned.from).toBeGreaterThan(zoomed.from);
	expect(panned.to - panned.from).toBeCloseTo(zoomed.to - zoomed.from, -3);
});

test('a cluster shows a count and zooms to its events when tapped', async ({ page }) => {
	await openApp(page);
	const cluster = page
		.getByRole('region', { name: 'Timeline' })
		.getByRole('button', { name: /more events, .* onwards; zoom in$/ })
		.first();
	await expect(cluster).toBeVisible();
	await expect(cluster.locator('text')).toHaveText(/^\+\d+$/);
	const before = await windowOf(page);
	await cluster.tap();
	const after = await windowOf(page);
	expect(after.to - after.from).toBeLessThan((before.to - before.from) / 2);
});

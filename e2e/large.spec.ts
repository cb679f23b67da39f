import { test, expect } from './fixtures';
import { generate } from '../scripts/bench/generate.mjs';
import { openApp, windowOf } from './helpers';

// A timeline larger than the level-of-detail threshold, through `?data=` (as the benchmark loads it).
const N = 3000;

test('a large timeline loads through ?data=, draws clusters, and its list renders only the rows in sight', async ({ page }) => {
	const body = JSON.stringify(generate(N));
	let requests = 0;
	await page.route((url) => url.pathname === '/__large/timeline.json', (route) => {
		requests++;
		return route.fulfill({ contentType: 'application/json', body });
	});
	// Who started the request: static/early-data.js, before the app's code loaded.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	const initiators: string[] = [];
	cdp.on('Network.requestWillBeSent', (e) => {
		if (new URL(e.request.url).pathname === '/__large/timeline.json') initiators.push(e.initiator.stack?.callFrames[0]?.url ?? e.initiator.url ?? e.initiator.type);
	});
	await openApp(page, '/?data=/__large/timeline.json');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Benchmark timeline, ${N.toLocaleString('en')} events`);
	// Fetched once, by the early script; the app took that response instead of asking again.
	expect(requests).toBe(1);
	expect(initiators).toHaveLength(1);
	expect(initiators[0]).toMatch(/\/early-data\.js$/);
	const tl = page.getByRole('region', { name: 'Timeline' });
	await expect(tl).toHaveAttribute('aria-busy', 'false');
	// Dense decade: counted clusters, far fewer marks than events.
	await expect(tl.getByRole('button', { name: /more events, .* zoom in$/ }).first()).toBeVisible();
	expect(await tl.locator('g.event, g.cluster').count()).toBeLessThan(400);

	const list = page.getByRole('region', { name: /^Events/ });
	await expect(list.getByRole('heading', { level: 2 })).toContainText(`of ${N})`);
	const rows = list.getByRole('listitem');
	expect(await rows.count()).toBeLessThan(60);
	const firstBefore = await rows.first().getAttribute('data-id');
	const scrolled = await list.locator('.box').evaluate((box) => {
		box.scrollTop = 64 * 500;
		return box.scrollTop;
	});
	expect(scrolled).toBe(64 * 500);
	await expect.poll(async () => rows.first().getAttribute('data-id')).not.toBe(firstBefore);
	expect(await rows.count()).toBeLessThan(60);

	// Zooming into one cluster splits it.
	const before = await windowOf(page);
	await tl.getByRole('button', { name: /more events, .* zoom in$/ }).first().click();
	expect((await windowOf(page)).to - (await windowOf(page)).from).toBeLessThan(before.to - before.from);
});

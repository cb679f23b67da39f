import { test, expect } from './fixtures';
import { generate } from '../scripts/bench/generate.mjs';
import { windowOf } from './helpers';

// A timeline larger than the level-of-detail threshold, through `?data=` (as the benchmark loads it).
const N = 3000;

test('a large timeline loads through ?data=, draws clusters, and its list renders only the rows in sight', async ({
	page
}) => {
	const body = JSON.stringify(generate(N));
	let requests = 0;
	await page.route(
		(url) => url.pathname === '/__large/timeline.json',
		async (route) => {
			requests++;
			// Answered once the app is up with the built-in story on screen, as a large file over a network
			// arrives: the timeline and the list then switch from the story to the new data.
			await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
			return route.fulfill({ contentType: 'application/json', body });
		}
	);
	// Who started the request: static/early-data.js, before the app's code loaded.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	const initiators: string[] = [];
	cdp.on('Network.requestWillBeSent', (e) => {
		if (new URL(e.request.url).pathname === '/__large/timeline.json')
			initiators.push(e.initiator.stack?.callFrames[0]?.url ?? e.initiator.url ?? e.initiator.type);
	});
	await page.goto('/?data=/__large/timeline.json');
	// The list, in the very frame the timeline says it is ready, counts the new data in the new window
	// (it once showed the built-in story's window for a moment: "291 of 3,000").
	const atReady = await page.waitForFunction(
		() => {
			const ready = document.querySelector('[aria-label="Timeline"]')?.getAttribute('aria-busy') === 'false';
			return ready && document.querySelector('h1')?.textContent?.startsWith('Benchmark')
				? document.querySelector('#list-title')?.textContent
				: false;
		},
		null,
		{ polling: 'raf', timeout: 30_000 }
	);
	expect(await atReady.jsonValue()).toBe(`Events (${N.toLocaleString('en')} of ${N.toLocaleString('en')})`);
	await expect(page.locator('body[data-hydrated]')).toHaveCount(1);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Benchmark timeline, ${N.toLocaleString('en')} events`
	);
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
	await expect(list.getByRole('heading', { level: 2 })).toContainText(`of ${N.toLocaleString('en')})`);
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
	await tl
		.getByRole('button', { name: /more events, .* zoom in$/ })
		.first()
		.click();
	expect((await windowOf(page)).to - (await windowOf(page)).from).toBeLessThan(before.to - before.from);
});

test('a file over 8 MB is checked in a worker: a valid one loads; one with a bad date is refused, naming the event, and the story stays', async ({
	page
}) => {
	const big = generate(26_000);
	const ok = JSON.stringify(big);
	expect(ok.length).toBeGreaterThan(8 * 1024 * 1024);
	(big.events[12_345] as { date: unknown }).date = '2025-02-30';
	const bad = JSON.stringify(big);
	await page.route(
		(url) => url.pathname.startsWith('/__big/'),
		(route) =>
			route.fulfill({ contentType: 'application/json', body: route.request().url().endsWith('/bad.json') ? bad : ok })
	);
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	// 9 MB through Playwright's request interception takes seconds on a busy 2-core machine.
	test.setTimeout(120_000);
	const open = async (path: string) => {
		await page.goto(path);
		await expect(page.getByRole('region', { name: 'Timeline' })).toHaveAttribute('aria-busy', 'false', {
			timeout: 45_000
		});
	};

	await open('/?data=/__big/ok.json');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Benchmark timeline, 26,000 events');
	expect(workers.some((u) => u.includes('load.worker'))).toBe(true);

	workers.length = 0;
	await open('/?data=/__big/bad.json');
	await expect(page.getByRole('alert')).toContainText(
		'bad.json · events[12345].date: 2025-02-30 does not exist: February 2025 has 28 days'
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The US nuclear umbrella over Europe, 2025');
	expect(workers.some((u) => u.includes('load.worker'))).toBe(true);
});

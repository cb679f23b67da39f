import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { generate } from '../scripts/bench/generate.mjs';
import { windowOf } from './helpers';
import AxeBuilder from '@axe-core/playwright';

// Over 5,000 events the timeline is drawn on a canvas (one bitmap a frame instead of a moved SVG
// group per mark). What a reader can do with it must not change: these tests click, hover and tab
// through it as they would the SVG.
const N = 6000;
const RGB = {
	cluster: [0x3d, 0x47, 0x52],
	highlight: [0xff, 0xf4, 0xc2],
	focus: [0x0a, 0x58, 0xca],
	primary: [0x1f, 0x4e, 0x99],
	corroborated: [0x0b, 0x6e, 0x4f]
};

async function open(page: Page) {
	const body = JSON.stringify(generate(N));
	await page.route(
		(url) => url.pathname === '/__canvas/timeline.json',
		(route) => route.fulfill({ contentType: 'application/json', body })
	);
	await page.goto('/?data=/__canvas/timeline.json');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Benchmark timeline, ${N.toLocaleString('en')} events`
	);
	await expect(page.getByRole('region', { name: 'Timeline' })).toHaveAttribute('aria-busy', 'false');
}

/** x positions (CSS px, left to right) in row `y` of the canvas where it shows `rgb` exactly. */
async function xsOf(page: Page, y: number, rgb: number[]): Promise<number[]> {
	return page.locator('[aria-label="Timeline"] canvas').evaluate(
		(c: HTMLCanvasElement, [y, rgb]) => {
			const dpr = c.width / c.clientWidth;
			const row = c.getContext('2d')!.getImageData(0, Math.round(y * dpr), c.width, 1).data;
			const xs: number[] = [];
			for (let x = 0; x < c.width; x++)
				if (row[x * 4] === rgb[0] && row[x * 4 + 1] === rgb[1] && row[x * 4 + 2] === rgb[2]) xs.push(x / dpr);
			return xs;
		},
		[y, rgb] as [number, number[]]
	);
}

/** A point inside a point mark of a strong level, on the centre line of the first lane that has one. */
async function eventMark(page: Page): Promise<{ x: number; y: number }> {
	for (let lane = 0; lane < 10; lane++) {
		const y = 64 + 28 * lane;
		const xs = [...(await xsOf(page, y, RGB.primary)), ...(await xsOf(page, y, RGB.corroborated))].sort(
			(a, b) => a - b
		);
		// The middle of the first run of such pixels: where a person aims.
		if (!xs.length) continue;
		let end = 0;
		while (end + 1 < xs.length && xs[end + 1]! - xs[end]! <= 2) end++;
		return { x: xs[Math.floor(end / 2)]!, y };
	}
	throw new Error('no point mark of a strong level in sight');
}

test('a large timeline is drawn on a canvas: clusters zoom in when clicked, marks show a tooltip on hover and open when clicked', async ({
	page
}) => {
	// At 900 px the panel opens as a sheet, so the drawing keeps its width while the clicked mark is
	// checked (beside the timeline, a narrower drawing can fold a mark of a dense canvas into a cluster).
	await page.setViewportSize({ width: 900, height: 800 });
	await open(page);
	const tl = page.getByRole('region', { name: 'Timeline' });
	const canvas = tl.locator('canvas');
	await expect(canvas).toHaveCount(1);
	await expect(tl.locator('svg')).toHaveCount(0);
	const box = (await canvas.boundingBox())!;

	// The fit-all decade is a row of counted clusters (dark pills along the bottom).
	const clusterRow = box.height - 16;
	const pills = await xsOf(page, clusterRow, RGB.cluster);
	expect(pills.length).toBeGreaterThan(20);
	const before = await windowOf(page);
	await page.mouse.click(box.x + pills[0]! + 2, box.y + clusterRow);
	const after = await windowOf(page);
	expect(after.to - after.from).toBeLessThan((before.to - before.from) / 2);
	// Back to the decade, then into its middle, where lanes hold day events (points).
	await page.getByRole('button', { name: 'Fit all' }).click();
	for (let i = 0; i < 4; i++) await page.keyboard.press('+');

	// Hovering a mark names it; clicking it opens it in the panel, highlighted on the canvas.
	const { x, y } = await eventMark(page);
	await page.mouse.move(box.x + x, box.y + y);
	const tip = page.getByRole('tooltip');
	await expect(tip).toBeVisible();
	const title = (await tip.locator('strong').textContent())!;
	expect(title.length).toBeGreaterThan(10);
	await page.mouse.click(box.x + x, box.y + y);
	await expect(page.getByRole('region', { name: title })).toBeVisible();
	await expect(page).toHaveURL(/[?&]event=ev-\d+/);
	const marks = tl.getByRole('group', { name: 'Marks on the timeline' });
	await expect(marks.getByRole('button', { pressed: true })).toHaveAccessibleName(new RegExp(`^${title},`));
	expect((await xsOf(page, y - 10, RGB.highlight)).length).toBeGreaterThan(20);
});

test('on the canvas, Tab reaches every mark in sight: a focus ring is drawn, the tooltip shows, Enter opens it', async ({
	page
}) => {
	await open(page);
	const tl = page.getByRole('region', { name: 'Timeline' });
	for (let i = 0; i < 5; i++) await page.keyboard.press('+');
	const marks = tl.getByRole('group', { name: 'Marks on the timeline' }).getByRole('button');
	// Only what is in sight is in the DOM.
	const count = await marks.count();
	expect(count).toBeGreaterThan(5);
	expect(count).toBeLessThan(400);

	// The last control above the timeline (find and filter sit between the toolbar and the drawing).
	await page.getByRole('combobox', { name: 'Lanes' }).focus();
	await page.keyboard.press('Tab');
	const first = marks.first();
	await expect(first).toBeFocused();
	const name = (await first.textContent())!;
	const title = name.slice(0, name.indexOf(', '));
	await expect(page.getByRole('tooltip')).toContainText(title);
	// The ring's top edge runs 14 px above its lane's centre line (lane centres: 64 px down, then every 28).
	let ring = 0;
	for (let lane = 0; lane < 10; lane++) ring += (await xsOf(page, 64 + 28 * lane - 14, RGB.focus)).length;
	expect(ring).toBeGreaterThan(20);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('region', { name: title })).toBeVisible();
	await expect(first).toHaveAttribute('aria-pressed', 'true');

	// The last marks are clusters, named by what activating them does.
	const cluster = marks.filter({ hasText: /more events, .* onwards; zoom in$/ }).first();
	const before = await windowOf(page);
	await cluster.focus();
	await page.keyboard.press('Enter');
	expect((await windowOf(page)).to - (await windowOf(page)).from).toBeLessThan(before.to - before.from);
});

test('a zoom begun the moment a large timeline is ready leaves the list alone until it stops; then the list follows', async ({
	page
}) => {
	const body = JSON.stringify(generate(N));
	await page.route(
		(url) => url.pathname === '/__canvas/timeline.json',
		(route) => route.fulfill({ contentType: 'application/json', body })
	);
	await page.goto('/?data=/__canvas/timeline.json');
	// In the page, so no round trip lies between "ready" and the first wheel step. For each step: how
	// long after it the list was read, and whether its heading had changed since the last read.
	const steps = await page.evaluate(async () => {
		const raf = () => new Promise((r) => requestAnimationFrame(r));
		const region = () => document.querySelector('[aria-label="Timeline"]');
		while (!(
			region()?.getAttribute('aria-busy') === 'false' && document.querySelector('h1')?.textContent?.includes('6,000')
		))
			await raf();
		const canvas = region()!.querySelector('canvas')!;
		const r = canvas.getBoundingClientRect();
		const heading = () => document.querySelector('#list-title')!.textContent!;
		let last = heading();
		const out: { changed: boolean; afterMs: number }[] = [];
		for (let i = 0; i < 40; i++) {
			const t = performance.now();
			canvas.dispatchEvent(
				new WheelEvent('wheel', {
					deltaY: -100,
					clientX: r.left + r.width / 2,
					clientY: r.top + r.height / 2,
					bubbles: true,
					cancelable: true
				})
			);
			await raf();
			out.push({ changed: heading() !== last, afterMs: performance.now() - t });
			last = heading();
		}
		return { count: out.length, changes: out.filter((s) => s.changed) };
	});
	expect(steps.count).toBe(40);
	// The list moved only where the zoom paused long enough for it to settle (120 ms; a busy machine
	// can stall a frame that long), never in the frame of a step: it did not rebuild itself on the
	// zoom's frames (at 40 steps in, the window holds under 100 events, where the list once switched to
	// full rows in the middle of the zoom).
	for (const c of steps.changes) expect(c.afterMs).toBeGreaterThan(100);
	await expect(page.locator('#list-title')).not.toHaveText('Events (6,000 of 6,000)');
});

test('axe finds no violations on a large timeline drawn on the canvas, with a mark focused', async ({ page }) => {
	await open(page);
	for (let i = 0; i < 5; i++) await page.keyboard.press('+');
	await page.getByRole('group', { name: 'Marks on the timeline' }).getByRole('button').first().focus();
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(result.passes.length).toBeGreaterThan(10);
	expect(result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { brightnessIn, darkRuns, openApp, svgBox, windowOf } from './helpers';

const UNITS = ['minute', 'hour', 'day', 'month', 'year'];
const finer = (a: string, b: string) => UNITS.indexOf(a) < UNITS.indexOf(b);
const mark = (page: Page, title: RegExp) =>
	page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: title });

test('wheel-zoom at a point: finer ticks, and the time under the pointer stays put', async ({ page }) => {
	await openApp(page);
	const box = await svgBox(page);
	const before = await windowOf(page);
	const px = box.width * 0.3;
	const tAt = (w: { from: number; to: number }) => w.from + ((w.to - w.from) * px) / box.width;
	await page.mouse.move(box.x + px, box.y + box.height / 2);
	for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -200);
	await expect.poll(async () => (await windowOf(page)).unit).not.toBe(before.unit);
	const after = await windowOf(page);
	expect(after.to - after.from).toBeLessThan((before.to - before.from) / 4);
	expect(finer(after.unit, before.unit)).toBe(true);
	expect(Math.abs(tAt(after) - tAt(before))).toBeLessThan((after.to - after.from) * 0.01);
});

test('drag pans the timeline', async ({ page }) => {
	await openApp(page);
	const box = await svgBox(page);
	const before = await windowOf(page);
	await page.mouse.move(box.x + 600, box.y + box.height - 60);
	await page.mouse.down();
	await page.mouse.move(box.x + 400, box.y + box.height - 60, { steps: 5 });
	await page.mouse.up();
	const after = await windowOf(page);
	const shift = ((after.from - before.from) / (before.to - before.from)) * box.width;
	expect(shift).toBeGreaterThan(190);
	expect(shift).toBeLessThan(210);
	expect(after.to - after.from).toBeCloseTo(before.to - before.from, -3);
});

test('keys + and - zoom, arrows pan, Fit all returns; buttons do the same', async ({ page }) => {
	await openApp(page);
	const start = await windowOf(page);
	const span = (w: { from: number; to: number }) => w.to - w.from;
	await page.keyboard.press('+');
	expect(span(await windowOf(page))).toBeCloseTo(span(start) / 2, -4);
	await page.keyboard.press('ArrowRight');
	const panned = await windowOf(page);
	expect(panned.from).toBeGreaterThan(start.from);
	await page.keyboard.press('-');
	await page.keyboard.press('-');
	expect(span(await windowOf(page))).toBeCloseTo(span(start) * 2, -4);
	await page.getByRole('button', { name: 'Fit all' }).click();
	expect(await windowOf(page)).toEqual(start);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	expect(span(await windowOf(page))).toBeCloseTo(span(start) / 2, -4);
	await page.getByRole('button', { name: 'Zoom out' }).click();
	expect(span(await windowOf(page))).toBeCloseTo(span(start), -4);
	await page.getByRole('button', { name: 'Pan later' }).click();
	expect((await windowOf(page)).from).toBeGreaterThan(start.from);
});

test('zoom limits: cannot zoom in past minutes or out to nothing', async ({ page }) => {
	await openApp(page);
	for (let i = 0; i < 30; i++) await page.keyboard.press('+');
	const inner = await windowOf(page);
	expect(inner.to - inner.from).toBeGreaterThanOrEqual(10 * 60_000 - 1);
	expect(inner.unit).toBe('minute');
	for (let i = 0; i < 40; i++) await page.keyboard.press('-');
	const outer = await windowOf(page);
	expect(outer.to - outer.from).toBeLessThan(20 * 365 * 86_400_000);
	await expect(mark(page, /^Trump sworn in/)).toBeVisible();
});

test('click Rutte\u2019s interview: the panel shows the quote, speaker and a TASS link to the quote', async ({
	page
}) => {
	await openApp(page);
	await mark(page, /^Rutte: the US nuclear umbrella is “our absolute guarantee”/).click();
	const panel = page.getByRole('region', { name: 'Rutte: the US nuclear umbrella is “our absolute guarantee”' });
	await expect(panel).toBeVisible();
	await expect(panel).toContainText('between 11 and 23 December 2025');
	const quote =
		'When it comes to nuclear deterrence, the US nuclear umbrella is our absolute guarantee, and that will not change.';
	const block = panel.locator('figure', { has: page.locator('blockquote', { hasText: quote }) });
	await expect(block).toContainText('— Mark Rutte');
	const link = block.getByRole('link', { name: 'TASS (English service)' });
	const href = (await link.getAttribute('href'))!;
	expect(href.startsWith('https://tass.com/world/2063657#:~:text=')).toBe(true);
	expect(decodeURIComponent(href.split('#:~:text=')[1]!)).toBe(quote);
	await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	await expect(link).toHaveAttribute('target', '_blank');
	// The list follows the selection.
	await expect(page.getByRole('region', { name: /^Events/ }).locator('li.selected')).toContainText('Rutte');
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
});

test('Tab to an event and press Enter opens it; Right arrow moves to the next event', async ({ page }) => {
	await openApp(page);
	const first = mark(page, /^Trump sworn in for his second term/);
	await first.focus();
	await expect(page.getByRole('tooltip')).toContainText('Trump sworn in for his second term');
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^Merz wants the debate/);
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('region', { name: 'Trump sworn in for his second term' })).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(
		page.getByRole('region', {
			name: 'Merz wants the debate on French nuclear protection held “ohne Tabus” (without taboos)'
		})
	).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('region', { name: 'Trump sworn in for his second term' })).toBeVisible();
});

test('selecting in the list selects on the timeline', async ({ page }) => {
	await openApp(page);
	await page
		.getByRole('region', { name: /^Events/ })
		.getByRole('link', { name: 'Trump orders nuclear weapons testing to begin' })
		.click();
	await expect(mark(page, /^Trump orders nuclear weapons testing/)).toHaveAttribute('aria-pressed', 'true');
});

test('the list shows what the window shows, or everything', async ({ page }) => {
	await openApp(page);
	const items = page.getByRole('region', { name: /^Events/ }).getByRole('listitem');
	await expect(items).toHaveCount(13);
	for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(() => items.count()).toBeLessThan(13);
	await page.getByLabel('Show all, not only those in view').check();
	await expect(items).toHaveCount(13);
});

test('no two labels overlap at fit-all and zoomed in', async ({ page }) => {
	await openApp(page);
	for (const zoom of [0, 2, 4]) {
		for (let i = 0; i < zoom; i++) await page.keyboard.press('+');
		const boxes = await page
			.locator('g.event text')
			.evaluateAll((els) =>
				els.map((e) => e.getBoundingClientRect()).map((r) => ({ l: r.left, r: r.right, t: r.top, b: r.bottom }))
			);
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i]!;
				const b = boxes[j]!;
				const overlap = a.l < b.r - 1 && b.l < a.r - 1 && a.t < b.b - 1 && b.t < a.b - 1;
				expect(overlap, JSON.stringify([a, b])).toBe(false);
			}
		await page.getByRole('button', { name: 'Fit all' }).click();
	}
});

test('month-only marks and claims from only unreliable sources have dashed outlines', async ({ page }) => {
	await openApp(page);
	for (const title of [/^Merz wants the debate/, /^Claim: Trump ordered nuclear tests/]) {
		const box = (await mark(page, title).locator('rect').first().boundingBox())!;
		// Two pixels around the box: its outline is drawn on the box's edge.
		const rows = await brightnessIn(page, { x: box.x - 2, y: box.y - 2, width: box.width + 4, height: box.height + 4 });
		const dashes = (lines: number[][]) => Math.max(...lines.map((l) => darkRuns(l).length));
		const top = rows.slice(1, 4).map((r) => r.slice(3, -3));
		const left = [1, 2, 3].map((x) => rows.slice(3, -3).map((r) => r[x]!));
		// A 4 px dash and a 3 px gap: about one dash every 7 px along each edge, none drawn solid.
		expect(dashes(top)).toBeGreaterThanOrEqual(Math.floor((box.width - 6) / 7) - 1);
		expect(Math.max(...top.flatMap((l) => darkRuns(l)))).toBeLessThanOrEqual(6);
		expect(dashes(left)).toBeGreaterThanOrEqual(2);
	}
});

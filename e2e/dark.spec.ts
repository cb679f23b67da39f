import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { generate } from '../scripts/bench/generate.mjs';
import { openApp } from './helpers';

// Dark mode: the page follows prefers-color-scheme, the header's switch overrides it (remembered on
// the device, applied before the first paint), the drawing follows the page, and the export stays
// light unless the reader chose dark.
const DARK_BG = 'rgb(13, 17, 23)';
const LIGHT_BG = 'rgb(255, 255, 255)';

/** The page's background and text colour, and the fill of the drawing's background. */
async function colours(page: Page) {
	return page.evaluate(() => {
		const root = getComputedStyle(document.documentElement);
		const svgBg = document.querySelector('[aria-label="Timeline"] svg > rect');
		return { bg: root.backgroundColor, ink: root.color, drawing: svgBg?.getAttribute('fill') ?? null };
	});
}

async function exportedSvg(page: Page): Promise<string> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export SVG' }).first().click()
	]);
	return readFileSync((await download.path())!, 'utf8');
}

test('a dark system shows the dark page and drawing; the export stays light', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await openApp(page, '/events/pistorius-no-comparable-deterrent');
	expect(await colours(page)).toEqual({ bg: DARK_BG, ink: 'rgb(230, 237, 243)', drawing: '#0d1117' });
	await expect(page.getByLabel('Theme')).toHaveValue('system');
	// The badge keeps its level's colour, the dark palette's.
	await expect(page.locator('.badge[data-level="corroborated"]').first()).toHaveCSS(
		'background-color',
		'rgb(63, 185, 127)'
	);
	const svg = await exportedSvg(page);
	expect(svg).toMatch(/<rect x="0" y="0" width="[\d.]+" height="[\d.]+" fill="#ffffff"\/>/);
	expect(svg).not.toContain('#0d1117');
});

test('the switch turns the page dark by hand, survives a reload with no light first paint, and goes back to the system', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await openApp(page);
	expect(await colours(page)).toEqual({ bg: LIGHT_BG, ink: 'rgb(27, 31, 36)', drawing: '#ffffff' });

	const theme = page.getByLabel('Theme');
	await theme.focus();
	await theme.selectOption('dark');
	await expect.poll(() => colours(page)).toEqual({ bg: DARK_BG, ink: 'rgb(230, 237, 243)', drawing: '#0d1117' });
	// The manual choice is the reader's asking for dark: the export follows it.
	expect(await exportedSvg(page)).toContain('fill="#0d1117"/>');

	// On reload the early script applies the choice before the body is parsed, so before any paint.
	await page.addInitScript(() => {
		new MutationObserver((_, o) => {
			if (!document.body) return;
			(window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
			o.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	await page.reload();
	await expect(page.locator('body[data-hydrated]')).toHaveCount(1);
	expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
	await expect(theme).toHaveValue('dark');
	await expect.poll(() => colours(page)).toEqual({ bg: DARK_BG, ink: 'rgb(230, 237, 243)', drawing: '#0d1117' });

	// Light by hand wins over a dark system; "System" follows it again and forgets the choice.
	await page.emulateMedia({ colorScheme: 'dark' });
	await theme.selectOption('light');
	await expect.poll(async () => (await colours(page)).bg).toBe(LIGHT_BG);
	await theme.selectOption('system');
	await expect.poll(() => colours(page)).toEqual({ bg: DARK_BG, ink: 'rgb(230, 237, 243)', drawing: '#0d1117' });
	expect(await page.evaluate(() => localStorage.getItem('sourceline-theme'))).toBeNull();
	await page.emulateMedia({ colorScheme: 'light' });
	await expect.poll(() => colours(page)).toEqual({ bg: LIGHT_BG, ink: 'rgb(27, 31, 36)', drawing: '#ffffff' });
});

test('the canvas of a large timeline is painted in the dark palette', async ({ page }) => {
	const body = JSON.stringify(generate(6000));
	await page.route(
		(url) => url.pathname === '/__dark/timeline.json',
		(route) => route.fulfill({ contentType: 'application/json', body })
	);
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/?data=/__dark/timeline.json');
	await expect(page.getByRole('region', { name: 'Timeline' })).toHaveAttribute('aria-busy', 'false');
	const corner = () =>
		page.locator('[aria-label="Timeline"] canvas').evaluate((c: HTMLCanvasElement) => [
			...c
				.getContext('2d')!
				.getImageData(2, c.height - 3, 1, 1)
				.data.slice(0, 3)
		]);
	expect(await corner()).toEqual([13, 17, 23]);
	await page.getByLabel('Theme').selectOption('light');
	await expect.poll(corner).toEqual([255, 255, 255]);
});

test('in dark, the prerendered light drawing is held back until the app has started, then drawn dark', async ({
	page
}) => {
	let release = () => {};
	const gate = new Promise<void>((r) => (release = r));
	await page.route(/\/_app\/immutable\/entry\/start\.[\w-]+\.js$/, async (route) => {
		await gate;
		await route.continue();
	});
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	const drawing = page.locator('[aria-label="Timeline"] svg').first();
	const legendSample = page.locator('.legend svg').first();
	await expect(page.locator('body[data-hydrated]')).toHaveCount(0);
	await expect(drawing).toHaveCSS('visibility', 'hidden');
	await expect(legendSample).toHaveCSS('visibility', 'hidden');
	release();
	await expect(page.locator('body[data-hydrated]')).toHaveCount(1);
	await expect(drawing).toHaveCSS('visibility', 'visible');
	await expect(legendSample).toHaveCSS('visibility', 'visible');
	await expect.poll(() => colours(page)).toEqual({ bg: DARK_BG, ink: 'rgb(230, 237, 243)', drawing: '#0d1117' });
});

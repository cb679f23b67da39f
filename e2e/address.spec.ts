import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp, pickFile, windowOf } from './helpers';

const tl = (page: Page) => page.getByRole('region', { name: 'Timeline' });
/** Path and query of an absolute URL. */
const local = (href: string) => {
	const u = new URL(href);
	return u.pathname + u.search;
};

test('Copy link, the embed snippet and the export permalink carry the same view as the address bar', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openApp(page);
	await tl(page)
		.getByRole('button', { name: /^Pistorius: Europe has no comparable/ })
		.click();
	await page.keyboard.press('+');
	await page.getByRole('combobox', { name: 'Show' }).selectOption('single');
	await expect(page).toHaveURL(/\/events\/pistorius-no-comparable-deterrent\?from=.*&to=.*&min=single$/);
	const address = local(page.url());

	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	expect(local(await page.evaluate(() => navigator.clipboard.readText()))).toBe(address);

	await page.getByRole('button', { name: 'Embed' }).click();
	const snippet = await page.getByLabel('Embed code').inputValue();
	expect(local(/src="([^"]+)"/.exec(snippet)![1]!)).toBe('/embed' + address);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('toolbar').getByRole('button', { name: 'Export SVG' }).click()
	]);
	const svg = readFileSync((await download.path())!, 'utf8');
	expect(local(/Permalink: ([^<\s]+)/.exec(svg)![1]!.replaceAll('&amp;', '&'))).toBe(address);
});

test('a shared /?event= link opens the event, and later zooms and selections still update the address', async ({
	page
}) => {
	await openApp(page, '/?event=rutte-absolute-guarantee&utm_source=chat');
	await expect(page.getByRole('region', { name: /^Rutte: the US nuclear umbrella/ })).toBeVisible();
	// The address becomes the event's own page, without what the app does not read.
	await expect(page).toHaveURL(/\/events\/rutte-absolute-guarantee$/);
	await page.keyboard.press('Shift+ArrowRight');
	await expect(page).toHaveURL(/\/events\/rutte-absolute-guarantee\?from=[^&]+&to=[^&]+$/);
	await page.keyboard.press('ArrowLeft');
	await expect(page).not.toHaveURL(/rutte-absolute-guarantee/);
	await expect(page).toHaveURL(/\/events\/[a-z0-9-]+\?from=[^&]+&to=[^&]+$/);
	await page.goBack();
	await expect(page.getByRole('region', { name: /^Rutte: the US nuclear umbrella/ })).toBeVisible();
});

test('the same in embed mode: /embed?event= opens the event and keeps the address in step', async ({ page }) => {
	await openApp(page, '/embed?event=rutte-absolute-guarantee');
	await expect(page.getByRole('region', { name: /^Rutte: the US nuclear umbrella/ })).toBeVisible();
	await expect(page).toHaveURL(/\/embed\/events\/rutte-absolute-guarantee$/);
	const before = await windowOf(page);
	await page.keyboard.press('-');
	await expect(page).toHaveURL(/\/embed\/events\/rutte-absolute-guarantee\?from=/);
	expect((await windowOf(page)).to - (await windowOf(page)).from).toBeGreaterThan(before.to - before.from);
});

test('unknown parameters and an empty data= are dropped from the address, not shown as errors', async ({ page }) => {
	await openApp(page, '/?data=&foo=bar');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The US nuclear umbrella over Europe, 2025');
	await expect(page).toHaveURL(/^http:\/\/[^/]+\/$/);
});

const surrogateTimeline = {
	id: 'surrogates',
	title: 'Two events, two quotes',
	language: 'en',
	sources: [{ id: 's', publisher: 'A paper', url: 'https://a.example/story#part-2', kind: 'news' }],
	events: [
		{
			id: 'first',
			title: 'The first event',
			date: '2025-01-01',
			sources: ['s'],
			quotes: [{ text: 'The first quote.', speaker: 'Ann', source: 's', language: 'en' }]
		},
		{
			id: 'second',
			title: 'The second event',
			date: '2025-02-01',
			sources: ['s'],
			quotes: [{ text: 'The second quote BOOM.', speaker: 'Bob', source: 's', language: 'en' }]
		}
	]
};

test.describe('an event whose panel cannot be drawn', () => {
	test.use({ allowedErrors: [/Something went wrong showing this event/] });
	test('shows that it failed, and never the previous event’s quote', async ({ page }) => {
		// Make building the second quote's link throw, as a lone surrogate once did.
		await page.addInitScript(() => {
			const encode = window.encodeURIComponent;
			window.encodeURIComponent = (s: string | number | boolean) => {
				if (String(s).includes('BOOM')) throw new URIError('URI malformed');
				return encode(s);
			};
		});
		await openApp(page);
		await pickFile(page, 'surrogates.json', surrogateTimeline, 'application/json');
		await tl(page)
			.getByRole('button', { name: /^The first event/ })
			.click();
		await expect(page.getByRole('region', { name: 'The first event' })).toContainText('The first quote.');
		await page.keyboard.press('ArrowRight');
		const panel = page.getByRole('region', { name: 'The second event' });
		await expect(panel).toContainText('Something went wrong showing this event.');
		await expect(page.getByRole('complementary')).not.toContainText('The first quote.');
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByRole('region', { name: 'The first event' })).toContainText('The first quote.');
	});
});

test('a quote link keeps the source page’s own fragment before the text directive', async ({ page }) => {
	await openApp(page);
	await pickFile(page, 'quotes.json', surrogateTimeline, 'application/json');
	await tl(page)
		.getByRole('button', { name: /^The second event/ })
		.click();
	const panel = page.getByRole('region', { name: 'The second event' });
	await expect(panel).toContainText('The second quote BOOM.');
	await expect(panel).not.toContainText('The first quote.');
	const href = await panel.getByRole('link', { name: 'A paper' }).first().getAttribute('href');
	expect(href).toBe('https://a.example/story#part-2:~:text=The%20second%20quote%20BOOM.');
});

test('a quote with a lone surrogate is refused by the loader, naming the quote; the timeline on screen stays', async ({
	page
}) => {
	await openApp(page);
	const broken = structuredClone(surrogateTimeline);
	broken.events[1]!.quotes[0]!.text = 'Broken \ud800 quote';
	await pickFile(page, 'surrogate.json', broken, 'application/json');
	await expect(page.getByRole('alert')).toContainText(
		'events[1].quotes[0].text: contains half of a character (a lone surrogate), U+D800'
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The US nuclear umbrella over Europe, 2025');
});

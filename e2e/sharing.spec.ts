import { test, expect } from './fixtures';
import { openApp, windowOf } from './helpers';

const RUTTE = 'rutte-absolute-guarantee';
const RUTTE_TITLE = 'Rutte: the US nuclear umbrella is “our absolute guarantee”';
const QUOTE =
	'When it comes to nuclear deterrence, the US nuclear umbrella is our absolute guarantee, and that will not change.';

test('a permalink opens the timeline on that event with the panel open', async ({ page }) => {
	await openApp(page, `/events/${RUTTE}`);
	const panel = page.getByRole('region', { name: RUTTE_TITLE });
	await expect(panel).toContainText(QUOTE);
	await expect(page).toHaveTitle(`${RUTTE_TITLE} — The US nuclear umbrella over Europe, 2025`);
	const w = await windowOf(page);
	// Focused: zoomed in from the whole year, with its neighbours in view.
	expect(w.to - w.from).toBeLessThan(120 * 86_400_000);
	await expect(
		page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /^Pistorius: Europe/ })
	).toBeVisible();
	await expect(
		page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /^Rutte: the US/ })
	).toHaveAttribute('aria-pressed', 'true');
});

test('the zoomed window travels in the URL to a new browser', async ({ page, browser }) => {
	await openApp(page);
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await page.keyboard.press('ArrowRight');
	const w = await windowOf(page);
	await expect(page).toHaveURL(/\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
	const url = page.url();
	const other = await browser.newContext();
	const fresh = await other.newPage();
	await openApp(fresh, url);
	const w2 = await windowOf(fresh);
	const span = w.to - w.from;
	// Rounded to whole days: at most a day wider on each side.
	expect(Math.abs(w2.from - w.from)).toBeLessThan(86_400_000 + 1);
	expect(Math.abs(w2.to - w.to)).toBeLessThan(86_400_000 + 1);
	expect(w2.to - w2.from).toBeLessThan(span * 1.05);
	await other.close();
});

test('selecting events updates the address without reloading; Back and Forward move between them', async ({ page }) => {
	await openApp(page);
	await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
	const tl = page.getByRole('region', { name: 'Timeline' });
	await tl.getByRole('button', { name: /^Trump sworn in/ }).click();
	await expect(page).toHaveURL(/\/events\/trump-second-inauguration(\?|$)/);
	await tl.getByRole('button', { name: /^Trump orders nuclear weapons testing/ }).click();
	await expect(page).toHaveURL(/\/events\/trump-orders-nuclear-testing(\?|$)/);
	await expect(page.getByRole('region', { name: 'Trump orders nuclear weapons testing to begin' })).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL(/\/events\/trump-second-inauguration(\?|$)/);
	await expect(page.getByRole('region', { name: 'Trump sworn in for his second term' })).toBeVisible();
	await page.goForward();
	await expect(page.getByRole('region', { name: 'Trump orders nuclear weapons testing to begin' })).toBeVisible();
	await page.getByRole('button', { name: 'Close' }).click();
	await expect.poll(() => new URL(page.url()).pathname).toBe('/');
	expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
});

test('an unknown event id shows a real not-found page with a way back', async ({ page }) => {
	const res = await page.goto('/events/does-not-exist');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
	await expect(page.getByText('does-not-exist')).toBeVisible();
	await page.getByRole('link', { name: 'Back to the timeline' }).click();
	await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
});

test('Copy link puts the canonical URL with the window on the clipboard and says so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openApp(page, `/events/${RUTTE}`);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text).toMatch(new RegExp(`^http://localhost:4173/events/${RUTTE}\\?from=[0-9TZ:-]+&to=[0-9TZ:-]+$`));
});

test('the embed view works inside an iframe and its links open the full site in a new tab', async ({ page }) => {
	// A stand-in article page that embeds the timeline (served by the test, not by the site).
	await page.route('**/__test-article', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><h1>An article</h1><iframe src="/embed/events/${RUTTE}" width="900" height="700" title="Timeline"></iframe>`
		})
	);
	await page.goto('/__test-article');
	const frame = page.frameLocator('iframe');
	await expect(frame.getByRole('region', { name: RUTTE_TITLE })).toContainText(QUOTE);
	await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
	const full = frame.getByRole('link', { name: 'Open in Sourceline ↗' });
	await expect(full).toHaveAttribute('target', '_blank');
	await expect(full).toHaveAttribute('href', new RegExp(`/events/${RUTTE}`));
	await expect(frame.getByRole('link', { name: 'TASS (English service)' }).first()).toHaveAttribute('target', '_blank');
});

test('Embed gives an iframe snippet to copy', async ({ page }) => {
	await openApp(page, `/events/${RUTTE}`);
	await page.getByRole('button', { name: 'Embed' }).click();
	await expect(page.getByLabel('Embed code')).toHaveValue(
		new RegExp(`^<iframe src="http://localhost:4173/embed/events/${RUTTE}\\?from=`)
	);
});

test('the Share button appears only where the Web Share API exists', async ({ page }) => {
	await openApp(page, `/events/${RUTTE}`);
	const has = await page.evaluate(() => typeof navigator.share === 'function');
	await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(has ? 1 : 0);
});

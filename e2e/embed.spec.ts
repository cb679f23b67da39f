import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

// A publisher's article on another origin, with the snippet the Embed dialog gives.
// localhost and 127.0.0.1 are two origins; the host must be a secure context (localhost is) to embed from loopback.
const HOST = 'http://localhost:4999';

async function hostPage(page: Page, baseURL: string, src: string, extra = '') {
	// Chromium asks before a page reaches a loopback address (here: the site under test) from another origin.
	await page.context().grantPermissions(['local-network-access'], { origin: HOST });
	const html = `<!doctype html><html><head><title>An article</title></head><body style="margin:0">
<h1>An article</h1>
<iframe src="${baseURL}${src}" title="Timeline — Sourceline" width="700" height="640" style="border:0" data-sourceline ${extra}></iframe>
<script src="${baseURL}/embed.js" async></script>
<p>After the timeline.</p></body></html>`;
	await page.route(`${HOST}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
}

const frameHeight = (page: Page) =>
	page.locator('iframe[data-sourceline]').evaluate((f) => Math.round(f.getBoundingClientRect().height));

/** The iframe's height once it has stopped changing (the embed lays out, then reports, in steps). */
async function settledHeight(page: Page): Promise<number> {
	let last = -1;
	for (let i = 0; i < 40; i++) {
		const h = await frameHeight(page);
		if (h === last) return h;
		last = h;
		await page.waitForTimeout(250);
	}
	return last;
}

test('an embed on another site grows and shrinks its iframe as the panel opens and closes, never scrolling', async ({
	page,
	baseURL
}) => {
	await hostPage(page, baseURL!, '/embed');
	await page.goto(`${HOST}/article`);
	const frame = page.frameLocator('iframe[data-sourceline]');
	await frame.locator('body[data-hydrated]').waitFor();
	// The host script took the embed's height: no longer the snippet's 640 px.
	await expect.poll(() => frameHeight(page)).not.toBe(640);
	const closed = await settledHeight(page);
	const noScroll = () =>
		page
			.locator('iframe[data-sourceline]')
			.evaluate((f) => {
				const d = (f as HTMLIFrameElement).contentDocument;
				return d ? d.documentElement.scrollHeight - f.clientHeight : 0;
			})
			.catch(() => 0);
	// Another origin's document cannot be read from here; the embed's own view of it is checked instead.
	const innerScroll = () => frame.locator('html').evaluate((h) => h.scrollHeight - window.innerHeight);
	await expect.poll(innerScroll).toBeLessThanOrEqual(1);
	await frame
		.getByRole('region', { name: 'Timeline' })
		.getByRole('button', { name: /^Trump sworn in/ })
		.click();
	await expect(frame.getByRole('region', { name: 'Trump sworn in for his second term' })).toBeVisible();
	await expect.poll(() => frameHeight(page)).toBeGreaterThan(closed + 200);
	await expect.poll(innerScroll).toBeLessThanOrEqual(1);
	await frame.getByRole('button', { name: 'Close' }).click();
	// Back to about the height it had (the list may mark the event last opened).
	await expect.poll(async () => Math.abs((await settledHeight(page)) - closed)).toBeLessThanOrEqual(24);
	expect(await noScroll()).toBeLessThanOrEqual(1);
});

test('an opted-in embed keeps the open event in the host page’s address, and opens it from there', async ({
	page,
	baseURL
}) => {
	await hostPage(page, baseURL!, '/embed', 'data-sourceline-address');
	await page.goto(`${HOST}/article?issue=12`);
	const frame = page.frameLocator('iframe[data-sourceline]');
	await frame.locator('body[data-hydrated]').waitFor();
	await frame
		.getByRole('region', { name: 'Timeline' })
		.getByRole('button', { name: /^Trump sworn in/ })
		.click();
	await expect(page).toHaveURL(`${HOST}/article?issue=12&sourceline=trump-second-inauguration`);
	// The host page's link, opened again, opens the embed on that event.
	await page.goto(`${HOST}/article?issue=12&sourceline=trump-second-inauguration`);
	await expect(frame.getByRole('region', { name: 'Trump sworn in for his second term' })).toBeVisible();
	await frame.getByRole('button', { name: 'Close' }).click();
	await expect(page).toHaveURL(`${HOST}/article?issue=12`);
});

test('an embed without the opt-in leaves the host page’s address alone', async ({ page, baseURL }) => {
	await hostPage(page, baseURL!, '/embed');
	await page.goto(`${HOST}/article`);
	const frame = page.frameLocator('iframe[data-sourceline]');
	await frame.locator('body[data-hydrated]').waitFor();
	await frame
		.getByRole('region', { name: 'Timeline' })
		.getByRole('button', { name: /^Trump sworn in/ })
		.click();
	await expect(frame.getByRole('region', { name: 'Trump sworn in for his second term' })).toBeVisible();
	expect(page.url()).toBe(`${HOST}/article`);
});

test('every page names its oEmbed document, which is a valid rich embed of that page', async ({ page, request }) => {
	for (const [path, title] of [
		['/events/pistorius-no-comparable-deterrent', 'Pistorius: Europe has no comparable nuclear deterrent'],
		['/', 'The US nuclear umbrella over Europe, 2025']
	] as const) {
		await page.goto(path);
		const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
		await expect(link).toHaveCount(1);
		const href = (await link.getAttribute('href'))!;
		// Absolute on the configured site URL; fetched here from the server under test.
		const doc = await (await request.get(new URL(href).pathname)).json();
		expect(doc).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Sourceline', width: 800, height: 640 });
		expect(doc.title).toContain(title);
		expect(doc.provider_url).toMatch(/^https?:\/\//);
		const iframe = /^<iframe src="([^"]+)"[^>]* width="100%" height="640"[^>]* data-sourceline><\/iframe>/.exec(
			doc.html
		);
		expect(iframe, doc.html).not.toBeNull();
		expect(new URL(iframe![1]!).pathname).toBe(path === '/' ? '/embed' : `/embed${path}`);
		expect(doc.html).toContain('/embed.js" async></script>');
	}
});

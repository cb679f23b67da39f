import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HOSTILE_CASES } from '../tests/hostile/cases';
import { openApp, windowOf } from './helpers';

const fixture = (f: string) => fileURLToPath(new URL(`../tests/hostile/${f}`, import.meta.url));

/** Dialogs and the canary global any executed payload would set. */
async function arm(page: Page) {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	return dialogs;
}
async function protoKeys(page: Page) {
	return page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).sort().join());
}
async function stillResponds(page: Page) {
	const before = await windowOf(page);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	expect((await windowOf(page)).to - (await windowOf(page)).from).toBeLessThan(before.to - before.from);
}
async function expectOutcome(page: Page, c: (typeof HOSTILE_CASES)[number]) {
	if (c.outcome === 'accepted') {
		const list = page.getByRole('region', { name: /^Events/ });
		for (const text of c.shows) await expect(list.getByText(text, { exact: true }).first()).toBeVisible();
	} else {
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(`${c.file} was not loaded`);
		for (const e of c.errors) {
			const line = alert
				.getByRole('listitem')
				.filter({ hasText: `${c.file} · ${e.path}:` })
				.first();
			await expect(line).toContainText(e.message);
		}
	}
}

for (const c of HOSTILE_CASES) {
	test(`file picker: ${c.file} is ${c.outcome}, and nothing runs`, async ({ page }) => {
		const dialogs = await arm(page);
		await openApp(page);
		const proto = await protoKeys(page);
		await page.getByLabel('Open a timeline file…').setInputFiles(fixture(c.file));
		await expectOutcome(page, c);
		expect(dialogs).toEqual([]);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await protoKeys(page)).toBe(proto);
		await stillResponds(page);
	});

	test(`?data=: ${c.file} is ${c.outcome}, and nothing runs`, async ({ page }) => {
		const dialogs = await arm(page);
		await page.route(
			(url) => url.pathname.startsWith('/__hostile/'),
			(route) => {
				const name = new URL(route.request().url()).pathname.split('/').pop()!;
				return route.fulfill({ contentType: 'application/json', body: readFileSync(fixture(name)) });
			}
		);
		await openApp(page, `/?data=/__hostile/${c.file}`);
		await expectOutcome(page, c);
		expect(dialogs).toEqual([]);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		await stillResponds(page);
	});
}

test('?data=: where the code that loads it cannot be fetched, the page says so and keeps the story', async ({
	page
}) => {
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		// The chunk that takes up the early script's request for a `?data=` file.
		return body.includes('__sourcelineEarlyData') ? route.abort() : route.fulfill({ response, body });
	});
	await openApp(page, '/?data=/data/us-nuclear-umbrella-2025.json');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('?data= was not loaded: 1 problem');
	await expect(alert).toContainText('could not be fetched');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The US nuclear umbrella over Europe, 2025');
});

test('?data= refuses another origin, a non-JSON response, and shows why', async ({ page }) => {
	const elsewhere: string[] = [];
	page.on('request', (r) => void (new URL(r.url()).hostname === 'evil.example' && elsewhere.push(r.url())));
	await openApp(page, '/?data=https://evil.example/timeline.json');
	await expect(page.getByRole('alert')).toContainText('only timelines from this site');
	// Neither the app nor the early fetch asked the other site for anything.
	expect(elsewhere).toEqual([]);
	await page.route(
		(url) => url.pathname === '/__html/page.json',
		(route) => route.fulfill({ contentType: 'text/html', body: '<script>alert(1)</script>' })
	);
	await openApp(page, '/?data=/__html/page.json');
	await expect(page.getByRole('alert')).toContainText('page.json · (file): is served as "text/html", not JSON');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The US nuclear umbrella over Europe, 2025');
});

test('a file over the size limit is refused before it is read', async ({ page }) => {
	await openApp(page);
	const huge = test.info().outputPath('huge.json');
	writeFileSync(huge, Buffer.alloc(65 * 1024 * 1024, 32));
	await page.getByLabel('Open a timeline file…').setInputFiles(huge);
	await expect(page.getByRole('alert')).toContainText('huge.json · (file): is 65.0 MB; the limit is 64.0 MB');
});

const LINKS = [
	'/?event=<script>alert(1)</script>',
	'/?event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
	'/?from=NaN&to=Infinity',
	`/?from=${'9'.repeat(100_000)}&to=2026`,
	'/?from=2025-01-01&from=2025-02-01&to=2025-03-01&to=2025-04-01',
	'/?__proto__[polluted]=1&constructor[prototype][polluted]=1',
	'/?event=__proto__',
	'/?min=__proto__',
	'/events/does-not-exist?from=javascript:alert(1)',
	'/events/a%2Fb',
	'/events/..%2F..%2Fetc%2Fpasswd',
	'/embed/events/%3Cscript%3E'
];

for (const link of LINKS) {
	test(`hostile link ${link.slice(0, 60)} falls back safely`, async ({ page }) => {
		const dialogs = await arm(page);
		// Servers refuse request lines this long (HTTP 431); the browser still holds such a link, so
		// the page is served for it here to test what the app makes of it.
		if (link.length > 8000)
			await page.route(
				(url) => url.search.length > 8000,
				async (route) => route.fulfill({ response: await route.fetch({ url: '/' }) })
			);
		await page.goto(link);
		await expect(page.locator('body[data-hydrated]')).toHaveCount(1);
		const notFound = page.getByRole('heading', { level: 1, name: 'Not found' });
		if (await notFound.count()) {
			await expect(page.getByRole('link', { name: 'Back to the timeline' })).toBeVisible();
		} else {
			await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
			await stillResponds(page);
		}
		expect(dialogs).toEqual([]);
		expect(await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.polluted)).toBeUndefined();
		expect(
			await page.evaluate(() => (Object.prototype as unknown as Record<string, unknown>).polluted)
		).toBeUndefined();
	});
}

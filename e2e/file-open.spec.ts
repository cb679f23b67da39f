import { test, expect } from './fixtures';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { openApp } from './helpers';

/** Longer than the address's debounce (URL_DEBOUNCE_MS in url-sync, 350 ms): a pending rewrite has happened. */
const URL_SETTLED_MS = 700;

const fixture = (name: string) => fileURLToPath(new URL(`../tests/fixtures/${name}`, import.meta.url));

test('a broken file shows precise errors and keeps the story on screen', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
	await openApp(page);
	await page.getByLabel('Open a timeline file…').setInputFiles(fixture('broken-timeline.json'));
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('broken-timeline.json was not loaded');
	await expect(alert).toContainText('sources[0].url: URL is not http(s)');
	await expect(alert).toContainText('events[0].date: 2025-02-30 does not exist: February 2025 has 28 days');
	await expect(alert).toContainText('events[1].quotes[0].source: unknown source id "nowhere"');
	await expect(alert).toContainText('events[2].id: duplicate id "leap" (first used at events[0])');
	await expect(alert).toContainText('events[2].date: end 2025-01 is before start 2025-05');
	// The good timeline stays.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The US nuclear umbrella over Europe, 2025');
	await expect(page.getByRole('region', { name: /^Events/ }).getByRole('listitem')).toHaveCount(13);
	expect(dialogs).toEqual([]);
	await page.getByRole('button', { name: 'Dismiss' }).click();
	await expect(alert).toHaveCount(0);
});

test('a refused file whose report cannot be fetched still says so, and the report comes on a retry', async ({
	page
}) => {
	// The English report's chunk (its problems' words) does not come, as on a connection that dropped.
	let offline = true;
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (offline && body.includes('was not loaded: ')) return route.abort();
		return route.fulfill({ response, body });
	});
	await openApp(page);
	await page.getByLabel('Open a timeline file…').setInputFiles(fixture('broken-timeline.json'));
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(
		'broken-timeline.json was not loaded, and the reason could not be fetched: check the connection, then try again.'
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The US nuclear umbrella over Europe, 2025');
	offline = false;
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(alert).toContainText('broken-timeline.json was not loaded: 5 problems');
	await expect(alert).toContainText('events[0].date: 2025-02-30 does not exist: February 2025 has 28 days');
});

test('a valid file is previewed, its text shown as text, and the story can come back', async ({ page }) => {
	await openApp(page);
	await page.getByLabel('Open a timeline file…').setInputFiles(fixture('small-timeline.json'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A small valid timeline');
	await expect(page.getByRole('button', { name: /^The first thing <b>happens<\/b>/ }).first()).toBeVisible();
	await expect(page.locator('b', { hasText: 'happens' })).toHaveCount(0);
	await expect(page.getByRole('banner')).toContainText(
		'Previewing small-timeline.json (read in your browser, not uploaded).'
	);
	// A file on this device has no link to give: the panel says so instead of offering one.
	await page
		.getByRole('button', { name: /^The first thing/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/\?event=first-thing$/);
	await expect(page.getByRole('complementary')).toContainText(
		'Read from a file on this device: there is no link to it.'
	);
	await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Back to the built-in story' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The US nuclear umbrella over Europe, 2025');
});

test('a timeline named by ?data= says so, its events have addresses that open them, and going back to the story takes it out of the address', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.route(
		(url) => url.pathname === '/__link/small-timeline.json',
		(route) => route.fulfill({ contentType: 'application/json', body: readFileSync(fixture('small-timeline.json')) })
	);
	await openApp(page, '/?data=/__link/small-timeline.json');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A small valid timeline');
	const header = page.getByRole('banner');
	await expect(header).toContainText('Showing small-timeline.json, the timeline this link names (?data=).');
	await expect(header).not.toContainText('not uploaded');
	// Its first view is not the reader's move: the address keeps only what the link said.
	await page.waitForTimeout(URL_SETTLED_MS);
	await expect(page).toHaveURL(/\/\?data=\/__link\/small-timeline\.json$/);
	// Its events have no pages of their own (those are the story's): a selection is `event=` beside `data=`.
	await page
		.getByRole('button', { name: /^The first thing/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/\?event=first-thing&data=%2F__link%2Fsmall-timeline\.json$/);
	await page.getByRole('button', { name: 'Copy link' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
		/^http:\/\/localhost:4173\/\?from=[0-9TZ:-]+&to=[0-9TZ:-]+&event=first-thing&data=%2F__link%2Fsmall-timeline\.json$/
	);
	// A reload (or the copied link) opens the same timeline on the same event.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A small valid timeline');
	await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
		'The first thing <b>happens</b>'
	);
	await page.getByRole('button', { name: 'Back to the built-in story' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The US nuclear umbrella over Europe, 2025');
	await expect(page).toHaveURL(/^http:\/\/[^/]+\/$/);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The US nuclear umbrella over Europe, 2025');
	await expect(header).not.toContainText('Showing');
});

test('a file opened on a story event page takes the home page as its address', async ({ page }) => {
	await openApp(page, '/events/macron-opens-deterrence-debate');
	await page.getByLabel('Open a timeline file…').setInputFiles(fixture('small-timeline.json'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A small valid timeline');
	await expect(page).toHaveURL(/^http:\/\/[^/]+\/$/);
	await page
		.getByRole('button', { name: /^The second thing/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/\?event=second-thing$/);
});

test('a file can be dropped on the page', async ({ page }) => {
	await openApp(page);
	const text = JSON.stringify({
		id: 'dropped',
		title: 'Dropped timeline',
		language: 'en',
		sources: [{ id: 's', publisher: 'S', url: 'https://s.example/', kind: 'news' }],
		events: [{ id: 'e', title: 'Dropped event', date: '2020', sources: ['s'] }]
	});
	const dt = await page.evaluateHandle((t) => {
		const d = new DataTransfer();
		d.items.add(new File([t], 'dropped.json', { type: 'application/json' }));
		return d;
	}, text);
	await page.dispatchEvent('body', 'dragover', { dataTransfer: dt });
	await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dropped timeline');
});

import { test, expect } from './fixtures';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { serveStatic } from '../scripts/bench/serve.mjs';

/**
 * An author adds TimelineJS's own example spreadsheet to `timelines/` of a fresh copy of the project
 * and builds: the new timeline gets its pages and cards, and the first story's old links still open
 * its events.
 */
const root = new URL('..', import.meta.url).pathname;
const PORT = Number(process.env.E2E_PORT ?? 4173) + 18;
const base = `http://127.0.0.1:${PORT}`;
let copy = '';
let server: Server | null = null;

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

test.beforeAll(async () => {
	test.setTimeout(300_000);
	copy = mkdtempSync(join(tmpdir(), 'sourceline-publish-'));
	const skip = new Set(['node_modules', 'build', '.svelte-kit', 'test-results', 'bench-results', '.git']);
	for (const entry of readdirSync(root))
		if (!skip.has(entry)) cpSync(join(root, entry), join(copy, entry), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
	cpSync(
		join(root, 'node_modules/@knight-lab/timelinejs/src/template/my-own-timeline.csv'),
		join(copy, 'timelines/my-own-timeline.csv')
	);
	execFileSync('node', ['scripts/build.mjs'], { cwd: copy, stdio: 'pipe', env: { ...process.env, CI: '' } });
	server = serveStatic(join(copy, 'build'), PORT) as Server;
});

test.afterAll(() => {
	server?.close();
	if (copy) rmSync(copy, { recursive: true, force: true });
});

test('a TimelineJS spreadsheet in timelines/ is published: its page, every event’s page and card', async ({ page }) => {
	const events = readdirSync(join(copy, 'build/my-own-timeline/events')).filter((f) => f.endsWith('.html'));
	expect(events.length).toBeGreaterThan(5);
	for (const f of events) {
		const id = f.replace(/\.html$/, '');
		const html = readFileSync(join(copy, 'build/my-own-timeline/events', f), 'utf8');
		expect(html).toContain(`<link rel="canonical" href="http://localhost:4173/my-own-timeline/events/${id}"`);
		expect(html).toContain(`content="http://localhost:4173/my-own-timeline/events/${id}/card.png"`);
		expect(existsSync(join(copy, `build/my-own-timeline/events/${id}/card.png`))).toBe(true);
	}
	await page.goto(`${base}/my-own-timeline`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('MY OWN CSV');
	await expect(page.getByRole('region', { name: 'Timeline' })).toHaveAttribute('aria-busy', 'false');
	const first = events[0]!.replace(/\.html$/, '');
	await page.goto(`${base}/my-own-timeline/events/${first}`);
	await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toBeVisible();
	await expect(page.getByRole('link', { name: 'All timelines' })).toHaveAttribute('href', '/timelines');
});

test('the list names both timelines; the first story’s old links still open its events', async ({ page }) => {
	await page.goto(`${base}/timelines`);
	const list = page.getByRole('main');
	await expect(list.getByRole('link', { name: 'The US nuclear umbrella over Europe, 2025' })).toHaveAttribute(
		'href',
		'/'
	);
	await expect(list.getByRole('link', { name: 'MY OWN CSV' })).toHaveAttribute('href', '/my-own-timeline');
	await expect(list).toContainText('events');
	await page.goto(`${base}/events/rutte-absolute-guarantee`);
	await expect(page.getByRole('region', { name: /^Rutte: the US nuclear umbrella/ })).toBeVisible();
	await page.goto(`${base}/embed/events/rutte-absolute-guarantee`);
	await expect(page.getByRole('region', { name: /^Rutte: the US nuclear umbrella/ })).toBeVisible();
	await page.goto(`${base}/?from=2025-02-20&to=2025-06-15`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The US nuclear umbrella over Europe, 2025');
	const region = page.getByRole('region', { name: 'Timeline' });
	await expect(region).toHaveAttribute('data-from', /^2025-02-20/);
	// Its data files are there to download, in both formats.
	const csv = await page.request.get(`${base}/data/my-own-timeline.csv`);
	expect(csv.ok()).toBe(true);
	expect(await csv.text()).toMatch(/^ID,/);
	const json = await page.request.get(`${base}/data/us-nuclear-umbrella-2025.json`);
	expect(((await json.json()) as { id: string }).id).toBe('us-nuclear-umbrella-2025');
});

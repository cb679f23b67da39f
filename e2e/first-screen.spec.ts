import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadTimelineData } from '../src/lib/data/load';

// The first story, as the app orders it: each event page must show its neighbours in that order.
const loaded = loadTimelineData(
	JSON.parse(readFileSync('timelines/us-nuclear-umbrella-2025.json', 'utf8')),
	'us-nuclear-umbrella-2025.json'
);
if (!loaded.ok) throw new Error('the first story does not load');
const events = loaded.timeline.events;

const screens = [
	{ name: 'a 1280×800 laptop', width: 1280, height: 800, phone: false },
	{ name: 'a 375×667 phone', width: 375, height: 667, phone: true }
];

/** Where the phone's sheet starts: the timeline must be in sight above it. */
async function sheetTop(page: Page): Promise<number> {
	return (await page.locator('aside.panel-box').boundingBox())!.y;
}

for (const screen of screens) {
	test.describe(`on ${screen.name}`, () => {
		test.use({
			viewport: { width: screen.width, height: screen.height },
			isMobile: screen.phone,
			hasTouch: screen.phone
		});
		for (const e of events) {
			test(`${e.id}: the quote, speaker, source and verdict are in the first screen, with the neighbours in sight`, async ({
				page
			}) => {
				await page.goto(`/events/${e.id}`);
				await page.locator('body[data-hydrated]').waitFor();
				const panel = page.getByRole('region', { name: e.title });
				const inView = async (selector: string, bottom = screen.height) => {
					const box = await panel.locator(selector).first().boundingBox();
					expect(box, selector).not.toBeNull();
					expect(box!.y, selector).toBeGreaterThanOrEqual(0);
					expect(box!.y + box!.height, selector).toBeLessThanOrEqual(bottom);
					expect(box!.x + box!.width, selector).toBeLessThanOrEqual(screen.width);
				};
				await expect(panel.getByRole('heading', { level: 2 })).toHaveText(e.title);
				await inView('h2');
				await inView('.date');
				await inView('.badge');
				if (e.quotes?.length) {
					await inView('blockquote');
					await inView('figcaption');
				}
				// The event is highlighted, and its neighbours' marks are where the reader can see them.
				const timeline = page.getByRole('region', { name: 'Timeline' });
				await expect(timeline.locator(`[data-id="${e.id}"]`)).toHaveAttribute('aria-pressed', 'true');
				const area = screen.phone ? await sheetTop(page) : screen.height;
				const frame = (await timeline.boundingBox())!;
				for (const n of [events[e.order - 1], events[e.order + 1]]) {
					if (!n) continue;
					const box = await timeline.locator(`[data-id="${n.id}"]`).boundingBox();
					expect(box, `${n.id} is drawn`).not.toBeNull();
					expect(box!.y + box!.height, n.id).toBeGreaterThan(frame.y);
					expect(box!.y, `${n.id} is above the sheet`).toBeLessThan(Math.min(area, frame.y + frame.height));
					expect(box!.x, n.id).toBeLessThan(frame.x + frame.width);
					expect(box!.x + box!.width, n.id).toBeGreaterThan(frame.x);
				}
			});
		}
	});
}

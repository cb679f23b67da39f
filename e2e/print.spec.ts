import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const story = JSON.parse(readFileSync('timelines/us-nuclear-umbrella-2025.json', 'utf8')) as {
	sources: { id: string; url: string }[];
	events: { id: string; title: string; sources: string[]; quotes?: { text: string }[] }[];
};

// PDF.js 6 expects Node 22's Promise.withResolvers; this machine runs Node 20.
const P = Promise as unknown as { withResolvers?: () => unknown };
P.withResolvers ??= () => {
	let resolve!: (v: unknown) => void, reject!: (e: unknown) => void;
	const promise = new Promise((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
};
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');

/** The page printed by Chromium (A4), as its pages' text. */
async function printed(page: Page): Promise<string[]> {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
	const pages: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
	}
	return pages;
}

/** Text with its line breaks and spacing folded, as words run across lines on paper. */
const fold = (s: string) => s.replace(/[\s\u00ad]+/g, '').normalize('NFC');

// Labels of the page's controls: none of them belongs on paper.
const CONTROLS = [
	'Fit all',
	'Export SVG',
	'Export PNG',
	'Copy SVG',
	'Open a timeline file',
	'CSV template',
	'Copy link',
	'Embed',
	'Show all, not only those in view'
];

test('printing the story gives the timeline, every event with its quotes and its sources’ full addresses, and no controls', async ({
	page
}) => {
	await page.goto('/');
	await page.locator('body[data-hydrated]').waitFor();
	const text = (await printed(page)).join('\n');
	const flat = fold(text);
	for (const e of story.events) {
		expect(flat, e.id).toContain(fold(e.title));
		for (const q of e.quotes ?? []) expect(flat, `${e.id}: ${q.text.slice(0, 40)}`).toContain(fold(q.text));
		for (const id of e.sources)
			expect(flat, `${e.id}: ${id}`).toContain(fold(story.sources.find((s) => s.id === id)!.url));
	}
	for (const label of CONTROLS) expect(text, label).not.toContain(label);
	// The timeline itself: its axis labels are text in the PDF.
	expect(text).toContain('February');
});

for (const { id } of story.events) {
	test(`printing ${id}’s page gives a citation sheet`, async ({ page }) => {
		const e = story.events.find((x) => x.id === id)!;
		await page.goto(`/events/${id}`);
		await page.locator('body[data-hydrated]').waitFor();
		const pages = await printed(page);
		// One page, except for an event citing more sources than a page holds (Rutte's cites 14).
		expect(pages).toHaveLength(e.sources.length > 10 ? 2 : 1);
		const text = pages.join('\n');
		const flat = fold(text);
		expect(flat).toContain(fold(e.title));
		for (const q of e.quotes ?? []) expect(flat).toContain(fold(q.text));
		for (const s of e.sources) expect(flat, s).toContain(fold(story.sources.find((x) => x.id === s)!.url));
		expect(flat).toContain(fold(`/events/${id}`));
		for (const label of [...CONTROLS, 'Show archived text', 'Close']) expect(text, label).not.toContain(label);
		// Only the event: not the list of the others.
		expect(text).not.toMatch(/Events \(\d+ of \d+\)/);
		expect(text).not.toContain('day or exact time');
	});
}

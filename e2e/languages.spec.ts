import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import en from '../src/lib/words/messages/en';
import { LOCALES, dirOf, ENDONYMS, type Locale } from '../src/lib/words/locales';

// The interface in every language: a page in that language shows no interface string of the English
// catalogue, its dates are in the locale's words, <html lang dir> are right, axe passes, and the
// language menu switches without losing the view or the open event.

type Tree = { [k: string]: unknown };
/** Every string of a catalogue, and what its messages with a count say for 1, 2 and 5. */
function strings(t: Tree): string[] {
	return Object.values(t).flatMap((v) => {
		if (typeof v === 'string') return [v];
		if (typeof v === 'function') {
			try {
				return [1, 2, 5].map((n) => String((v as (n: number) => unknown)(n)));
			} catch {
				return [];
			}
		}
		return v !== null && typeof v === 'object' ? strings(v as Tree) : [];
	});
}

/** The first story's own words (titles, quotes, names …): data, not interface, whatever the language. */
const story = readFileSync('timelines/us-nuclear-umbrella-2025.json', 'utf8');

/**
 * English interface strings worth looking for: with at least one word of four letters (so "of",
 * "+", "SVG" do not match inside other text), and not also words of the story.
 */
const ENGLISH = [
	...new Set(
		strings(en as unknown as Tree)
			.map((s) => s.replace(/\{\w+\}/g, '').trim())
			.filter((s) => /\p{L}{4,}/u.test(s) && !/^(Sourceline|TimelineJS|oEmbed|JSON|CSV|SVG|PNG|UTC)$/.test(s))
			.filter((s) => !story.includes(s))
	)
];

/** What the page says to a reader: its text, and the names and hints only some readers meet. */
async function interfaceText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const attrs = [...document.querySelectorAll('[aria-label],[title],[placeholder],[alt],[aria-description]')].flatMap(
			(el) => ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'].map((a) => el.getAttribute(a) ?? '')
		);
		return [document.title, document.body.innerText, ...attrs].join('\n');
	});
}

/** Open a page in a language and wait for the timeline to be drawn in it. */
async function openIn(page: Page, path: string, locale: Locale) {
	await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${locale}`);
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	await expect(page.locator('[role="region"][aria-busy="false"]').first()).toBeVisible();
	await expect(page.locator('body[data-hydrated]')).toHaveCount(1);
}

/** Macron's speech, 5 March 2025 at 20:00 Paris time, in each language's words. */
const MARCH_5: Record<Locale, string> = {
	en: '5 March 2025',
	de: '5. März 2025',
	fr: '5 mars 2025',
	es: '5 de marzo de 2025',
	ru: '5 марта 2025',
	uk: '5 березня 2025',
	ar: '5 مارس 2025'
};

for (const locale of LOCALES.filter((l) => l !== 'en')) {
	test.describe(`${ENDONYMS[locale]} (${locale})`, () => {
		for (const path of ['/', '/events/macron-opens-deterrence-debate']) {
			test(`${path}: no English interface string, dates in ${locale}, lang and dir right`, async ({ page }) => {
				await openIn(page, path, locale);
				await expect(page.locator('html')).toHaveAttribute('dir', dirOf(locale));
				const text = await interfaceText(page);
				// A word the language spells as English does ("System" in German) is its own.
				const own = new Set(strings((await import(`../src/lib/words/messages/${locale}/index.ts`)).default as Tree));
				// Whole words only: German "Legende" holds "Legend", "Sourceline" holds "Source".
				const said = (s: string) =>
					new RegExp(`(?<!\\p{L})${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text);
				expect(ENGLISH.filter((s) => !own.has(s) && said(s))).toEqual([]);
				expect(text).toContain(MARCH_5[locale]);
			});
		}

		test('axe finds no violations, panel open', async ({ page }) => {
			await openIn(page, '/events/macron-opens-deterrence-debate', locale);
			const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
			expect(result.passes.length).toBeGreaterThan(10);
			expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
		});
	});
}

/** Boxes of what `selector` matches that overlap each other. */
async function overlaps(page: Page, selector: string): Promise<string[]> {
	const boxes = await page
		.locator(selector)
		.evaluateAll((els) =>
			els.map((e) => [e.textContent, e.getBoundingClientRect()] as const).filter(([, r]) => r.width > 0)
		);
	const out: string[] = [];
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) {
			const [ta, a] = boxes[i]!;
			const [tb, b] = boxes[j]!;
			if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
				out.push(`${ta} × ${tb}`);
		}
	return out;
}

for (const locale of ['ar', 'de', 'es', 'fr', 'ru'] as const)
	for (const [width, height] of [
		[1280, 800],
		[375, 667]
	] as const)
		test(`${locale} at ${width}×${height}: nothing runs off the page, axis and mark labels never overlap`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			for (const path of ['/', '/events/rutte-absolute-guarantee']) {
				await openIn(page, path, locale);
				// From the whole story down to hours, where the context row names days.
				for (const zoom of [0, 2, 2, 2, 2]) {
					for (let i = 0; i < zoom; i++) await page.keyboard.press('+');
					expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
					expect(await overlaps(page, 'g.axis text')).toEqual([]);
					expect(await overlaps(page, 'g.event text')).toEqual([]);
				}
			}
		});

test('switching language keeps the window and the open event, and the link carries the language', async ({ page }) => {
	await page.goto('/events/pistorius-no-comparable-deterrent?from=2025-11-01&to=2026-01-10');
	await expect(page.locator('[role="region"][aria-busy="false"]').first()).toBeVisible();
	await expect(page.locator('body[data-hydrated]')).toHaveCount(1);
	const region = page.locator('[role="region"][aria-busy]').first();
	const before = { from: await region.getAttribute('data-from'), to: await region.getAttribute('data-to') };
	const heading = await page.locator('aside h2').first().textContent();

	await page.getByLabel('Language').selectOption('de');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByLabel('Sprache')).toHaveValue('de');
	await expect(page).toHaveURL(/\/events\/pistorius-no-comparable-deterrent\?.*lang=de/);
	await expect(page).toHaveURL(/from=2025-11-01&to=2026-01-10/);
	expect({ from: await region.getAttribute('data-from'), to: await region.getAttribute('data-to') }).toEqual(before);
	await expect(page.locator('aside h2').first()).toHaveText(heading!);

	// The reader's language survives a reload of the link, and switching back to the page's own drops it.
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await page.getByLabel('Sprache').selectOption('ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.getByLabel('اللغة').selectOption('en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page).not.toHaveURL(/lang=/);
});

test('a timeline file in German opens the page in German; back on the story, English again', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('body[data-hydrated]')).toHaveCount(1);
	const file = JSON.parse(readFileSync('tests/fixtures/small-timeline.json', 'utf8'));
	await page.getByLabel('Open a timeline file…').setInputFiles({
		name: 'kleine-zeitleiste.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ ...file, language: 'de-DE' }))
	});
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A small valid timeline');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByLabel('Sprache')).toHaveValue('de');
	// Still German once the page has settled (nothing puts the story's language back).
	await page.waitForTimeout(500);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page).not.toHaveURL(/lang=/);
	await page.getByRole('banner').getByRole('button').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByLabel('Language')).toHaveValue('en');
});

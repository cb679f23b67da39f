import { describe, expect, it } from 'vitest';
import { firstStory } from './fixtures/story';
import { eventMeta, shownQuote } from '$lib/share/meta';
import { cardSvg } from '$lib/share/card';
import { normaliseBase } from '$lib/url/site';
import { wrapLines } from '$lib/export/xml';
import { textWidth } from '$lib/timeline/text';
import { loadWords } from '$lib/words/catalogue';
import { ENGLISH } from './fixtures/english-words';
import { loadTimelineData } from '$lib/data/load';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES } from '$lib/share/render-png.server';
import { englishOf } from '../src/lib/data/issue-english';

if (!firstStory.ok) throw new Error('story invalid');
const t = firstStory.timeline;
const rutte = t.eventById.get('rutte-absolute-guarantee')!;

describe('link preview metadata', () => {
	const m = eventMeta(t, rutte, rutte.corroboration, ENGLISH, { site: 'https://timelines.example.org' });
	it('title is "<event> — <timeline>"', () => expect(m.title).toBe(`${rutte.title} — ${t.title}`));
	it('description carries the date and the quote', () => {
		expect(m.description).toContain('Between 11 and 23 December 2025.');
		expect(m.description).toContain('“When it comes to nuclear deterrence');
		expect(m.description.length).toBeLessThanOrEqual(300);
	});
	it('URLs are absolute on the configured base', () => {
		expect(m.canonical).toBe('https://timelines.example.org/events/rutte-absolute-guarantee');
		expect(m.image).toBe('https://timelines.example.org/events/rutte-absolute-guarantee/card.png');
	});
	it.each([
		['https://a.example/', 'https://a.example'],
		['https://a.example/sub/', 'https://a.example/sub'],
		['javascript:alert(1)', 'http://localhost:4173'],
		['not a url', 'http://localhost:4173']
	])('base %s → %s', (raw, base) => expect(normaliseBase(raw)).toBe(base));
});

describe('preview card', () => {
	it('is a 1200×630 SVG with the event, the date, the quote and the verdict', () => {
		const svg = cardSvg(t, rutte, rutte.corroboration, ENGLISH);
		expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
		expect(svg).toContain('between 11 and 23 December 2025');
		expect(svg).toContain('absolute guarantee');
		expect(svg).toContain('corroborated by');
	});
	it('long quotes wrap, stay inside the width and end with an ellipsis', () => {
		const lines = wrapLines('word '.repeat(200), 500, 28, 3);
		expect(lines).toHaveLength(3);
		expect(lines[2]!.endsWith('…')).toBe(true);
		for (const l of lines) expect(textWidth(l, 28)).toBeLessThanOrEqual(500);
	});
	it('a single overlong word is cut, not overflowed', () => {
		const lines = wrapLines('x'.repeat(500), 300, 20, 2);
		for (const l of lines) expect(textWidth(l, 20)).toBeLessThanOrEqual(300);
	});
	it('short text is left whole', () => expect(wrapLines('A short title', 500, 28, 2)).toEqual(['A short title']));
});

/** A timeline in `language` with one event whose quote is in Russian, with an English translation. */
function translated(language: string) {
	const r = loadTimelineData(
		{
			id: 'translated',
			title: 'Ein Test',
			language,
			sources: [{ id: 'tass', publisher: 'TASS', url: 'https://tass.example/1', kind: 'wire' }],
			events: [
				{
					id: 'peskov',
					title: 'Peskov comments',
					date: '2025-12-12',
					sources: ['tass'],
					quotes: [
						{
							text: 'Это внутреннее дело Европы.',
							speaker: 'Dmitry Peskov',
							source: 'tass',
							language: 'ru',
							translation: { text: 'This is Europe’s internal affair.', language: 'en-GB', by: 'the editors' }
						}
					]
				}
			]
		},
		'translated.json'
	);
	if (!r.ok) throw new Error(r.errors.map((e) => englishOf(e)).join('; '));
	return { tl: r.timeline, e: r.timeline.eventById.get('peskov')! };
}

describe('a quote in another language than the page’s (issue 20, item 6)', () => {
	it('an English preview shows the English translation, naming whose it is', () => {
		const { tl, e } = translated('en');
		expect(shownQuote(tl, e, ENGLISH)).toMatchObject({
			text: 'This is Europe’s internal affair.',
			translationBy: 'the editors'
		});
		const m = eventMeta(tl, e, e.corroboration, ENGLISH);
		expect(m.description).toBe(
			'12 December 2025. “This is Europe’s internal affair.” — Dmitry Peskov, TASS (translation: the editors). Single report.'
		);
		expect(m.description).not.toContain('Европы');
		expect(m.imageAlt).toBe('Peskov comments, 12 December 2025: “This is Europe’s internal affair.”');
		const svg = cardSvg(tl, e, e.corroboration, ENGLISH);
		expect(svg).toContain('“This is Europe’s internal affair.”');
		expect(svg).toContain('— Dmitry Peskov, TASS · translation: the editors');
		expect(svg).not.toContain('Европы');
	});
	it('a Russian page keeps the original, with no translation note', async () => {
		const ru = await loadWords('ru');
		const { tl, e } = translated('ru');
		expect(shownQuote(tl, e, ru)).toMatchObject({ text: 'Это внутреннее дело Европы.', language: 'ru' });
		const m = eventMeta(tl, e, e.corroboration, ru);
		expect(m.description).toContain('«Это внутреннее дело Европы.» — Dmitry Peskov, TASS.');
		expect(m.description).toMatch(/^12 декабря 2025/);
		expect(cardSvg(tl, e, e.corroboration, ru)).not.toContain('перевод');
	});
	it('a page in a language the quote has no translation into keeps the original', async () => {
		const de = await loadWords('de');
		const { tl, e } = translated('de');
		const m = eventMeta(tl, e, e.corroboration, de);
		expect(m.description).toContain('„Это внутреннее дело Европы.“ — Dmitry Peskov, TASS.');
		expect(m.description).not.toContain('Übersetzung');
	});
	it('the panel’s quote itself is not changed', () => {
		const { tl, e } = translated('en');
		eventMeta(tl, e, e.corroboration, ENGLISH);
		cardSvg(tl, e, e.corroboration, ENGLISH);
		expect(e.quotes![0]!.text).toBe('Это внутреннее дело Европы.');
	});
});

describe('the preview card in the page’s language', () => {
	it('German: the date in German, German quotation marks, left to right', async () => {
		const de = await loadWords('de');
		const svg = cardSvg(t, rutte, rutte.corroboration, de);
		expect(svg).toContain(`>${de.date.when(rutte.when)}</text>`);
		expect(de.date.when(rutte.when)).toContain('Dezember 2025');
		expect(svg).toContain('· übersetzt von TASS');
		expect(svg).toMatch(/>„When it comes to nuclear deterrence/);
		expect(svg).not.toContain('text-anchor="end">„');
		expect(svg).toContain('<rect x="0" y="0" width="16" height="630"');
	});
	it('Arabic: right-aligned lines (text-anchor end at the right margin), isolated, the stripe on the right', async () => {
		const ar = await loadWords('ar');
		const { tl, e } = translated('ar');
		const svg = cardSvg(tl, e, e.corroboration, ar);
		// The date and the attribution are Arabic lines: right-aligned and isolated as right-to-left.
		expect(svg).toMatch(
			/<text x="1120" y="\d+" font-size="26" text-anchor="end" fill="[^"]+">\u2067[^<]*2025\u2069<\/text>/
		);
		expect(svg).toContain('— Dmitry Peskov، TASS\u2069');
		// The Russian quote is a left-to-right line, right-aligned on an Arabic card, not isolated as RTL.
		expect(svg).toMatch(/text-anchor="end" font-style="italic" fill="[^"]+">«Это внутреннее/);
		expect(svg).toContain('<rect x="1184" y="0" width="16" height="630"');
		expect(svg).not.toContain('direction=');
	});
});

describe('the export in the page’s language', () => {
	it('a German footer, and the counts of the description in Russian forms', async () => {
		const [de, ru] = await Promise.all([loadWords('de'), loadWords('ru')]);
		expect(de.m.share.snapshot.exported('21. November 2026')).toBe('Exportiert am 21. November 2026 aus Sourceline');
		const desc = (labelled: number) =>
			ru.m.share.snapshot.desc({ labelled, clustered: 0, permalink: '' }, ru.num).split(': ')[1];
		expect([1, 2, 5, 21].map(desc)).toEqual([
			'1 подписанное событие и 0 в группах. ',
			'2 подписанных события и 0 в группах. ',
			'5 подписанных событий и 0 в группах. ',
			'21 подписанное событие и 0 в группах. '
		]);
	});
});

describe('the card as resvg draws it (as the build renders card.png)', () => {
	/** Where resvg draws each of the card's lines: [left, right] in px. */
	function drawn(svg: string): { x: number; left: number; right: number }[] {
		const open = svg.slice(0, svg.indexOf('>') + 1);
		return [...svg.matchAll(/<text x="(\d+)"[^>]*>.*?<\/text>/g)].map((m) => {
			const box = new Resvg(`${open}${m[0]}</svg>`, {
				font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }
			}).getBBox()!;
			return { x: Number(m[1]), left: box.x, right: box.x + box.width };
		});
	}
	it('Arabic: every line ends at the right margin, none runs off the card', async () => {
		const { tl, e } = translated('ar');
		const lines = drawn(cardSvg(tl, e, e.corroboration, await loadWords('ar')));
		const margin = lines.filter((l) => l.x === 1120);
		expect(margin.length).toBeGreaterThanOrEqual(5);
		for (const l of margin) {
			expect(l.right).toBeGreaterThan(1120 - 4);
			expect(l.right).toBeLessThanOrEqual(1120 + 1);
			expect(l.left).toBeGreaterThan(64);
		}
		for (const l of lines) expect([l.left >= 60, l.right <= 1140]).toEqual([true, true]);
	});
	it('German: every line starts at the left margin, none runs off the card', async () => {
		const lines = drawn(cardSvg(t, rutte, rutte.corroboration, await loadWords('de')));
		for (const l of lines.filter((x) => x.x === 80)) {
			expect(l.left).toBeGreaterThanOrEqual(80 - 1);
			expect(l.left).toBeLessThan(80 + 8); // a glyph's side bearing
			expect(l.right).toBeLessThan(1136);
		}
		for (const l of lines) expect([l.left >= 60, l.right <= 1140]).toEqual([true, true]);
	});
});

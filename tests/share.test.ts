import { describe, expect, it } from 'vitest';
import { firstStory } from './fixtures/story';
import { eventMeta } from '$lib/share/meta';
import { cardSvg } from '$lib/share/card';
import { normaliseBase } from '$lib/url/site';
import { wrapLines } from '$lib/export/xml';
import { textWidth } from '$lib/timeline/text';

if (!firstStory.ok) throw new Error('story invalid');
const t = firstStory.timeline;
const rutte = t.eventById.get('rutte-absolute-guarantee')!;

describe('link preview metadata', () => {
	const m = eventMeta(t, rutte, rutte.corroboration, 'https://timelines.example.org');
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
		const svg = cardSvg(t, rutte, rutte.corroboration);
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

/**
 * Dark mode keeps the marks' meaning and their contrast: the page's stylesheet and the drawing's
 * palettes agree on the verdict colours and the background, the two dark blocks of app.css are the
 * same, and every colour that carries text or meaning passes WCAG contrast in its scheme.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LEVELS } from '$lib/data/levels';
import { PALETTES, type Palette } from '$lib/timeline/encoding';

const css = readFileSync('src/app.css', 'utf8');

/** The custom properties of the first rule whose selector line is `selector`. */
function vars(selector: string): Record<string, string> {
	const at = css.indexOf(`${selector} {`);
	expect(at, selector).toBeGreaterThanOrEqual(0);
	const body = css.slice(at, css.indexOf('}', at));
	return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}
const LIGHT_CSS = vars(':root');
const DARK_SYSTEM = vars(":root:not([data-theme='light'])");
const DARK_CHOSEN = vars(":root[data-theme='dark']");

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const lum = (hex: string) => {
		const v = parseInt(hex.slice(1), 16);
		const [r, g, bl] = [16, 8, 0].map((s) => {
			const c = ((v >> s) & 255) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe('the stylesheet and the palettes agree', () => {
	it('the dark block for a dark system and the one for a manual choice are the same list', () => {
		expect(DARK_SYSTEM).toEqual(DARK_CHOSEN);
		expect(Object.keys(DARK_SYSTEM).sort()).toEqual(Object.keys(LIGHT_CSS).sort());
	});
	it.each([
		['light', LIGHT_CSS],
		['dark', DARK_SYSTEM]
	] as const)('%s: the verdict colours and the page background are the drawing’s', (scheme, page) => {
		const p = PALETTES[scheme];
		for (const l of LEVELS) expect(page[`--level-${l}`], l).toBe(p.levels[l].color);
		expect(page['--surface']).toBe(p.ink.background);
		expect(page['--focus']).toBe(p.ink.focus);
	});
	it('each scheme is declared with color-scheme (form controls and scrollbars follow)', () => {
		expect(css.match(/color-scheme: dark;/g)).toHaveLength(2);
		expect(css).toContain('color-scheme: light;');
	});
});

describe.each(Object.values(PALETTES))('the $scheme palette keeps meaning and contrast', (p: Palette) => {
	const { ink } = p;
	it('a level looks the same in form as in the light palette: hollow, dash, glyph, slant', () => {
		for (const l of LEVELS) {
			const { color: _c, fill: _f, ...form } = p.levels[l];
			const { color: _lc, fill: _lf, ...light } = PALETTES.light.levels[l];
			expect(form, l).toEqual(light);
			expect(p.levels[l].fill, l).toBe(p.levels[l].hollow ? ink.background : p.levels[l].color);
		}
		expect(new Set(LEVELS.map((l) => p.levels[l].color)).size, 'five distinct colours').toBe(5);
	});
	it('level colours (weak labels, rings, badges) pass 4.5:1 on the background, the axis band and the highlight', () => {
		for (const l of LEVELS)
			for (const bg of [ink.background, ink.axisBand, ink.highlight])
				expect(contrast(p.levels[l].color, bg), `${l} on ${bg}`).toBeGreaterThanOrEqual(4.5);
	});
	it('label, tick and era text pass 4.5:1; the cluster count on its pill too', () => {
		for (const [fg, bg] of [
			[ink.text, ink.background],
			[ink.text, ink.highlight],
			[ink.muted, ink.background],
			[ink.muted, ink.axisBand],
			[ink.eraText, ink.background],
			[ink.onCluster, ink.cluster]
		] as const)
			expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
	});
	it('the focus ring and the selection outline pass 3:1 against the background (non-text contrast)', () => {
		expect(contrast(ink.focus, ink.background)).toBeGreaterThanOrEqual(3);
		expect(contrast(ink.selected, ink.highlight)).toBeGreaterThanOrEqual(3);
	});
	it('a solid verdict badge’s text (the page’s --on-ink) passes 4.5:1 on its level colour', () => {
		const onInk = (p.scheme === 'light' ? LIGHT_CSS : DARK_SYSTEM)['--on-ink']!;
		for (const l of LEVELS.filter((l) => !p.levels[l].hollow))
			expect(contrast(onInk, p.levels[l].color), l).toBeGreaterThanOrEqual(4.5);
	});
});

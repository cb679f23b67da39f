import { describe, expect, it } from 'vitest';
import { BAND_DASH, DASH_PAINTS, LEVEL_STYLE, MARK_PAINT, FADE, dashPaintId } from './encoding';
import { LEVELS } from '$lib/data/levels';

describe('dash paints', () => {
	it('exist for every dashed outline of a mark, in its colour, with its on and off lengths', () => {
		const byId = new Map(DASH_PAINTS.map((d) => [d.id, d]));
		for (const level of LEVELS) {
			const { color } = LEVEL_STYLE[level];
			for (const dash of [BAND_DASH, LEVEL_STYLE[level].dash].filter((d) => d !== null)) {
				const [on, off] = dash;
				expect(byId.get(dashPaintId(color, dash))).toEqual({ id: dashPaintId(color, dash), color, on, off });
			}
		}
		expect(new Set(DASH_PAINTS.map((d) => d.id)).size).toBe(DASH_PAINTS.length);
		expect(dashPaintId('#b42318', [3, 2])).toBe('dash-b42318-3-2');
	});
});

describe('mark paints', () => {
	const rows = [
		{ name: 'a month band: its level colour, faint, dashed', shape: 'band', level: 'primary', dash: BAND_DASH },
		{ name: 'a range of a weak level: dashed like its points', shape: 'bar', level: 'unreliable', dash: [3, 2] },
		{ name: 'a range of a report: solid', shape: 'bar', level: 'single', dash: [] },
		{ name: 'a point of a single report: hollow', shape: 'point', level: 'single', dash: [] }
	] as const;
	for (const r of rows)
		it(r.name, () => {
			const p = MARK_PAINT[r.shape][r.level];
			expect(p.stroke).toBe(LEVEL_STYLE[r.level].color);
			expect(p.dash).toEqual(r.dash);
			if (r.shape === 'point') expect(p.fill).toBe(LEVEL_STYLE[r.level].fill);
			else expect(p.fillOpacity).toBeLessThan(1);
		});
	it('an uncertain interval fades in and out in its level colour, with no outline', () => {
		const p = MARK_PAINT.fade.corroborated;
		expect(p.gradient).toBe(FADE.corroborated);
		expect(p.stroke).toBeNull();
		const stops = FADE.corroborated.stops;
		expect([stops[0]!.opacity, stops[stops.length - 1]!.opacity]).toEqual([0, 0]);
		expect(stops.every((s) => s.color === LEVEL_STYLE.corroborated.color)).toBe(true);
	});
});

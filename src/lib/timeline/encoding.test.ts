import { describe, expect, it } from 'vitest';
import { BAND_DASH, DASH_PAINTS, LEVEL_STYLE, dashPaintId } from './encoding';
import { LEVELS } from '$lib/data/levels';

describe('dash paints', () => {
	it('exist for every dash the screen draws, in the level’s colour, with its on and off lengths', () => {
		const byId = new Map(DASH_PAINTS.map((d) => [d.id, d]));
		for (const level of LEVELS) {
			for (const dash of [BAND_DASH, LEVEL_STYLE[level].dash].filter((d) => d !== null)) {
				const [on, off] = dash.split(' ').map(Number);
				expect(byId.get(dashPaintId(level, dash))).toEqual({
					id: dashPaintId(level, dash),
					color: LEVEL_STYLE[level].color,
					on,
					off
				});
			}
		}
		expect(new Set(DASH_PAINTS.map((d) => d.id)).size).toBe(DASH_PAINTS.length);
		expect(dashPaintId('unreliable', '3 2')).toBe('dash-unreliable-3-2');
	});
});

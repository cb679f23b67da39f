import { describe, expect, it } from 'vitest';
import {
	clampWindow,
	transformFor,
	windowFor,
	zoomWindow,
	panWindow,
	MIN_SPAN,
	maxSpanFor,
	scaleExtent,
	DRAWABLE
} from './scale';
import { utcMs } from './dates';

const base = { from: utcMs(2025), to: utcMs(2026) };

describe('window ↔ zoom transform', () => {
	it('round-trips', () => {
		const w = { from: utcMs(2025, 2), to: utcMs(2025, 3) };
		const t = transformFor(base, w, 1000);
		const back = windowFor(base, t, 1000);
		expect(back.from).toBeCloseTo(w.from, -1);
		expect(back.to).toBeCloseTo(w.to, -1);
	});
	it('the base window is the identity transform', () => {
		expect(transformFor(base, base, 800)).toEqual({ k: 1, x: -0 });
	});
	it('scale extent matches the span limits', () => {
		const [lo, hi] = scaleExtent(base);
		expect((base.to - base.from) / hi).toBe(MIN_SPAN);
		expect((base.to - base.from) / lo).toBe(maxSpanFor(base));
	});
});

describe('zoom limits', () => {
	it.each([
		['cannot zoom in past 10 minutes', { from: utcMs(2025, 5), to: utcMs(2025, 5) + 1000 }, MIN_SPAN],
		['cannot zoom out to nothing', { from: utcMs(1900), to: utcMs(2100) }, 8 * (utcMs(2026) - utcMs(2025))]
	])('%s', (_n, w, span) => {
		const c = clampWindow(w, base);
		expect(c.to - c.from).toBeCloseTo(span, -1);
	});
	it('cannot pan far away from the data', () => {
		const c = clampWindow({ from: utcMs(2090), to: utcMs(2091) }, base);
		expect(c.from).toBeLessThan(utcMs(2029));
	});
	it('a malformed window falls back to the base', () => {
		expect(clampWindow({ from: NaN, to: 5 }, base)).toEqual(base);
		expect(clampWindow({ from: 10, to: 5 }, base)).toEqual(base);
	});
	it('zooming keeps the pivot still', () => {
		const w = { from: 0, to: 1000 * 60_000 };
		const z = zoomWindow(w, 2, 0.25);
		expect(z.from + (z.to - z.from) * 0.25).toBeCloseTo(250 * 60_000);
		expect(z.to - z.from).toBe(500 * 60_000);
	});
	it('panning moves by a share of the window', () => {
		expect(panWindow({ from: 0, to: 100 }, 0.2)).toEqual({ from: 20, to: 120 });
	});
});

describe('the view stays within the years a link can name (0001–9999)', () => {
	it.each([
		['a window past 9999', { from: Date.UTC(9999, 6, 1), to: Date.UTC(10_001, 0, 1) }],
		['a window before year 1', { from: -62_200_000_000_000, to: -62_100_000_000_000 }]
	])('%s is moved inside', (_name, w) => {
		const c = clampWindow(w);
		expect(c.from).toBeGreaterThanOrEqual(DRAWABLE.from);
		expect(c.to).toBeLessThanOrEqual(DRAWABLE.to);
		expect(c.to - c.from).toBeCloseTo(w.to - w.from, -3);
	});
});

import { describe, expect, it } from 'vitest';
import { axisFor, chooseLevel, tickLabel } from './ticks';
import { utcMs } from './dates';

const W = 1200;
const win = (from: number, to: number) => ({ from, to });

describe('chooseLevel: the finest ticks whose labels fit, from decades to minutes', () => {
	const rows = [
		{ name: '40 years', w: win(utcMs(1990), utcMs(2030)), unit: 'year', step: 2 },
		{ name: '200 years', w: win(utcMs(1850), utcMs(2050)), unit: 'year', step: 10 },
		{ name: 'one year', w: win(utcMs(2025), utcMs(2026)), unit: 'month', step: 1 },
		{ name: 'six years', w: win(utcMs(2020), utcMs(2026)), unit: 'month', step: 3 },
		{ name: 'two months', w: win(utcMs(2025, 2), utcMs(2025, 4)), unit: 'day', step: 7 },
		{ name: 'one week', w: win(utcMs(2025, 2, 1), utcMs(2025, 2, 8)), unit: 'hour', step: 12 },
		{ name: 'one day', w: win(utcMs(2025, 2, 5), utcMs(2025, 2, 6)), unit: 'hour', step: 1 },
		{ name: 'one hour', w: win(utcMs(2025, 2, 5, 20), utcMs(2025, 2, 5, 21)), unit: 'minute', step: 5 },
		{ name: 'ten minutes', w: win(utcMs(2025, 2, 5, 20), utcMs(2025, 2, 5, 20, 10)), unit: 'minute', step: 1 }
	];
	for (const r of rows) {
		it(`${r.name} → every ${r.step} ${r.unit}`, () => {
			const l = chooseLevel(r.w, W);
			expect([l.unit, l.step]).toEqual([r.unit, r.step]);
		});
	}
	it('ticks never sit closer than their level allows', () => {
		for (const r of rows) {
			const a = axisFor(r.w, W);
			for (let i = 1; i < a.ticks.length; i++) expect(a.ticks[i]!.x - a.ticks[i - 1]!.x).toBeGreaterThanOrEqual(40);
		}
	});
});

describe('tick labels say enough to orient', () => {
	const d = new Date(utcMs(2025, 2, 5, 20, 0));
	it.each([
		['year', true, '2025'],
		['month', true, 'March'],
		['month', false, 'Mar'],
		['day', true, 'Mar 5'],
		['hour', true, '20:00'],
		['minute', true, '20:00']
	] as const)('%s (roomy %s) → %s', (unit, roomy, label) => expect(tickLabel(d, unit, roomy)).toBe(label));

	it('month ticks name the year at the left edge and where it changes', () => {
		const a = axisFor(win(utcMs(2024, 6, 10), utcMs(2025, 6)), W);
		expect(a.unit).toBe('month');
		expect(a.context.map((c) => c.label)).toEqual(['2024', '2025']);
		expect(a.context[0]!.pinned).toBe(true);
		const jan = a.context[1]!;
		const janTick = a.ticks.find((t) => t.t === utcMs(2025, 0))!;
		expect(jan.x).toBeCloseTo(janTick.x);
	});
	it('hour ticks name the day', () => {
		const a = axisFor(win(utcMs(2025, 2, 5, 18), utcMs(2025, 2, 7, 18)), W);
		expect(a.unit).toBe('hour');
		expect(a.context.map((c) => c.label)).toEqual(['5 March 2025', '6 March 2025', '7 March 2025']);
	});
	it('year ticks need no context row', () => {
		expect(axisFor(win(utcMs(1990), utcMs(2030)), W).context).toEqual([]);
	});
});

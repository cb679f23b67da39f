import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseViewParams, formatViewParams, windowParams, MAX_PARAM_LENGTH } from './view-params';
import { utcMs } from '../time/dates';

describe('round trip of every state', () => {
	const rows = [
		{ name: 'a year window (days)', w: { from: utcMs(2025, 0, 6), to: utcMs(2026, 0, 7) } },
		{ name: 'a week window (hours)', w: { from: utcMs(2025, 2, 1, 5), to: utcMs(2025, 2, 8, 17) } },
		{ name: 'an hour window (minutes)', w: { from: utcMs(2025, 2, 5, 19, 30), to: utcMs(2025, 2, 5, 20, 30) } }
	];
	for (const r of rows) {
		it(r.name, () => {
			const s = formatViewParams({ window: r.w, event: 'rutte-absolute-guarantee', min: 'single' });
			expect(parseViewParams(s)).toEqual({ window: r.w, event: 'rutte-absolute-guarantee', min: 'single' });
		});
	}
	it('rounding widens the window and is idempotent', () => {
		const w = { from: utcMs(2025, 0, 6, 11, 31), to: utcMs(2026, 0, 6, 12, 28) };
		expect(windowParams(w)).toEqual({ from: '2025-01-06', to: '2026-01-06' });
		const back = parseViewParams(formatViewParams({ window: w })).window!;
		expect(back.from).toBeLessThanOrEqual(w.from);
		expect(back.to).toBeGreaterThanOrEqual(w.to);
		expect(parseViewParams(formatViewParams({ window: back })).window).toEqual(back);
	});
	it('an empty view writes nothing', () => expect(formatViewParams({})).toBe(''));
});

describe('malformed input falls back to the default (documented outcomes)', () => {
	const rows: [string, string][] = [
		['from=NaN&to=Infinity', 'not dates: window ignored'],
		['from=2025-06-01&to=2025-01-01', 'from after to: window ignored'],
		['from=9999999999999&to=2025', '13-digit number is not a date: window ignored'],
		['from=2025-02-30&to=2025-03', 'calendar-invalid date: window ignored'],
		['from=2025&from=2024&to=2026', 'repeated from: window ignored'],
		['from=2025', 'from without to: window ignored'],
		[`from=${'9'.repeat(100_000)}&to=2026`, '100 KB value: ignored'],
		['event=<script>alert(1)</script>', 'event that is not a slug: ignored'],
		['event=__proto__', 'prototype key as event: ignored (not a slug)'],
		['__proto__[polluted]=1&constructor=x', 'unknown keys: ignored'],
		['min=everything', 'unknown level: ignored'],
		['%E0%A4%A=1', 'broken percent-encoding: ignored']
	];
	for (const [q, outcome] of rows) {
		it(`${q.slice(0, 60)} → ${outcome}`, () => {
			expect(parseViewParams(q)).toEqual({});
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		});
	}
	it('values up to the limit are read', () => {
		expect(parseViewParams(`event=${'a'.repeat(80)}`).event).toHaveLength(80);
		expect(parseViewParams(`event=${'a'.repeat(MAX_PARAM_LENGTH + 1)}`)).toEqual({});
	});
	it('never throws on random input (property test)', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (s) => {
				const p = parseViewParams(s);
				if (p.window) expect(p.window.to).toBeGreaterThan(p.window.from);
			}),
			{ numRuns: 2000 }
		);
	});
});

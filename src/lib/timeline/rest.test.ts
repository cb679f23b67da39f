import { describe, expect, it } from 'vitest';
import { restRuns } from './rest';
import { buildLod } from './lod';
import { parseWhen, utcMs, type DateInput } from '../time/dates';

const span = (d: DateInput) => {
	const w = parseWhen(d);
	if (!w.ok) throw new Error(JSON.stringify(w.why));
	return { when: w.value };
};

describe('restRuns: where hidden events lie, in px', () => {
	const w = { from: utcMs(2025), to: utcMs(2026) };
	it('one run per event, adjacent ones merged, cut to the drawing', () => {
		const items = [
			span('2025-01-01'),
			span('2025-01-01'),
			span('2025-07'),
			span({ start: '2024-06-01', end: '2025-01-10' })
		].sort((a, b) => a.when.start - b.when.start);
		const runs = restRuns(items, buildLod(items), w, 365, 400 * 86_400_000);
		expect(runs[0]![0]).toBe(0);
		expect(runs.every(([a, b]) => a < b && a >= 0 && b <= 365)).toBe(true);
		expect(runs.some(([a, b]) => a >= 180 && b <= 213)).toBe(true);
	});
	it('a dense window reads buckets: as many runs as there are pixels at most', () => {
		const items = Array.from({ length: 20_000 }, (_, i) => ({
			when: { ...span('2025-01-01').when, start: utcMs(2025) + i * 1_500_000, end: utcMs(2025) + i * 1_500_000 }
		}));
		const runs = restRuns(items, buildLod(items), w, 800, 0);
		expect(runs.length).toBeLessThanOrEqual(400);
		expect(runs[0]![0]).toBe(0);
	});
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstStartingAfter, firstStartingFrom, lowerBound } from './search';

describe('binary searches', () => {
	it('find the first value (or start) at or after t, as a scan does, within bounds', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 50 })),
				fc.integer({ min: -5, max: 55 }),
				fc.nat(),
				fc.nat(),
				(xs, t, a, b) => {
					const sorted = Float64Array.from(xs.sort((p, q) => p - q));
					const [lo, hi] = [Math.min(a, b) % (xs.length + 1), Math.max(a, b) % (xs.length + 1)].sort(
						(p, q) => p - q
					) as [number, number];
					const scan = (from: number, to: number) => {
						for (let i = from; i < to; i++) if (sorted[i]! >= t) return i;
						return to;
					};
					expect(lowerBound(sorted, t)).toBe(scan(0, xs.length));
					expect(lowerBound(sorted, t, lo, hi)).toBe(scan(lo, hi));
					const items = Array.from(sorted, (start) => ({ when: { start } }));
					expect(firstStartingFrom(items, t, lo, hi)).toBe(scan(lo, hi));
					let after = lo;
					while (after < hi && sorted[after]! <= t) after++;
					expect(firstStartingAfter(items, t, lo, hi)).toBe(after);
				}
			),
			{ numRuns: 500 }
		);
	});
});

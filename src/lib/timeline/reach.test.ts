import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildReach, reachingInto } from './reach';
import { utcMs } from '../time/dates';

const DAY = 86_400_000;

describe('events reaching into a window from before it', () => {
	it('are exactly those a scan of every earlier event finds, for any mix of spans', () => {
		const span = fc.oneof(
			fc.constant(60_000),
			fc.constant(DAY),
			fc.integer({ min: 1, max: 40 }).map((d) => d * DAY),
			fc.constant(366 * DAY),
			fc.integer({ min: 1, max: 3000 }).map((d) => d * DAY)
		);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 4000 }), span), { minLength: 1, maxLength: 300 }),
				fc.integer({ min: 0, max: 4200 }),
				(rows, at) => {
					const events = rows
						.map(([d, s]) => ({ when: { start: utcMs(2015) + d * DAY, end: utcMs(2015) + d * DAY + s } }))
						.sort((a, b) => a.when.start - b.when.start);
					const from = utcMs(2015) + at * DAY + 3_600_000;
					const naive = events.flatMap((e, i) => (e.when.start < from && e.when.end >= from ? [i] : []));
					expect(reachingInto(buildReach(events), events, from)).toEqual(naive);
				}
			),
			{ numRuns: 400 }
		);
	});

	it('one year-long event does not make a window read back through a year of day events', () => {
		// 365 day events and one dated by its year: the day events' group is scanned back one day only.
		const events = [
			{ when: { start: utcMs(2020), end: utcMs(2021) } },
			...Array.from({ length: 365 }, (_, d) => ({
				when: { start: utcMs(2020) + d * DAY, end: utcMs(2020) + (d + 1) * DAY }
			}))
		];
		events.sort((a, b) => a.when.start - b.when.start || a.when.end - b.when.end);
		const reach = buildReach(events);
		const days = reach.groups.find((g) => g.maxSpan === DAY)!;
		expect(days.index.length).toBe(365);
		expect(reachingInto(reach, events, utcMs(2020, 6, 1) + 3_600_000)).toHaveLength(2);
	});
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysInMonth, formatWhen, formatWhenShort, parseInstant, parseWhen, utcMs, type DateInput } from './dates';
import { englishOf } from '$lib/data/issue-english';

const H = 3_600_000;

describe('parseInstant: every precision covers its whole span, in UTC', () => {
	const rows = [
		{ input: '2025', precision: 'year', start: utcMs(2025), end: utcMs(2026) },
		{ input: '2024-02', precision: 'month', start: utcMs(2024, 1), end: utcMs(2024, 2) },
		{ input: '2024-02-29', precision: 'day', start: utcMs(2024, 1, 29), end: utcMs(2024, 2, 1) },
		{ input: '2025-12-31', precision: 'day', start: utcMs(2025, 11, 31), end: utcMs(2026, 0, 1) },
		{
			input: '2025-03-05T20:00+01:00',
			precision: 'minute',
			start: utcMs(2025, 2, 5, 19),
			end: utcMs(2025, 2, 5, 19, 1)
		},
		{
			input: '2025-03-30T02:30Z',
			precision: 'minute',
			start: utcMs(2025, 2, 30, 2, 30),
			end: utcMs(2025, 2, 30, 2, 31)
		},
		{
			input: '2025-10-26T02:30:15-05:30',
			precision: 'second',
			start: utcMs(2025, 9, 26, 8, 0, 15),
			end: utcMs(2025, 9, 26, 8, 0, 16)
		},
		{ input: '0044-03-15', precision: 'day', start: utcMs(44, 2, 15), end: utcMs(44, 2, 16) }
	] as const;
	for (const r of rows) {
		it(`${r.input} → ${r.precision}`, () => {
			const p = parseInstant(r.input);
			expect(p.ok).toBe(true);
			if (!p.ok) return;
			expect(p.value.precision).toBe(r.precision);
			expect(p.value.start).toBe(r.start);
			expect(p.value.end).toBe(r.end);
		});
	}
	it('year 44 is not mistaken for 1944 (Date.UTC maps 0-99 to 1900s)', () => {
		const p = parseInstant('0044');
		expect(p.ok && new Date(p.value.start).getUTCFullYear()).toBe(44);
	});
	it('a day in a DST-changing week is still exactly 24 hours (local zone never used)', () => {
		const p = parseInstant('2025-03-30');
		expect(p.ok && p.value.end - p.value.start).toBe(24 * H);
	});
});

describe('parseInstant rejects dates that do not exist, with the reason', () => {
	const rows = [
		{ input: '2025-02-29', reason: '2025-02-29 does not exist: February 2025 has 28 days' },
		{ input: '2025-02-30', reason: '2025-02-30 does not exist: February 2025 has 28 days' },
		{ input: '1900-02-29', reason: 'February 1900 has 28 days' },
		{ input: '2025-04-31', reason: 'April 2025 has 30 days' },
		{ input: '2025-13', reason: 'month 13 does not exist' },
		{ input: '2025-00-10', reason: 'month 00 does not exist' },
		{ input: '0000', reason: 'year 0000 does not exist' },
		{ input: '99999', reason: 'is not a date' },
		{ input: '2025-3-5', reason: 'is not a date' },
		{ input: '5 March 2025', reason: 'is not a date' },
		{ input: '2025-03-05T24:00Z', reason: 'time 24:00 does not exist' },
		{ input: '2025-03-05T20:00', reason: 'has a time but no zone' },
		{ input: '2025-03-05T20:00+15:00', reason: 'zone offset +15:00 does not exist' },
		{ input: '', reason: 'is not a date' }
	];
	for (const r of rows) {
		it(`"${r.input}" is rejected`, () => {
			const p = parseInstant(r.input);
			expect(p.ok).toBe(false);
			if (!p.ok) expect(englishOf(p.why)).toContain(r.reason);
		});
	}
});

describe('parseWhen: ranges and uncertain intervals', () => {
	it('a range spans from the start of its start to the end of its end', () => {
		const w = parseWhen({ start: '2025-03', end: '2025-05' });
		expect(w.ok && [w.value.kind, w.value.start, w.value.end]).toEqual(['range', utcMs(2025, 2), utcMs(2025, 5)]);
	});
	it('an uncertain interval keeps its kind', () => {
		const w = parseWhen({ notBefore: '2025-12-11', notAfter: '2025-12-23' });
		expect(w.ok && w.value.kind).toBe('uncertain');
	});
	const bad: { input: DateInput; reason: string }[] = [
		{ input: { start: '2025-05', end: '2025-03' }, reason: 'end 2025-03 is before start 2025-05' },
		{
			input: { notBefore: '2025-12-23', notAfter: '2025-12-11' },
			reason: 'notAfter 2025-12-11 is before notBefore 2025-12-23'
		},
		{ input: { start: '2025-02-30', end: '2025-03' }, reason: 'start: 2025-02-30 does not exist' }
	];
	it('a range whose ends are the same date is that date (issue 23.7: accepted, not refused)', () => {
		for (const input of [
			{ start: '2025', end: '2025' },
			{ notBefore: '2025-03-05', notAfter: '2025-03-05' }
		]) {
			const w = parseWhen(input);
			expect(w.ok && w.value.kind).toBe('single');
			expect(w.ok && w.value.from.text).toBe(input.start ?? input.notBefore);
		}
	});
	for (const r of bad) {
		it(`rejects ${JSON.stringify(r.input)}`, () => {
			const w = parseWhen(r.input);
			expect(w.ok).toBe(false);
			if (!w.ok) expect(englishOf(w.why)).toContain(r.reason);
		});
	}
});

describe('formatWhen says the precision in words', () => {
	const rows: { input: DateInput; words: string; short: string }[] = [
		{ input: '2025', words: '2025', short: '2025' },
		{ input: '2025-03', words: 'March 2025', short: 'Mar 2025' },
		{ input: '2025-03-05', words: '5 March 2025', short: '5 Mar 2025' },
		{ input: '2025-03-05T20:00+01:00', words: '5 March 2025, 20:00 UTC+1', short: '5 Mar 2025 20:00' },
		{ input: '2025-03-05T23:30-05:30', words: '5 March 2025, 23:30 UTC-5:30', short: '5 Mar 2025 23:30' },
		{
			input: { notBefore: '2025-12-11', notAfter: '2025-12-23' },
			words: 'between 11 and 23 December 2025',
			short: '11 Dec 2025 – 23 Dec 2025 (uncertain)'
		},
		{
			input: { notBefore: '2025-11-28', notAfter: '2025-12-03' },
			words: 'between 28 November and 3 December 2025',
			short: '28 Nov 2025 – 3 Dec 2025 (uncertain)'
		},
		{ input: { start: '2025-03-05', end: '2025-03-09' }, words: '5–9 March 2025', short: '5 Mar 2025 – 9 Mar 2025' },
		{
			input: { start: '2024-12', end: '2025-02' },
			words: 'December 2024 – February 2025',
			short: 'Dec 2024 – Feb 2025'
		}
	];
	for (const r of rows) {
		it(`${JSON.stringify(r.input)} → "${r.words}"`, () => {
			const w = parseWhen(r.input);
			expect(w.ok).toBe(true);
			if (!w.ok) return;
			expect(formatWhen(w.value)).toBe(r.words);
			expect(formatWhenShort(w.value)).toBe(r.short);
		});
	}
});

describe('parseInstant: the quick path for plain dates agrees with the calendar', () => {
	const pad = (n: number, w: number) => String(n).padStart(w, '0');
	it('YYYY, YYYY-MM and YYYY-MM-DD give the spans Date.UTC gives, for every year 0001–9999', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 9999 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 31 }),
				(y, m, d) => {
					const year = parseInstant(pad(y, 4));
					expect(year).toEqual({
						ok: true,
						value: { text: pad(y, 4), precision: 'year', start: utcMs(y), end: utcMs(y + 1), offset: null }
					});
					const month = parseInstant(`${pad(y, 4)}-${pad(m, 2)}`);
					expect(month.ok && [month.value.start, month.value.end]).toEqual([utcMs(y, m - 1), utcMs(y, m)]);
					const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
					const day = parseInstant(text);
					if (d > daysInMonth(y, m))
						expect(day).toEqual({
							ok: false,
							why: { code: 'dateNoDay', params: { date: text, year: y, month: m, days: daysInMonth(y, m) } }
						});
					else
						expect(day.ok && [day.value.precision, day.value.start, day.value.end]).toEqual([
							'day',
							utcMs(y, m - 1, d),
							utcMs(y, m - 1, d + 1)
						]);
				}
			),
			{ numRuns: 2000 }
		);
	});
	it('leaves near-misses to the long path and its reasons', () => {
		for (const bad of [
			'0000',
			'2025-00',
			'2025-13',
			'2025-1-01',
			'2025/01/01',
			'2025-02-29',
			'20a5',
			'2025-01-0x',
			'+025'
		]) {
			expect(parseInstant(bad).ok, bad).toBe(false);
		}
		expect(parseInstant('2024-02-29').ok).toBe(true);
	});
});

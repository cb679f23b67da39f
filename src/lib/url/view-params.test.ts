import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseViewParams, formatViewParams, windowParams, MAX_PARAM_LENGTH } from './view-params';
import { utcMs } from '../time/dates';
import { BAD_CHAR } from '../data/characters';

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

describe('search, facets, lanes and the rest: round trip', () => {
	const full = {
		level: ['single' as const, 'corroborated' as const],
		q: 'Rutte "absolute guarantee" Nausėda & co=1',
		actor: ['Boris Pistorius', 'Gitanas Nausėda'],
		tag: ['nuclear deterrence', 'a+b, c'],
		source: ['tass-en-2063657'],
		kind: ['wire' as const, 'unreliable' as const],
		ingroup: ['Europe / East'],
		group: 'actor' as const,
		rest: 'dim' as const
	};
	it('every new parameter comes back as written', () => expect(parseViewParams(formatViewParams(full))).toEqual(full));
	it('reads as a person would write it: spaces as "+", repeated keys for several values', () => {
		expect(formatViewParams({ q: 'Rutte', actor: ['Boris Pistorius'], min: 'corroborated' })).toBe(
			'?min=corroborated&q=Rutte&actor=Boris+Pistorius'
		);
		expect(parseViewParams('actor=Boris%20Pistorius&actor=Mark+Rutte').actor).toEqual([
			'Boris Pistorius',
			'Mark Rutte'
		]);
	});
	it('links shared before (from, to, event, min) read exactly as they did', () => {
		expect(parseViewParams('from=2025-01-01&to=2025-02-01&event=x&min=single')).toEqual({
			window: { from: utcMs(2025, 0, 1), to: utcMs(2025, 1, 2) },
			event: 'x',
			min: 'single'
		});
	});
	it('any view survives the round trip (property)', () => {
		const name = fc
			.string({ minLength: 1, maxLength: 40 })
			.filter((s) => s.trim() === s && s.length > 0 && !BAD_CHAR.test(s));
		fc.assert(
			fc.property(
				fc.record(
					{
						q: name,
						actor: fc.uniqueArray(name, { minLength: 1, maxLength: 4 }),
						tag: fc.uniqueArray(name, { minLength: 1, maxLength: 4 }),
						ingroup: fc.uniqueArray(name, { minLength: 1, maxLength: 2 }),
						group: fc.constantFrom('actor' as const, 'tag' as const, 'kind' as const, 'group' as const)
					},
					{ requiredKeys: [] }
				),
				(p) => {
					expect(parseViewParams(formatViewParams(p))).toEqual(p);
				}
			),
			{ numRuns: 1000 }
		);
	});
});

describe('hostile values of the new parameters are ignored', () => {
	const rows: [string, string][] = [
		[`q=${'a'.repeat(201)}`, 'a search over 200 characters'],
		['q=a&q=b', 'a repeated search'],
		['q=%20%20', 'a blank search'],
		['q=%00evil', 'a control character in the search'],
		[`actor=${'x'.repeat(301)}`, 'an actor over 300 characters'],
		['actor=%01', 'a control character in an actor'],
		['tag=%EF%BF%BE', 'a noncharacter in a tag'],
		[Array.from({ length: 51 }, (_, i) => `actor=a${i}`).join('&'), 'more than 50 values of one facet'],
		['source=<script>', 'a source that is not an id'],
		['source=__proto__', 'a prototype key as a source'],
		['kind=trusted', 'an unknown source kind'],
		['level=everything', 'an unknown level'],
		['group=source', 'lanes by something not offered'],
		['group=actor&group=tag', 'two lane choices'],
		['rest=show', 'an unknown choice for the rest'],
		['ingroup=', 'an empty group']
	];
	for (const [q, what] of rows) it(`${what} → ignored`, () => expect(parseViewParams(q)).toEqual({}));
	it('good values beside bad ones are kept', () => {
		expect(parseViewParams('kind=wire&kind=trusted&actor=Ann&actor=%01').kind).toEqual(['wire']);
		expect(parseViewParams('actor=Ann&actor=%01&actor=Ann').actor).toEqual(['Ann']);
	});
	it('random query strings never throw and give only well-formed values (property)', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						fc.constantFrom('q', 'actor', 'tag', 'source', 'kind', 'ingroup', 'level', 'group', 'rest', 'min'),
						fc.string({ maxLength: 60 })
					),
					{ maxLength: 8 }
				),
				(pairs) => {
					const s = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
					const p = parseViewParams(s);
					for (const key of ['actor', 'tag', 'ingroup'] as const)
						for (const v of p[key] ?? []) expect(v.trim().length).toBeGreaterThan(0);
					if (p.q) expect(p.q.length).toBeLessThanOrEqual(200);
					expect(parseViewParams(formatViewParams(p))).toEqual(p);
				}
			),
			{ numRuns: 2000 }
		);
	});
});

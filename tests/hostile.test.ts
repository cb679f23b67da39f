import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { loadTimelineText, loadTimelineData } from '$lib/data/load';
import { decodeBytes } from '$lib/data/decode';
import { parseInstant, parseWhen } from '$lib/time/dates';
import { snapshotSvg } from '$lib/export/snapshot';
import { layoutEvents } from '$lib/timeline/layout';
import { axisFor } from '$lib/time/ticks';
import { LIMITS } from '$lib/data/limits';
import { HOSTILE_CASES } from './hostile/cases';
import { DOMParser } from '@xmldom/xmldom';
import { ENGLISH } from './fixtures/english-words';
import { englishOf } from '../src/lib/data/issue-english';

/** A fixture's text, by the one decoding rule every door uses (decode.ts). */
const read = (f: string) => {
	const d = decodeBytes(readFileSync(new URL(`./hostile/${f}`, import.meta.url)), f);
	if (!d.ok) throw new Error(englishOf(d.errors[0]!));
	return d.text;
};
const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

describe('hostile fixtures: each has its documented outcome', () => {
	const before = protoKeys();
	for (const c of HOSTILE_CASES) {
		it(`${c.file} is ${c.outcome}`, () => {
			const r = loadTimelineText(read(c.file), c.file);
			expect(protoKeys()).toBe(before);
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			if (c.outcome === 'accepted') {
				expect(r.ok ? [] : r.errors).toEqual([]);
				if (!r.ok) return;
				const titles = r.timeline.events.map((e) => e.title);
				for (const s of c.shows) expect(titles).toContain(s);
				return;
			}
			expect(r.ok).toBe(false);
			if (r.ok) return;
			for (const want of c.errors) {
				const hit = r.errors.find((e) => e.path === want.path);
				expect(hit, `${want.path} in ${JSON.stringify(r.errors)}`).toBeDefined();
				expect(englishOf(hit!)).toContain(want.message);
			}
			for (const e of r.errors) {
				expect(e.file).toBe(c.file);
				// A reason, not a dump: no error repeats more than a short excerpt of the bad value.
				expect(englishOf(e).length).toBeLessThan(220);
				expect(e.path.length).toBeLessThan(80);
			}
		});
	}
	it('a file over the size limit is refused with its size', () => {
		const r = loadTimelineText(' '.repeat(LIMITS.fileBytes + 10), 'huge.json');
		expect(r.ok ? '' : englishOf(r.errors[0]!)).toMatch(/^is 64\.0 MB; the limit is 64\.0 MB$/);
	});
	it('too many events are refused with the limit', () => {
		const events = Array.from({ length: LIMITS.events + 1 }, (_, i) => ({
			id: `e${i}`,
			title: 'x',
			date: '2025',
			sources: ['s']
		}));
		const r = loadTimelineData(
			{
				id: 'x',
				title: 'x',
				language: 'en',
				sources: [{ id: 's', publisher: 'S', url: 'https://s.example/', kind: 'news' }],
				events
			},
			'many.json'
		);
		expect(r.ok ? '' : englishOf(r.errors[0]!)).toBe(`has more than ${LIMITS.events} events`);
	});
});

describe('exports of accepted hostile fixtures stay safe', () => {
	for (const c of HOSTILE_CASES.filter((x) => x.outcome === 'accepted')) {
		it(c.file, () => {
			const r = loadTimelineText(read(c.file), c.file);
			if (!r.ok) throw new Error('fixture should load');
			const t = r.timeline;
			const window = { from: t.extent![0] - 86_400_000 * 30, to: t.extent![1] + 86_400_000 * 30 };
			const { svg } = snapshotSvg({
				timelineId: t.id,
				title: t.title,
				window,
				width: 900,
				height: 300,
				layout: layoutEvents(t.events, window, { width: 900, lanes: 4 }),
				items: t.events,
				axis: axisFor(window, 900),
				levelOf: () => 'single',
				eventById: t.eventById,
				sourceById: t.sourceById,
				selectedId: null,
				filter: null,
				permalink: 'https://x.example/',
				exportedOn: 'today',
				words: ENGLISH
			});
			const errors: string[] = [];
			const doc = new DOMParser({
				onError: (level, msg) => void (level !== 'warning' && errors.push(msg))
			}).parseFromString(svg, 'image/svg+xml');
			expect(errors).toEqual([]);
			expect(doc.getElementsByTagName('script').length).toBe(0);
			expect(doc.getElementsByTagName('foreignObject').length).toBe(0);
			const all = doc.getElementsByTagName('*');
			for (let i = 0; i < all.length; i++) {
				const el = all.item(i)!;
				for (let j = 0; j < el.attributes.length; j++) {
					const a = el.attributes.item(j)!;
					expect(a.name).not.toMatch(/^(on|href$|xlink:href$|src$)/i);
					if (/url\(/.test(a.value)) expect(a.value).toMatch(/^url\(#[\w-]+\)$/);
				}
			}
		});
	}
});

describe('fuzzing: no exception ever escapes', () => {
	it('the date parser', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.stringMatching(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?)?)?)?$/)),
				(s) => {
					const p = parseInstant(s);
					if (p.ok) expect(p.value.end).toBeGreaterThan(p.value.start);
				}
			),
			{ numRuns: 3000 }
		);
		fc.assert(
			fc.property(fc.anything(), (x) => void parseWhenSafe(x)),
			{ numRuns: 500 }
		);
	});
	it('the loader, on random JSON values and random text', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (v) => void loadTimelineData(v, 'fuzz.json')),
			{ numRuns: 500 }
		);
		fc.assert(
			fc.property(fc.string({ maxLength: 500 }), (s) => void loadTimelineText(s, 'fuzz.json')),
			{ numRuns: 500 }
		);
	});
	it('the loader, on near-valid timelines with random fields swapped in', () => {
		const valid = JSON.parse(read('prototype-ids.json'));
		fc.assert(
			fc.property(
				fc.constantFrom('id', 'title', 'date', 'sources', 'quotes', 'claims', 'contradicts'),
				fc.jsonValue(),
				(key, value) => {
					const copy = structuredClone(valid);
					copy.events[0][key] = value;
					const r = loadTimelineData(copy, 'near.json');
					if (!r.ok) for (const e of r.errors) expect(e.path).toMatch(/^[\w[\].$"-]+|\(file\)|\(root\)$/);
				}
			),
			{ numRuns: 500 }
		);
	});
});

/** parseWhen only takes DateInput; the loader guards shapes, so fuzz it through the same guard. */
function parseWhenSafe(x: unknown) {
	if (typeof x === 'string') return parseWhen(x);
	return loadTimelineData(
		{
			id: 'x',
			title: 'x',
			language: 'en',
			sources: [{ id: 's', publisher: 'S', url: 'https://s.example/', kind: 'news' }],
			events: [{ id: 'e', title: 'e', date: x, sources: ['s'] }]
		},
		'f.json'
	);
}

import { describe, expect, it } from 'vitest';
import { buildLod, queryLod, chooseLodLevel, BASE_BUCKET_MS, type Bucket } from './lod';
import type { Span } from '../time/search';
import { layoutEvents, firstVisible, lastVisible, LOD_THRESHOLD, type LayoutItem } from './layout';
import { parseWhen, utcMs } from '../time/dates';

/** The same buckets computed the slow way: group every event starting in the window. */
function naiveBuckets(events: readonly Span[], bucketMs: number, from: number, to: number): Bucket[] {
	const out: Bucket[] = [];
	const k0 = Math.floor(from / bucketMs);
	const k1 = Math.floor(to / bucketMs);
	events.forEach((e, i) => {
		const key = Math.floor(e.when.start / bucketMs);
		if (key < k0 || key > k1) return;
		const last = out[out.length - 1];
		if (last && last.start === key * bucketMs) {
			last.count++;
			last.maxEnd = Math.max(last.maxEnd, e.when.end);
		} else out.push({ start: key * bucketMs, first: i, count: 1, maxEnd: e.when.end });
	});
	return out;
}

/** Deterministic random events over ten years, sorted by start. */
function randomEvents(n: number, seed = 11): LayoutItem[] {
	let s = seed;
	const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
	const from = utcMs(2016);
	const span = utcMs(2026) - from;
	const out: LayoutItem[] = [];
	for (let i = 0; i < n; i++) {
		const d = new Date(from + rnd() * span).toISOString();
		const text = rnd() < 0.1 ? d.slice(0, 7) : rnd() < 0.05 ? d.slice(0, 4) : d.slice(0, 10);
		const w = parseWhen(text);
		if (!w.ok) throw new Error(JSON.stringify(w.why));
		out.push({ id: `e${i}`, when: w.value, title: `Event ${i}` });
	}
	return out.sort((a, b) => a.when.start - b.when.start || a.when.end - b.when.end);
}

describe('level-of-detail index', () => {
	const events = randomEvents(5000);
	const lod = buildLod(events);

	it('builds coarse levels only, each an aligned power-of-two bucket size', () => {
		expect(lod.levels.length).toBeGreaterThan(5);
		for (const l of lod.levels) expect(l.bucketMs / BASE_BUCKET_MS).toBe(2 ** l.level);
		const total = lod.levels[0]!.count.reduce((a, b) => a + b, 0);
		expect(total).toBe(5000);
	});

	it('gives the same buckets as the naive computation, on random windows', () => {
		let seed = 3;
		const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
		for (let t = 0; t < 50; t++) {
			const a = utcMs(2015) + rnd() * (utcMs(2027) - utcMs(2015));
			const b = a + rnd() * 5 * 365 * 86_400_000;
			const level = lod.levels[Math.floor(rnd() * lod.levels.length)]!;
			expect(queryLod(level, a, b)).toEqual(naiveBuckets(events, level.bucketMs, a, b));
		}
	});

	it('a query touches only the visible buckets (plus the one that ends the scan)', () => {
		const level = chooseLodLevel(lod, 86_400_000 * 7)!;
		const touched = { n: 0 };
		const got = queryLod(level, utcMs(2020, 2), utcMs(2020, 5), touched);
		expect(got.length).toBeGreaterThan(0);
		expect(touched.n).toBeLessThanOrEqual(got.length + 1);
		// Far fewer than the events or buckets in the whole index.
		expect(touched.n).toBeLessThan(level.keys.length / 10);
	});

	it('chooses the coarsest level no wider than asked', () => {
		const month = 30 * 86_400_000;
		const l = chooseLodLevel(lod, month)!;
		expect(l.bucketMs).toBeLessThanOrEqual(month);
		const next = lod.levels[lod.levels.indexOf(l) + 1];
		if (next) expect(next.bucketMs).toBeGreaterThan(month);
		// Finer than any built level: the finest one (there, windows are laid out event by event anyway).
		expect(chooseLodLevel(lod, 1)).toBe(lod.levels[0]);
	});
});

describe('layout with the index', () => {
	const events = randomEvents(20_000);
	const lod = buildLod(events);
	const all = { from: utcMs(2015, 6), to: utcMs(2026, 6) };

	it('a dense window aggregates: every event is counted once, labels and clusters never overlap', () => {
		const l = layoutEvents(events, all, { width: 1200, lanes: 8 }, 0, events.length, lod);
		expect(l.aggregated).toBe(true);
		const counted = l.events.length + l.clusters.reduce((a, c) => a + c.count, 0);
		expect(counted).toBe(events.length);
		for (let i = 1; i < l.clusters.length; i++) expect(l.clusters[i]!.x0).toBeGreaterThan(l.clusters[i - 1]!.x1);
		// Work and output depend on the width, not the number of events.
		expect(l.clusters.length + l.events.length).toBeLessThan(1200);
	});

	it('a sparse window is laid out event by event, as without the index', () => {
		const w = { from: utcMs(2020, 2, 1), to: utcMs(2020, 2, 20) };
		const maxSpan = 366 * 86_400_000;
		const range = [firstVisible(events, w.from, maxSpan), lastVisible(events, w.to)] as const;
		const naive = layoutEvents(events, w, { width: 1200, lanes: 8 }, ...range);
		const indexed = layoutEvents(events, w, { width: 1200, lanes: 8 }, ...range, lod);
		expect(indexed.aggregated).toBe(false);
		expect(indexed).toEqual(naive);
	});

	it('switches to buckets only above the threshold', () => {
		const layout = (from: number, to: number) => {
			const range = [firstVisible(events, from, 366 * 86_400_000), lastVisible(events, to)] as const;
			const inWindow = events.filter((e) => e.when.start >= from && e.when.start <= to).length;
			return {
				inWindow,
				aggregated: layoutEvents(events, { from, to }, { width: 1200, lanes: 8 }, ...range, lod).aggregated
			};
		};
		const wide = layout(utcMs(2018), utcMs(2022));
		expect(wide.inWindow).toBeGreaterThan(LOD_THRESHOLD);
		expect(wide.aggregated).toBe(true);
		const narrow = layout(utcMs(2020), utcMs(2020, 3));
		expect(narrow.inWindow).toBeLessThan(LOD_THRESHOLD);
		expect(narrow.aggregated).toBe(false);
	});
});

describe('events before 1970 (negative times)', () => {
	it('the index is built and ends with a level of at most two buckets', () => {
		const events = [-4.86e12, -8.2e11, -5e11, 5e11].map((start) => ({ when: { start, end: start + 86_400_000 } }));
		const lod = buildLod(events);
		expect(lod.levels.at(-1)!.keys.length).toBeLessThanOrEqual(2);
		expect(lod.levels.length).toBeLessThan(40);
	});
});

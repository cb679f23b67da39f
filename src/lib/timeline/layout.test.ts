import { describe, expect, it } from 'vitest';
import {
	layoutEvents,
	clusterWindow,
	markGeometry,
	clipGeometry,
	firstVisible,
	lastVisible,
	eventsInWindow,
	type LayoutItem,
	DAY_BAND_MIN_PX,
	MIN_SPAN_PX
} from './layout';
import { parseWhen, utcMs, type DateInput } from '../time/dates';

function when(input: DateInput) {
	const w = parseWhen(input);
	if (!w.ok) throw new Error(JSON.stringify(w.why));
	return w.value;
}
function item(id: string, date: DateInput, title = id): LayoutItem {
	return { id, when: when(date), title };
}
const year2025 = { from: utcMs(2025), to: utcMs(2026) };

describe('markGeometry: marks by precision', () => {
	const x = (t: number) => ((t - year2025.from) / (year2025.to - year2025.from)) * 1000;
	const rows: { name: string; date: DateInput; shape: string; width?: number }[] = [
		{ name: 'a day at year zoom is a point', date: '2025-03-05', shape: 'point', width: 0 },
		{ name: 'an exact time is a point', date: '2025-03-05T20:00+01:00', shape: 'point', width: 0 },
		{ name: 'a month is a band across the month', date: '2025-03', shape: 'band', width: (31 / 365) * 1000 },
		{ name: 'a year is a band across the year', date: '2025', shape: 'band', width: 1000 },
		{ name: 'a range is a bar', date: { start: '2025-03', end: '2025-05' }, shape: 'bar', width: (92 / 365) * 1000 },
		{
			name: 'an uncertain interval fades',
			date: { notBefore: '2025-12-11', notAfter: '2025-12-23' },
			shape: 'fade',
			width: (13 / 365) * 1000
		},
		{
			name: 'a tiny range keeps a minimum width',
			date: { start: '2025-03-05', end: '2025-03-06' },
			shape: 'bar',
			width: MIN_SPAN_PX
		}
	];
	for (const r of rows) {
		it(r.name, () => {
			const g = markGeometry(when(r.date), x);
			expect(g.shape).toBe(r.shape);
			if (r.width !== undefined) expect(g.x1 - g.x0).toBeCloseTo(r.width, 0);
		});
	}
	it('a day becomes a band once it is wide enough to be misread as a moment', () => {
		const day = when('2025-03-05');
		const zoomed = (t: number) => ((t - utcMs(2025, 2, 1)) / (utcMs(2025, 2, 11) - utcMs(2025, 2, 1))) * 1000;
		const g = markGeometry(day, zoomed);
		expect(g.shape).toBe('band');
		expect(g.x1 - g.x0).toBeGreaterThan(DAY_BAND_MIN_PX);
		expect(g.x0).toBeCloseTo(400);
	});
});

describe('clipGeometry', () => {
	it('cuts bands and bars to the drawing, keeps points and fades', () => {
		expect(clipGeometry({ shape: 'band', x0: -1e6, x1: 1e6, cx: 0 }, 800)).toEqual({
			shape: 'band',
			x0: -12,
			x1: 812,
			cx: 0
		});
		expect(clipGeometry({ shape: 'bar', x0: 10, x1: 20, cx: 15 }, 800)).toEqual({
			shape: 'bar',
			x0: 10,
			x1: 20,
			cx: 15
		});
		expect(clipGeometry({ shape: 'fade', x0: -1e6, x1: 1e6, cx: 0 }, 800).x0).toBe(-1e6);
	});
});

/** No two placed labels in one lane overlap, and every item is either placed or clustered. */
function checkNoOverlap(items: LayoutItem[], width: number, lanes: number, labelOf?: (item: LayoutItem) => string) {
	const l = layoutEvents(items, year2025, { width, lanes, labelOf });
	const byLane = new Map<number, { left: number; right: number }[]>();
	for (const p of l.events) byLane.set(p.lane, [...(byLane.get(p.lane) ?? []), p]);
	for (const row of byLane.values()) {
		const sorted = [...row].sort((a, b) => a.left - b.left);
		for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.left).toBeGreaterThanOrEqual(sorted[i - 1]!.right);
	}
	for (let i = 1; i < l.clusters.length; i++) expect(l.clusters[i]!.x0).toBeGreaterThan(l.clusters[i - 1]!.x1);
	const count = l.events.length + l.clusters.reduce((n, c) => n + c.count, 0);
	expect(count).toBe(items.length);
	return l;
}

describe('layoutEvents: lanes and clusters', () => {
	it('spread-out events all get lane 0', () => {
		const items = ['2025-01-10', '2025-05-10', '2025-09-10'].map((d, i) => item(`e${i}`, d, 'Short'));
		const l = checkNoOverlap(items, 1200, 4);
		expect(l.events.map((p) => p.lane)).toEqual([0, 0, 0]);
		expect(l.clusters).toEqual([]);
	});
	it('events on one day stack into lanes in time order', () => {
		const items = ['a', 'b', 'c'].map((id) => item(id, '2025-03-06', `Event ${id} with a long title`));
		const l = checkNoOverlap(items, 1200, 4);
		expect(l.events.map((p) => [p.id, p.lane])).toEqual([
			['a', 0],
			['b', 1],
			['c', 2]
		]);
	});
	it('what does not fit in the lanes gathers into one counted cluster', () => {
		const items = Array.from({ length: 10 }, (_, i) => item(`e${i}`, '2025-03-06', `Event number ${i}`));
		const l = checkNoOverlap(items, 1200, 3);
		expect(l.events).toHaveLength(3);
		expect(l.clusters).toHaveLength(1);
		expect(l.clusters[0]).toMatchObject({ count: 7, start: utcMs(2025, 2, 6), end: utcMs(2025, 2, 7) });
	});
	it('a cluster splits as you zoom in', () => {
		const items = Array.from({ length: 10 }, (_, i) =>
			item(`e${i}`, `2025-03-${String(i + 1).padStart(2, '0')}`, `E${i}`)
		);
		const wide = layoutEvents(items, year2025, { width: 1000, lanes: 2 });
		const close = layoutEvents(items, { from: utcMs(2025, 2, 1), to: utcMs(2025, 2, 12) }, { width: 1000, lanes: 2 });
		expect(wide.clusters.length).toBeGreaterThan(0);
		expect(close.clusters).toEqual([]);
		expect(close.events).toHaveLength(10);
	});
	it('zooming into a cluster shows its members: the day they share, zoomed in', () => {
		const items = Array.from({ length: 10 }, (_, i) => item(`e${i}`, '2025-03-06', `Event number ${i}`));
		const l = layoutEvents(items, year2025, { width: 1200, lanes: 3 });
		const w = clusterWindow(l.clusters[0]!, year2025, 1200);
		expect(w.from).toBeLessThanOrEqual(utcMs(2025, 2, 6));
		expect(w.to).toBeGreaterThanOrEqual(utcMs(2025, 2, 7));
		expect(w.to - w.from).toBeLessThan(2 * 86_400_000);
	});
	it('zooming into a cluster never zooms out, even when a member is a long band', () => {
		// One lane, taken by a first year band; a second one and six days share a cluster mid-year.
		const items = [
			item('y1', '2025', 'The whole year'),
			item('y2', '2025', 'The year again'),
			...Array.from({ length: 6 }, (_, i) => item(`d${i}`, '2025-07-02', `Day ${i}`))
		].sort((a, b) => a.when.start - b.when.start);
		const w = { from: utcMs(2025, 5, 1), to: utcMs(2025, 7, 1) };
		const l = layoutEvents(items, w, { width: 1000, lanes: 1 });
		const c = l.clusters.find((c) => c.end - c.start > 300 * 86_400_000);
		expect(c, 'a cluster holding the year band').toBeDefined();
		const z = clusterWindow(c!, w, 1000);
		expect(z.to - z.from).toBeLessThan((w.to - w.from) / 4);
		// ...and it is where the mark is.
		const msPerPx = (w.to - w.from) / 1000;
		expect(z.from).toBeLessThan(w.from + c!.x1 * msPerPx);
		expect(z.to).toBeGreaterThan(w.from + c!.x0 * msPerPx);
	});
	it('random data never overlaps at any zoom (fixed seed)', () => {
		let seed = 7;
		const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const items = Array.from({ length: 400 }, (_, i) => {
			const d = new Date(utcMs(2025) + rnd() * 364 * 86_400_000);
			const iso = d.toISOString().slice(0, rnd() < 0.2 ? 7 : 10);
			return item(`e${i}`, iso, 'x'.repeat(3 + Math.floor(rnd() * 40)));
		});
		items.sort((a, b) => a.when.start - b.when.start);
		for (const width of [375, 800, 1600]) checkNoOverlap(items, width, 6);
	});
	it('labels near the right edge go left of their mark and are not cut off', () => {
		const l = layoutEvents([item('late', '2025-12-30', 'A long title near the end of the year')], year2025, {
			width: 1000,
			lanes: 2
		});
		const p = l.events[0]!;
		expect(p.right).toBeLessThanOrEqual(1000 + 6);
		expect(p.labelX).toBeLessThan(p.geom.cx);
	});
	it('long titles are shortened with an ellipsis', () => {
		const l = layoutEvents([item('a', '2025-03-06', 'word '.repeat(60))], year2025, { width: 1000, lanes: 2 });
		expect(l.events[0]!.label.endsWith('…')).toBe(true);
	});
	it('measures the labels of events that may get a lane, not of every event in a dense window', () => {
		const items = Array.from({ length: 2000 }, (_, i) =>
			item(`e${i}`, `2025-${String(1 + Math.floor(i / 200)).padStart(2, '0')}-10`, `Event ${i}`)
		);
		const measured = new Set<string>();
		const l = checkNoOverlap(items, 1200, 6, (it) => (measured.add(it.id), it.title));
		expect(l.clusters.reduce((n, c) => n + c.count, 0)).toBeGreaterThan(1900);
		// Placed events, plus those near the right edge whose label might go left of the mark.
		const x = (it: LayoutItem) => ((it.when.start - year2025.from) / (year2025.to - year2025.from)) * 1200;
		const nearEdge = items.filter((it) => x(it) > 1200 - 320).length;
		expect(nearEdge).toBe(200);
		expect(measured.size).toBeLessThanOrEqual(l.events.length + nearEdge);
		for (const p of l.events) expect(measured.has(p.id)).toBe(true);
	});
	it('the same input gives the same layout (stable order)', () => {
		const items = Array.from({ length: 30 }, (_, i) => item(`e${i}`, `2025-0${1 + (i % 9)}-15`, `Event ${i}`)).sort(
			(a, b) => a.when.start - b.when.start
		);
		expect(layoutEvents(items, year2025, { width: 900, lanes: 4 })).toEqual(
			layoutEvents(items, year2025, { width: 900, lanes: 4 })
		);
	});
});

describe('visible range by binary search', () => {
	const items = ['2024', '2025-03', '2025-06-01', '2025-12-31', '2026-02'].map((d, i) => item(`e${i}`, d));
	it('starts early enough to catch long events reaching into the window', () => {
		const yearMs = 366 * 86_400_000;
		expect(firstVisible(items, utcMs(2024, 11), yearMs)).toBe(0);
		expect(firstVisible(items, utcMs(2025, 4), 0)).toBe(2);
		expect(lastVisible(items, utcMs(2025, 11, 31))).toBe(4);
	});
	it('lists exactly the items overlapping a window, as a scan of all of them would', () => {
		const maxSpan = Math.max(...items.map((e) => e.when.end - e.when.start));
		for (const w of [
			year2025,
			{ from: utcMs(2024, 11), to: utcMs(2025, 2) },
			{ from: utcMs(2025, 6), to: utcMs(2025, 7) },
			{ from: utcMs(2027), to: utcMs(2028) }
		]) {
			const scanned = items.filter((e) => e.when.end >= w.from && e.when.start <= w.to).map((e) => e.id);
			expect(eventsInWindow(items, w, maxSpan).map((e) => e.id)).toEqual(scanned);
		}
		expect(eventsInWindow(items, { from: utcMs(2024, 11), to: utcMs(2025, 2) }, maxSpan).map((e) => e.id)).toEqual([
			'e0',
			'e1'
		]);
	});
});

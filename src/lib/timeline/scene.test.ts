import { describe, expect, it } from 'vitest';
import { buildScene, legendMarks, sameMark, findEvent, shapeBox, type SceneInput } from './scene';
import { layoutEvents, POINT_R, type LayoutItem } from './layout';
import { axisFor } from '../time/ticks';
import { parseWhen, utcMs, type DateInput } from '../time/dates';
import { AXIS_H, laneY, clusterY, SPAN, HIGHLIGHT, FOCUS_RING } from './metrics';
import { BAND_DASH, FADE, FONTS, INK, LEVEL_STYLE, MARK_PAINT } from './encoding';
import type { Level } from '$lib/data/levels';

function item(id: string, date: DateInput, title: string): LayoutItem {
	const w = parseWhen(date);
	if (!w.ok) throw new Error(JSON.stringify(w.why));
	return { id, when: w.value, title };
}
const items = [
	item('a', '2025-03-05', 'A day event'),
	item('b', '2025-06', 'A month event'),
	item('c', { start: '2025-08', end: '2025-09' }, 'A range'),
	item('d', { notBefore: '2025-11-11', notAfter: '2025-11-23' }, 'An uncertain interval'),
	item('e', '2025-07', 'Another month'),
	...Array.from({ length: 6 }, (_, i) => item(`x${i}`, '2025-03-06', `Crowded ${i}`))
];
const levels: Record<string, Level> = {
	a: 'primary',
	b: 'corroborated',
	c: 'single',
	d: 'unreliable',
	e: 'corroborated'
};
const window = { from: utcMs(2025), to: utcMs(2026) };
const width = 800;
const height = 300;
const layout = layoutEvents(items, window, { width, lanes: 3 });
const input = (over: Partial<SceneInput> = {}): SceneInput => ({
	width,
	height,
	layout,
	axis: axisFor(window, width),
	levelOf: (id) => levels[id] ?? 'single',
	selectedId: null,
	focus: null,
	...over
});
const scene = buildScene(input());
const placed = (id: string) => layout.events.find((p) => p.id === id)!;
const mark = (id: string, s = scene) => findEvent(s, id)!;

describe('buildScene: each event is an anchor on its lane and shapes local to it', () => {
	const rows = [
		{
			name: 'a point is anchored at its centre, a circle on the anchor',
			id: 'a',
			shape: 'point',
			ax: (p = placed('a')) => p.geom.cx
		},
		{
			name: 'a month band at its left end, a rect down from half its height',
			id: 'b',
			shape: 'band',
			ax: (p = placed('b')) => p.geom.x0
		},
		{ name: 'a range likewise', id: 'c', shape: 'bar', ax: (p = placed('c')) => p.geom.x0 },
		{ name: 'an uncertain interval likewise', id: 'd', shape: 'fade', ax: (p = placed('d')) => p.geom.x0 }
	] as const;
	for (const r of rows)
		it(r.name, () => {
			const m = mark(r.id);
			const p = placed(r.id);
			expect(m).toMatchObject({ shape: r.shape, x: r.ax(), y: laneY(p.lane), left: p.left, right: p.right });
			if (r.shape === 'point') expect(m.body).toMatchObject({ kind: 'circle', x: 0, y: 0, r: POINT_R });
			else
				expect(m.body).toMatchObject({
					kind: 'rect',
					x: 0,
					y: -SPAN.height / 2,
					width: p.geom.x1 - p.geom.x0,
					height: SPAN.height,
					r: SPAN.radius
				});
			expect(m.body.paint).toBe(MARK_PAINT[r.shape][levels[r.id]!]);
			// The label keeps its place in the layout, relative to the anchor (fixed while the mark moves).
			expect(m.label).toMatchObject({ text: p.label, x: p.labelX - m.x, y: 4 });
		});

	it('a month band: its level colour, faint, outlined with the band dash', () => {
		const b = mark('b').body;
		expect(b.paint).toMatchObject({
			fill: LEVEL_STYLE.corroborated.color,
			stroke: LEVEL_STYLE.corroborated.color,
			dash: BAND_DASH
		});
		expect(b.paint.fillOpacity).toBeLessThan(0.5);
	});

	it('an uncertain interval fills with its level fade', () =>
		expect(mark('d').body.paint.gradient).toBe(FADE.unreliable));

	it('labels of weak levels are italic in their colour; others upright in the text colour', () => {
		expect(mark('d').label).toMatchObject({ font: FONTS.weakLabel, fill: LEVEL_STYLE.unreliable.color });
		expect(mark('a').label).toMatchObject({ font: FONTS.label, fill: INK.text });
	});

	it('marks of one shape and level share their paint and font (nothing is allocated for styles per frame)', () => {
		expect(mark('b').body.paint).toBe(mark('e').body.paint);
		expect(mark('b').label.font).toBe(mark('e').label.font);
	});

	it('asks the level lookup once per placed event', () => {
		const asked: string[] = [];
		buildScene(input({ levelOf: (id) => (asked.push(id), 'single') }));
		expect(asked.sort()).toEqual(layout.events.map((p) => p.id).sort());
	});
});

describe('buildScene: selection and focus are shapes', () => {
	it('the selected event, and only it, has a highlight around its extent', () => {
		const s = buildScene(input({ selectedId: 'c' }));
		const c = placed('c');
		expect(s.events.filter((e) => e.highlight).map((e) => e.id)).toEqual(['c']);
		expect(mark('c', s)).toMatchObject({ selected: true, ring: null });
		expect(mark('c', s).highlight).toMatchObject({
			x: c.left - mark('c', s).x - HIGHLIGHT.pad,
			y: -HIGHLIGHT.height / 2,
			width: c.right - c.left + 2 * HIGHLIGHT.pad,
			height: HIGHLIGHT.height,
			paint: { fill: INK.highlight, stroke: INK.selected }
		});
	});
	it('the focused event has a ring outside the highlight', () => {
		const s = buildScene(input({ focus: { kind: 'event', id: 'a' } }));
		expect(mark('a', s)).toMatchObject({
			focused: true,
			ring: { y: -FOCUS_RING.height / 2, paint: { fill: null, stroke: INK.focus } }
		});
		expect(s.clusters.every((c) => c.ring === null)).toBe(true);
	});
	it('a focused cluster has a ring on its pill', () => {
		const s = buildScene(input({ focus: { kind: 'cluster', index: 0 } }));
		const c = s.clusters[0]!;
		expect(c.ring).toMatchObject({
			x: 0,
			y: 0,
			width: c.pill.width,
			height: c.pill.height,
			paint: { stroke: INK.focus }
		});
		expect(s.events.every((e) => e.ring === null)).toBe(true);
	});
	it('focus on a mark out of sight draws nothing', () => {
		const s = buildScene(input({ focus: { kind: 'event', id: 'gone' } }));
		expect(s.events.some((e) => e.ring)).toBe(false);
	});
});

describe('buildScene: clusters and the axis', () => {
	it('clusters are pills on the cluster row with their count', () => {
		const c = layout.clusters[0]!;
		expect(scene.clusters[0]).toMatchObject({
			index: 0,
			x: c.x0,
			y: clusterY(height),
			pill: { x: 0, y: 0, width: c.x1 - c.x0, height: 20, r: 10, paint: { fill: INK.cluster } },
			count: { text: `+${c.count}`, x: 8, y: 14, font: FONTS.count, fill: INK.onCluster }
		});
	});
	it('ticks are anchored at their x with a grid line to the bottom; the pinned context label has none', () => {
		const t = scene.axis.ticks[1]!;
		expect(t).toMatchObject({
			x: input().axis.ticks[1]!.x,
			line: { x1: 0, x2: 0, y1: AXIS_H - 8, y2: height, stroke: INK.grid }
		});
		expect(t.label).toMatchObject({ x: 4, y: AXIS_H - 10, font: FONTS.tick, fill: INK.muted });
		const s = buildScene(input({ axis: axisFor({ from: utcMs(2025, 2, 5, 6), to: utcMs(2025, 2, 5, 18) }, width) }));
		expect(s.axis.context[0]).toMatchObject({ line: null, label: { x: 4, y: 15, font: FONTS.context } });
		expect(scene.axis.baseline).toMatchObject({ x1: 0, x2: width, y1: AXIS_H, y2: AXIS_H, stroke: INK.axis });
	});
});

describe('legendMarks: samples drawn by the same functions', () => {
	const m = legendMarks();
	it('each shape in the paint the timeline uses, in a box that holds its outline', () => {
		expect(m.shapes.band.parts[0]!.paint).toBe(MARK_PAINT.band.corroborated);
		expect(m.shapes.fade.parts[0]!.paint).toBe(MARK_PAINT.fade.corroborated);
		expect(m.shapes.band.box).toEqual(shapeBox(m.shapes.band.parts[0]!));
		expect(m.shapes.point.box).toEqual({ x: -6, y: -6, width: 12, height: 12 });
	});
	it('a point of each level', () => {
		for (const l of ['primary', 'corroborated', 'single', 'unreliable'] as const)
			expect(m.levels[l].parts[0]!.paint).toBe(MARK_PAINT.point[l]);
	});
});

describe('sameMark', () => {
	const rows = [
		{ a: null, b: null, same: true },
		{ a: { kind: 'event', id: 'x' }, b: { kind: 'event', id: 'x' }, same: true },
		{ a: { kind: 'event', id: 'x' }, b: { kind: 'event', id: 'y' }, same: false },
		{ a: { kind: 'cluster', index: 1 }, b: { kind: 'cluster', index: 1 }, same: true },
		{ a: { kind: 'cluster', index: 1 }, b: null, same: false }
	] as const;
	for (const r of rows)
		it(`${JSON.stringify(r.a)} and ${JSON.stringify(r.b)}`, () => expect(sameMark(r.a, r.b)).toBe(r.same));
});

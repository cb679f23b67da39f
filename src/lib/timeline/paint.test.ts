import { describe, expect, it } from 'vitest';
import { paintScene, withAlpha, cssFont } from './paint';
import { layoutEvents, type LayoutItem } from './layout';
import { axisFor } from '../time/ticks';
import { parseWhen, utcMs, type DateInput } from '../time/dates';
import { laneY, clusterY } from './metrics';
import { LEVEL_STYLE, INK, FONTS, BAND_DASH, MARK_PAINT } from './encoding';
import { buildScene, type SceneInput } from './scene';
import type { Level } from '$lib/data/levels';
import { recordingPen } from '../../../tests/fixtures/pen';

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
	...Array.from({ length: 6 }, (_, i) => item(`x${i}`, '2025-03-06', `Crowded ${i}`))
];
const levels: Record<string, Level> = { a: 'primary', b: 'corroborated', c: 'single', d: 'unreliable' };
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
const paint = (over: Partial<SceneInput> = {}) => {
	const { pen, log } = recordingPen();
	paintScene(pen, buildScene(input(over)));
	return log;
};
const placed = (id: string) => layout.events.find((p) => p.id === id)!;

// Renderers are held equal to each other in tests/parity.test.ts; these pin the canvas's own ways.
describe('paintScene: the canvas paints the scene', () => {
	it('the fixture has labels of every level, and clusters', () => {
		expect(layout.events.map((p) => p.id)).toEqual(expect.arrayContaining(['a', 'b', 'c', 'd']));
		expect(layout.clusters.length).toBeGreaterThan(0);
	});

	it('texts go at their anchor plus their offset, in their font and colour; weak labels italic in their colour', () => {
		const log = paint();
		const d = placed('d');
		expect(log).toContainEqual(
			expect.objectContaining({
				op: 'text',
				text: d.label,
				x: d.labelX,
				y: laneY(d.lane) + 4,
				fill: LEVEL_STYLE.unreliable.color,
				font: expect.stringMatching(/^italic 12px /)
			})
		);
		expect(cssFont(FONTS.context)).toMatch(/^bold 12px 'DejaVu Sans'/);
	});

	it('a point is a circle at its centre; a month band is filled faintly, then stroked dashed, and the alpha restored', () => {
		const log = paint();
		const a = placed('a');
		expect(log).toContainEqual(
			expect.objectContaining({
				op: 'fill',
				style: LEVEL_STYLE.primary.fill,
				path: [{ op: 'arc', args: [a.geom.cx, laneY(a.lane), 5, 0, 2 * Math.PI] }]
			})
		);
		const b = placed('b');
		const i = log.findIndex((e) => e.op === 'fill' && 'path' in e && e.path[0]?.args[0] === b.geom.x0);
		expect(log[i]).toMatchObject({
			style: LEVEL_STYLE.corroborated.color,
			alpha: MARK_PAINT.band.corroborated.fillOpacity
		});
		expect(log[i + 1]).toMatchObject({ op: 'stroke', style: LEVEL_STYLE.corroborated.color, dash: [...BAND_DASH] });
		expect(log[i + 2]).toMatchObject({ alpha: 1 });
	});

	it('an uncertain interval is filled with a gradient across its own extent', () => {
		const log = paint();
		const d = placed('d');
		const fade = log.find((e) => e.op === 'fill' && typeof e.style !== 'string');
		expect(fade).toMatchObject({ style: { x0: d.geom.x0, x1: d.geom.x1, y0: 0, y1: 0 } });
		expect(fade?.op === 'fill' && typeof fade.style !== 'string' && fade.style.stops[1]).toEqual([
			0.35,
			withAlpha(LEVEL_STYLE.unreliable.color, 0.45)
		]);
	});

	it('the selected event sits on a highlight, and only it', () => {
		const c = placed('c');
		const highlights = paint({ selectedId: 'c' }).filter((s) => s.op === 'fill' && s.style === INK.highlight);
		expect(highlights).toEqual([
			expect.objectContaining({
				path: [{ op: 'roundRect', args: [c.left - 4, laneY(c.lane) - 12, c.right - c.left + 8, 24, 4] }]
			})
		]);
	});

	it('keyboard focus is a ring around the focused event or cluster, and nothing else', () => {
		const ring = (over: Partial<SceneInput>) =>
			paint(over)
				.filter((x) => x.op === 'stroke' && x.style === INK.focus)
				.map((x) => ('path' in x ? x.path[0]?.args : null));
		expect(ring({})).toEqual([]);
		const a = placed('a');
		expect(ring({ focus: { kind: 'event', id: 'a' } })).toEqual([
			[a.left - 6, laneY(a.lane) - 14, a.right - a.left + 12, 28, 5]
		]);
		const c0 = layout.clusters[0]!;
		expect(ring({ focus: { kind: 'cluster', index: 0 } })).toEqual([[c0.x0, clusterY(height), c0.x1 - c0.x0, 20, 10]]);
	});

	it('grid lines run from the axis to the bottom', () => {
		const grid = paint().filter((s) => s.op === 'stroke' && s.style === INK.grid);
		expect(grid.length).toBe(input().axis.ticks.length);
		for (const g of grid)
			expect('path' in g && g.path[1]).toMatchObject({ op: 'lineTo', args: [expect.any(Number), height] });
	});
});

describe('withAlpha', () => {
	it('turns #rrggbb into rgba', () => expect(withAlpha('#1f4e99', 0.45)).toBe('rgba(31,78,153,0.45)'));
});

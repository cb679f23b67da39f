import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { paintScene, withAlpha, type Pen, type Scene } from './paint';
import { layoutEvents, type LayoutItem } from './layout';
import { axisFor } from '../time/ticks';
import { parseWhen, utcMs, type DateInput } from '../time/dates';
import { laneY } from './metrics';
import { LEVEL_STYLE, INK } from './encoding';
import type { Level } from '$lib/data/levels';
import { snapshotSvg, HEADER_H } from '$lib/export/snapshot';

/** A canvas context that records what is drawn: texts with the style they were drawn in, and shapes. */
function recorder() {
	const texts: { text: string; x: number; y: number; fill: string; font: string }[] = [];
	const shapes: { op: 'fill' | 'stroke'; style: string; path: string[]; dash: number[]; width: number }[] = [];
	let path: string[] = [];
	let dash: number[] = [];
	const pen = {
		fillStyle: '' as string | CanvasGradient | CanvasPattern,
		strokeStyle: '' as string | CanvasGradient | CanvasPattern,
		lineWidth: 1,
		font: '',
		globalAlpha: 1,
		setLineDash: (d: number[]) => (dash = d),
		beginPath: () => (path = []),
		moveTo: (x: number, y: number) => path.push(`M${x},${y}`),
		lineTo: (x: number, y: number) => path.push(`L${x},${y}`),
		arc: (x: number, y: number, r: number) => path.push(`C${x},${y},${r}`),
		roundRect: (x: number, y: number, w: number, h: number) => path.push(`R${x},${y},${w},${h}`),
		fill: () => shapes.push({ op: 'fill', style: String(pen.fillStyle), path, dash, width: pen.lineWidth }),
		stroke: () => shapes.push({ op: 'stroke', style: String(pen.strokeStyle), path, dash, width: pen.lineWidth }),
		fillRect: () => undefined,
		fillText: (text: string, x: number, y: number) =>
			texts.push({ text, x, y, fill: String(pen.fillStyle), font: pen.font }),
		createLinearGradient: () => ({ addColorStop: () => undefined, toString: () => 'gradient' })
	};
	return { pen: pen as unknown as Pen, texts, shapes };
}

function item(id: string, date: DateInput, title: string): LayoutItem {
	const w = parseWhen(date);
	if (!w.ok) throw new Error(w.reason);
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
const scene = (over: Partial<Scene> = {}): Scene => ({
	width,
	height,
	layout,
	axis: axisFor(window, width),
	levelOf: (id) => levels[id] ?? 'single',
	selectedId: null,
	focus: null,
	...over
});

describe('paintScene: the canvas draws what the SVG export draws', () => {
	it('the fixture has labels of every level, and clusters', () => {
		expect(layout.events.map((p) => p.id)).toEqual(expect.arrayContaining(['a', 'b', 'c', 'd']));
		expect(layout.clusters.length).toBeGreaterThan(0);
	});

	it("every text of the export's timeline is painted at the same place, in the same colour, size, weight and slant", () => {
		const { pen, texts } = recorder();
		paintScene(pen, scene());
		const svg = snapshotSvg({
			timelineId: 't',
			title: 'T',
			window,
			width,
			height,
			layout,
			items,
			axis: scene().axis,
			levelOf: scene().levelOf,
			eventById: new Map(),
			sourceById: new Map(),
			selectedId: null,
			filter: null,
			permalink: 'https://example.org/',
			exportedOn: 'today'
		}).svg;
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		const group = Array.from(doc.getElementsByTagName('g')).find(
			(g) => g.getAttribute('transform') === `translate(0 ${HEADER_H})`
		)!;
		const exported = Array.from(group.getElementsByTagName('text')).map((t) => ({
			text: t.textContent,
			x: Number(t.getAttribute('x')),
			y: Number(t.getAttribute('y')),
			fill: t.getAttribute('fill'),
			size: t.getAttribute('font-size'),
			bold: t.getAttribute('font-weight') === 'bold',
			italic: t.getAttribute('font-style') === 'italic'
		}));
		const painted = texts.map((t) => ({
			text: t.text,
			// The export writes numbers to one decimal.
			x: Math.round(t.x * 10) / 10,
			y: Math.round(t.y * 10) / 10,
			fill: t.fill,
			size: t.font.match(/(\d+)px/)![1],
			bold: t.font.startsWith('bold '),
			italic: t.font.startsWith('italic ')
		}));
		const sort = <T extends { text: string | null; x: number }>(xs: T[]) =>
			[...xs].sort((p, q) => (p.text ?? '').localeCompare(q.text ?? '') || p.x - q.x);
		expect(exported.length).toBeGreaterThan(10);
		expect(sort(painted)).toEqual(sort(exported));
	});

	it("marks take their level's colour and dash; weak labels are italic in that colour", () => {
		const { pen, shapes, texts } = recorder();
		paintScene(pen, scene());
		const d = layout.events.find((p) => p.id === 'd')!;
		expect(texts.find((t) => t.text === d.label)).toMatchObject({
			fill: LEVEL_STYLE.unreliable.color,
			font: expect.stringMatching(/^italic 12px/)
		});
		const a = layout.events.find((p) => p.id === 'a')!;
		expect(shapes).toContainEqual(
			expect.objectContaining({
				op: 'fill',
				style: LEVEL_STYLE.primary.fill,
				path: [`C${a.geom.cx},${laneY(a.lane)},5`]
			})
		);
		const b = layout.events.find((p) => p.id === 'b')!;
		const band = shapes.find((s) => s.op === 'stroke' && s.path[0]?.startsWith(`R${b.geom.x0},`));
		expect(band).toMatchObject({ style: LEVEL_STYLE.corroborated.color, dash: [4, 3] });
	});

	it('the selected event sits on a highlight, and only it', () => {
		const { pen, shapes } = recorder();
		paintScene(pen, scene({ selectedId: 'c' }));
		const c = layout.events.find((p) => p.id === 'c')!;
		const highlights = shapes.filter((s) => s.op === 'fill' && s.style === INK.highlight);
		expect(highlights).toEqual([
			expect.objectContaining({ path: [`R${c.left - 4},${laneY(c.lane) - 12},${c.right - c.left + 8},24`] })
		]);
	});

	it('keyboard focus is a ring around the focused event or cluster, and nothing else', () => {
		const ring = (s: Scene) => {
			const { pen, shapes } = recorder();
			paintScene(pen, s);
			return shapes.filter((x) => x.op === 'stroke' && x.style === INK.focus).map((x) => x.path[0]);
		};
		expect(ring(scene())).toEqual([]);
		const a = layout.events.find((p) => p.id === 'a')!;
		expect(ring(scene({ focus: { kind: 'event', id: 'a' } }))).toEqual([
			`R${a.left - 6},${laneY(a.lane) - 14},${a.right - a.left + 12},28`
		]);
		const c0 = layout.clusters[0]!;
		expect(ring(scene({ focus: { kind: 'cluster', index: 0 } }))).toEqual([
			`R${c0.x0},${height - 26},${c0.x1 - c0.x0},20`
		]);
	});

	it('grid lines run from the axis to the bottom', () => {
		const { pen, shapes } = recorder();
		paintScene(pen, scene());
		const grid = shapes.filter((s) => s.op === 'stroke' && s.style === INK.grid);
		expect(grid.length).toBe(scene().axis.ticks.length);
		for (const g of grid) expect(g.path[1]).toMatch(new RegExp(`,${height}$`));
	});
});

describe('withAlpha', () => {
	it('turns #rrggbb into rgba', () => expect(withAlpha('#1f4e99', 0.45)).toBe('rgba(31,78,153,0.45)'));
});

/**
 * The timeline drawn on a 2D canvas: the same `Layout` and `Axis` the SVG renderer and the export
 * draw, with the same shapes, colours and text. Large timelines use it because a canvas redraw
 * costs one bitmap per frame, where the SVG costs an attribute write, a style and layout pass and
 * the rasterising of every moved mark (most of a zoom frame at 10,000 events).
 */
import type { Axis } from '../time/ticks';
import type { Layout, PlacedEvent, Cluster } from './layout';
import { POINT_R, clusterText } from './layout';
import type { Level } from '$lib/data/levels';
import { LEVEL_STYLE, INK, BAND_DASH } from './encoding';
import { AXIS_H, CLUSTER_MARK_H, FOCUS_RING, HIGHLIGHT, laneY, clusterY } from './metrics';
import { FONT_STACK } from './text';

/** What the painter uses of a canvas context (a test passes a recorder). */
export type Pen = Pick<
	CanvasRenderingContext2D,
	| 'fillStyle'
	| 'strokeStyle'
	| 'lineWidth'
	| 'font'
	| 'globalAlpha'
	| 'setLineDash'
	| 'beginPath'
	| 'moveTo'
	| 'lineTo'
	| 'arc'
	| 'roundRect'
	| 'fill'
	| 'stroke'
	| 'fillRect'
	| 'fillText'
	| 'createLinearGradient'
>;

/** A mark with keyboard focus: an event by id, or a cluster by its index in the layout. */
export type MarkFocus = { kind: 'event'; id: string } | { kind: 'cluster'; index: number } | null;

/** Everything one frame draws. */
export interface Scene {
	width: number;
	height: number;
	layout: Layout;
	axis: Axis;
	levelOf: (id: string) => Level;
	selectedId: string | null;
	focus: MarkFocus;
}

const font = (size: number, style = '') => `${style ? style + ' ' : ''}${size}px ${FONT_STACK}`;
/** Dash pattern of an SVG stroke-dasharray string. */
const dashOf = (dash: string | null) => (dash ? dash.split(/\s+/).map(Number) : []);

/** Paint a whole frame; the context is in CSS pixels (the caller scales for the device). */
export function paintScene(pen: Pen, s: Scene): void {
	pen.globalAlpha = 1;
	pen.setLineDash([]);
	pen.fillStyle = INK.background;
	pen.fillRect(0, 0, s.width, s.height);
	paintAxis(pen, s.axis, s.width, s.height);
	for (const p of s.layout.events) {
		paintEvent(pen, p, s.levelOf(p.id), p.id === s.selectedId, s.focus?.kind === 'event' && s.focus.id === p.id);
	}
	const y = clusterY(s.height);
	s.layout.clusters.forEach((c, i) => paintCluster(pen, c, y, s.focus?.kind === 'cluster' && s.focus.index === i));
}

/** A vertical line at `x`, on the pixel grid as the SVG draws it (a 1 px stroke centred on x). */
function vline(pen: Pen, x: number, y0: number, y1: number, color: string) {
	pen.strokeStyle = color;
	pen.lineWidth = 1;
	pen.beginPath();
	pen.moveTo(x, y0);
	pen.lineTo(x, y1);
	pen.stroke();
}

function paintAxis(pen: Pen, axis: Axis, width: number, height: number) {
	pen.fillStyle = '#f6f8fa';
	pen.fillRect(0, 0, width, AXIS_H);
	pen.font = font(11);
	for (const t of axis.ticks) {
		vline(pen, t.x, AXIS_H - 8, height, INK.grid);
		pen.fillStyle = INK.muted;
		pen.fillText(t.label, t.x + 4, AXIS_H - 10);
	}
	pen.font = font(12, 'bold');
	for (const c of axis.context) {
		if (!c.pinned) vline(pen, c.x, 0, height, INK.axis);
		pen.fillStyle = INK.text;
		pen.fillText(c.label, c.x + 4, 15);
	}
	pen.strokeStyle = INK.axis;
	pen.beginPath();
	pen.moveTo(0, AXIS_H);
	pen.lineTo(width, AXIS_H);
	pen.stroke();
}

function paintEvent(pen: Pen, p: PlacedEvent, level: Level, selected: boolean, focused: boolean) {
	const st = LEVEL_STYLE[level];
	const cy = laneY(p.lane);
	const g = p.geom;
	pen.setLineDash([]);
	if (focused) {
		pen.beginPath();
		pen.roundRect(
			p.left - FOCUS_RING.pad,
			cy - FOCUS_RING.height / 2,
			p.right - p.left + 2 * FOCUS_RING.pad,
			FOCUS_RING.height,
			FOCUS_RING.radius
		);
		pen.strokeStyle = INK.focus;
		pen.lineWidth = 2.5;
		pen.stroke();
	}
	if (selected) {
		pen.beginPath();
		pen.roundRect(
			p.left - HIGHLIGHT.pad,
			cy - HIGHLIGHT.height / 2,
			p.right - p.left + 2 * HIGHLIGHT.pad,
			HIGHLIGHT.height,
			HIGHLIGHT.radius
		);
		pen.fillStyle = INK.highlight;
		pen.fill();
		pen.strokeStyle = INK.selected;
		pen.lineWidth = 1.5;
		pen.stroke();
	}
	pen.beginPath();
	if (g.shape === 'point') {
		pen.arc(g.cx, cy, POINT_R, 0, 2 * Math.PI);
		pen.fillStyle = st.fill;
		pen.fill();
		pen.setLineDash(dashOf(st.dash));
		pen.strokeStyle = st.color;
		pen.lineWidth = 2;
		pen.stroke();
	} else {
		pen.roundRect(g.x0, cy - 9, g.x1 - g.x0, 18, 2);
		if (g.shape === 'fade') {
			const grad = pen.createLinearGradient(g.x0, 0, g.x1, 0);
			grad.addColorStop(0, transparent(st.color));
			grad.addColorStop(0.35, withAlpha(st.color, 0.45));
			grad.addColorStop(0.65, withAlpha(st.color, 0.45));
			grad.addColorStop(1, transparent(st.color));
			pen.fillStyle = grad;
			pen.fill();
		} else {
			pen.fillStyle = st.color;
			pen.globalAlpha = g.shape === 'band' ? 0.12 : 0.3;
			pen.fill();
			pen.globalAlpha = 1;
			pen.setLineDash(dashOf(g.shape === 'band' ? BAND_DASH : st.dash));
			pen.strokeStyle = st.color;
			pen.lineWidth = 1;
			pen.stroke();
		}
	}
	pen.setLineDash([]);
	const weak = level === 'unreliable';
	pen.font = font(12, weak ? 'italic' : '');
	pen.fillStyle = weak ? st.color : INK.text;
	pen.fillText(p.label, p.labelX, cy + 4);
}

function paintCluster(pen: Pen, c: Cluster, y: number, focused: boolean) {
	pen.setLineDash([]);
	pen.beginPath();
	pen.roundRect(c.x0, y, c.x1 - c.x0, CLUSTER_MARK_H, CLUSTER_MARK_H / 2);
	pen.fillStyle = INK.cluster;
	pen.fill();
	if (focused) {
		pen.strokeStyle = INK.focus;
		pen.lineWidth = 3;
		pen.stroke();
	}
	pen.font = font(12, 'bold');
	pen.fillStyle = '#ffffff';
	pen.fillText(clusterText(c.count), c.x0 + 8, y + 14);
}

/** `#rrggbb` with an alpha, as canvas gradients take it. */
export function withAlpha(hex: string, a: number): string {
	const v = parseInt(hex.slice(1), 16);
	return `rgba(${(v >> 16) & 255},${(v >> 8) & 255},${v & 255},${a})`;
}
const transparent = (hex: string) => withAlpha(hex, 0);

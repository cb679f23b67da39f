/**
 * The scene painted on a 2D canvas: the same primitives the SVG renderer and the export draw, with
 * the same shapes, colours and text. Large timelines use it because a canvas redraw costs one bitmap
 * per frame, where the SVG costs an attribute write, a style and layout pass and the rasterising of
 * every moved mark (most of a zoom frame at 10,000 events).
 */
import type { Font, Gradient } from './encoding';
import type { LinePrim, Scene, SceneContext, ShapePrim, TextPrim } from './scene';
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
	| 'rect'
	| 'roundRect'
	| 'fill'
	| 'stroke'
	| 'fillText'
	| 'createLinearGradient'
>;

/** Paint a whole frame; the context is in CSS pixels (the caller scales for the device). */
export function paintScene(pen: Pen, s: Scene): void {
	pen.globalAlpha = 1;
	shape(pen, s.background, 0, 0);
	const { axis } = s;
	shape(pen, axis.band, 0, 0);
	for (const t of axis.ticks) tick(pen, t);
	for (const t of axis.context) tick(pen, t);
	line(pen, axis.baseline, 0, 0);
	for (const e of s.eras) {
		shape(pen, e.band, e.x, 0);
		text(pen, e.label, e.x, 0);
	}
	for (const l of s.lanes) {
		if (l.shade) shape(pen, l.shade, 0, 0);
		line(pen, l.rule, 0, 0);
		text(pen, l.label, 0, 0);
	}
	for (const r of s.rest) shape(pen, r, 0, 0);
	for (const l of s.links) line(pen, l, 0, 0);
	for (const m of s.events) {
		if (m.ring) shape(pen, m.ring, m.x, m.y);
		if (m.highlight) shape(pen, m.highlight, m.x, m.y);
		shape(pen, m.body, m.x, m.y);
		text(pen, m.label, m.x, m.y);
	}
	for (const c of s.clusters) {
		shape(pen, c.pill, c.x, c.y);
		if (c.ring) shape(pen, c.ring, c.x, c.y);
		text(pen, c.count, c.x, c.y);
	}
}

function tick(pen: Pen, t: SceneContext) {
	if (t.line) line(pen, t.line, t.x, 0);
	text(pen, t.label, t.x, 0);
}

/** A shape at anchor (ax, ay): filled (colour or gradient), then outlined. */
function shape(pen: Pen, p: ShapePrim, ax: number, ay: number) {
	const { paint } = p;
	const x = ax + p.x;
	const y = ay + p.y;
	pen.beginPath();
	if (p.kind === 'circle') pen.arc(x, y, p.r, 0, 2 * Math.PI);
	else if (p.r) pen.roundRect(x, y, p.width, p.height, p.r);
	else pen.rect(x, y, p.width, p.height);
	if (paint.gradient) {
		// Across the shape's box, left to right, as an SVG gradient fills its shape.
		const x0 = p.kind === 'circle' ? x - p.r : x;
		pen.fillStyle = gradient(pen, paint.gradient, x0, p.kind === 'circle' ? x + p.r : x + p.width);
		pen.fill();
	} else if (paint.fill) {
		pen.fillStyle = paint.fill;
		pen.globalAlpha = paint.fillOpacity;
		pen.fill();
		pen.globalAlpha = 1;
	}
	if (paint.stroke) {
		pen.setLineDash(paint.dash as number[]);
		pen.strokeStyle = paint.stroke;
		pen.lineWidth = paint.strokeWidth;
		pen.stroke();
	}
}

function gradient(pen: Pen, g: Gradient, x0: number, x1: number): CanvasGradient {
	const grad = pen.createLinearGradient(x0, 0, x1, 0);
	for (const s of g.stops) grad.addColorStop(s.offset, withAlpha(s.color, s.opacity));
	return grad;
}

/** A line at anchor (ax, ay), its stroke centred on it as the SVG draws it. */
function line(pen: Pen, l: LinePrim, ax: number, ay: number) {
	pen.setLineDash(l.dash as number[]);
	pen.strokeStyle = l.stroke;
	pen.lineWidth = l.strokeWidth;
	pen.beginPath();
	pen.moveTo(ax + l.x1, ay + l.y1);
	pen.lineTo(ax + l.x2, ay + l.y2);
	pen.stroke();
}

/** CSS font strings by font (a handful of shared Font objects). */
const cssFonts = new Map<Font, string>();
/** The canvas's CSS font for a scene font. */
export function cssFont(f: Font): string {
	let css = cssFonts.get(f);
	if (css === undefined) {
		css = `${f.style === 'italic' ? 'italic ' : ''}${f.weight === 'bold' ? 'bold ' : ''}${f.size}px ${FONT_STACK}`;
		cssFonts.set(f, css);
	}
	return css;
}

function text(pen: Pen, t: TextPrim, ax: number, ay: number) {
	pen.font = cssFont(t.font);
	pen.fillStyle = t.fill;
	pen.fillText(t.text, ax + t.x, ay + t.y);
}

/** `#rrggbb` with an alpha, as canvas gradients take it. */
export function withAlpha(hex: string, a: number): string {
	const v = parseInt(hex.slice(1), 16);
	return `rgba(${(v >> 16) & 255},${(v >> 8) & 255},${v & 255},${a})`;
}

/**
 * What a frame draws, as plain shapes: one pure step from the layout, the axis, the selection, the
 * keyboard focus and the size to every rectangle, circle, line and text of the timeline, with its
 * paint and font resolved (from metrics.ts and encoding.ts). The SVG marks, the canvas painter, the
 * export and the legend only translate these primitives into their medium, so each mark is written
 * down once.
 *
 * A mark is an anchor (x, y) and primitives in coordinates local to it: the SVG moves a mark with one
 * transform per zoom frame and never lays its text out again; the canvas and the export add the
 * anchor. Built per frame for the marks in sight only; paints and fonts are shared constants, so a
 * mark costs a few small objects.
 */
import type { Axis } from '../time/ticks';
import type { Level } from '$lib/data/levels';
import { LEVELS } from '$lib/data/levels';
import type { BandHead, Cluster, Layout, MarkShape, PlacedEvent } from './layout';
import { POINT_R, clusterText } from './layout';
import { FONTS, LIGHT, LINK_DASH, SOLID, type Dash, type Font, type Paint, type Palette } from './encoding';
import {
	AXIS_H,
	CLUSTER_COUNT,
	CLUSTER_MARK_H,
	ERA,
	FOCUS_RING,
	HIGHLIGHT,
	LABEL_BASELINE,
	LANE_TITLE,
	REST_TICK_H,
	SPAN,
	TICKS,
	clusterY,
	laneY
} from './metrics';

/** A rectangle with corners rounded by `r` (0 for square). */
export interface RectPrim {
	kind: 'rect';
	x: number;
	y: number;
	width: number;
	height: number;
	r: number;
	paint: Paint;
}
/** A circle centred on (x, y). */
export interface CirclePrim {
	kind: 'circle';
	x: number;
	y: number;
	r: number;
	paint: Paint;
}
/** A filled shape. */
export type ShapePrim = RectPrim | CirclePrim;
/** A straight line. */
export interface LinePrim {
	kind: 'line';
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	stroke: string;
	strokeWidth: number;
	dash: Dash;
}
/** Text starting at (x, y), on its baseline. */
export interface TextPrim {
	kind: 'text';
	x: number;
	y: number;
	text: string;
	font: Font;
	fill: string;
}

/** A mark with keyboard focus or under the pointer: an event by id, or a cluster by its index in the layout. */
export type MarkRef = { kind: 'event'; id: string } | { kind: 'cluster'; index: number } | null;

/** One event: its anchor (a point's centre or a span's left end, on its lane's centre line) and what is drawn around it. */
export interface SceneEvent {
	id: string;
	/** Unique in the scene: the id, or in lanes mode the band and the id (one event may be in two bands). */
	key: string;
	shape: MarkShape;
	selected: boolean;
	focused: boolean;
	x: number;
	y: number;
	/** Horizontal extent of mark and label, in drawing coordinates (what the pointer answers to). */
	left: number;
	right: number;
	/** Drawn in this order, each local to the anchor: ring, highlight, body, label. */
	ring: RectPrim | null;
	highlight: RectPrim | null;
	body: ShapePrim;
	label: TextPrim;
}

/** One cluster: anchored at its pill's top left. */
export interface SceneCluster {
	/** Its index in the layout's clusters (the key the screen reuses nodes by). */
	index: number;
	x: number;
	y: number;
	pill: RectPrim;
	ring: RectPrim | null;
	count: TextPrim;
}

/** A context label (the year, the day) and its boundary line, anchored where it crosses the top of the drawing. */
export interface SceneContext {
	key: string;
	x: number;
	/** Null for the label pinned at the left edge: it marks no boundary. */
	line: LinePrim | null;
	label: TextPrim;
}
/** A tick: its grid line and label, anchored where it crosses the top of the drawing. */
export interface SceneTick extends SceneContext {
	line: LinePrim;
}

/** The axis, in drawing coordinates, with ticks as anchored groups. */
export interface SceneAxis {
	band: RectPrim;
	ticks: SceneTick[];
	context: SceneContext[];
	baseline: LinePrim;
}

/** An era: a band behind the marks with its title, anchored at its left end (cut to the drawing). */
export interface SceneEra {
	key: string;
	x: number;
	band: RectPrim;
	label: TextPrim;
}

/** A band of the lanes mode: a faint shade on every other band, a rule at its top and its title. */
export interface SceneLane {
	key: string;
	shade: RectPrim | null;
	rule: LinePrim;
	label: TextPrim;
}

/**
 * Everything one frame draws, in drawing order: background, axis, eras, lanes, the rest's ticks,
 * the lines joining one event's marks in several lanes, events, clusters.
 */
export interface Scene {
	/** The colours it was resolved against (a drawing defines this palette's gradients). */
	palette: Palette;
	width: number;
	height: number;
	background: RectPrim;
	axis: SceneAxis;
	eras: SceneEra[];
	/** Bands of the lanes mode (none without lanes). */
	lanes: SceneLane[];
	/** Where the events the filters leave out are, as faint ticks under the axis (only when the reader asks for them). */
	rest: RectPrim[];
	/** Lines joining the marks of one event shown in several lanes. */
	links: LinePrim[];
	events: SceneEvent[];
	clusters: SceneCluster[];
}

/** An era's place on the drawing, px (from the window), for the scene to draw. */
export interface EraSpan {
	title: string;
	x0: number;
	x1: number;
}

/** What a scene is made from. */
export interface SceneInput {
	width: number;
	height: number;
	layout: Layout;
	axis: Axis;
	levelOf: (id: string) => Level;
	selectedId: string | null;
	focus: MarkRef;
	/** Labelled spans behind the marks (TimelineJS's eras); none for most timelines. */
	eras?: readonly EraSpan[];
	/** The colours: the theme's on screen; light unless the reader asks otherwise in an export. */
	palette?: Palette;
	/** Where the events the filters leave out lie, as [x0, x1) px runs (drawn as faint ticks). */
	rest?: readonly (readonly [number, number])[];
}

const rect = (x: number, y: number, width: number, height: number, r: number, paint: Paint): RectPrim => ({
	kind: 'rect',
	x,
	y,
	width,
	height,
	r,
	paint
});
const text = (x: number, y: number, s: string, font: Font, fill: string): TextPrim => ({
	kind: 'text',
	x,
	y,
	text: s,
	font,
	fill
});
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string): LinePrim => ({
	kind: 'line',
	x1,
	y1,
	x2,
	y2,
	stroke,
	strokeWidth: 1,
	dash: SOLID
});

/** A mark's body at its anchor: a circle for a point, else a span `width` px long. */
export function markBody(shape: MarkShape, level: Level, width: number, palette: Palette = LIGHT): ShapePrim {
	const paint = palette.marks[shape][level];
	if (shape === 'point') return { kind: 'circle', x: 0, y: 0, r: POINT_R, paint };
	return rect(0, -SPAN.height / 2, width, SPAN.height, SPAN.radius, paint);
}

/** A rounded box `pad` px around an event's extent, centred on its lane (the highlight, the focus ring). */
const around = (p: PlacedEvent, ax: number, box: { pad: number; height: number; radius: number }, paint: Paint) =>
	rect(p.left - ax - box.pad, -box.height / 2, p.right - p.left + 2 * box.pad, box.height, box.radius, paint);

/** The drawing of one placed event. */
export function eventMark(
	p: PlacedEvent,
	level: Level,
	selected: boolean,
	focused: boolean,
	palette: Palette = LIGHT
): SceneEvent {
	const g = p.geom;
	const ax = g.shape === 'point' ? g.cx : g.x0;
	const ls = palette.labels[level];
	return {
		id: p.id,
		key: p.band === undefined ? p.id : `${p.band}:${p.id}`,
		shape: g.shape,
		selected,
		focused,
		x: ax,
		y: p.y ?? laneY(p.lane),
		left: p.left,
		right: p.right,
		ring: focused ? around(p, ax, FOCUS_RING, palette.focus) : null,
		highlight: selected ? around(p, ax, HIGHLIGHT, palette.highlight) : null,
		body: markBody(g.shape, level, g.x1 - g.x0, palette),
		label: text(p.labelX - ax, LABEL_BASELINE, p.label, ls.font, ls.fill)
	};
}

/** A cluster's pill, `width` px long. */
const pill = (width: number, paint: Paint) => rect(0, 0, width, CLUSTER_MARK_H, CLUSTER_MARK_H / 2, paint);

/** The drawing of one cluster, the `index`th of its layout, with its pill's top at `y`. */
export function clusterMark(
	c: Cluster,
	index: number,
	y: number,
	focused: boolean,
	palette: Palette = LIGHT
): SceneCluster {
	const w = c.x1 - c.x0;
	return {
		index,
		x: c.x0,
		y,
		pill: pill(w, palette.cluster),
		ring: focused ? pill(w, palette.clusterFocus) : null,
		count: text(CLUSTER_COUNT.x, CLUSTER_COUNT.y, clusterText(c.count), FONTS.count, palette.ink.onCluster)
	};
}

/** The axis for a drawing `width` × `height` px: the band, grid lines with labels, context labels, the axis line. */
export function axisScene(axis: Axis, width: number, height: number, palette: Palette = LIGHT): SceneAxis {
	const INK = palette.ink;
	const ticks = axis.ticks.map((t): SceneTick => ({
		key: String(t.t),
		x: t.x,
		line: line(0, AXIS_H - TICKS.gridFrom, 0, height, INK.grid),
		label: text(TICKS.labelX, AXIS_H - TICKS.labelUp, t.label, FONTS.tick, INK.muted)
	}));
	const context = axis.context.map((c): SceneContext => ({
		key: c.label + c.pinned,
		x: c.x,
		// The label pinned at the left edge marks no boundary, so it has no line.
		line: c.pinned ? null : line(0, 0, 0, height, INK.axis),
		label: text(TICKS.labelX, TICKS.contextY, c.label, FONTS.context, INK.text)
	}));
	return {
		band: rect(0, 0, width, AXIS_H, 0, palette.axisBand),
		ticks,
		context,
		baseline: line(0, AXIS_H, width, AXIS_H, INK.axis)
	};
}

/** The eras that overlap a window, placed on a drawing `width` px wide. */
export function eraSpans(
	eras: readonly { title: string; when: { start: number; end: number } }[],
	w: { from: number; to: number },
	width: number
): EraSpan[] {
	const k = width / (w.to - w.from);
	return eras
		.filter((e) => e.when.end > w.from && e.when.start < w.to)
		.map((e) => ({ title: e.title, x0: (e.when.start - w.from) * k, x1: (e.when.end - w.from) * k }));
}

/** How far past the drawing's edges an era's band may reach (its ends stay out of sight). */
const ERA_MARGIN = 12;

/** The eras in sight, cut to the drawing, in alternating tones. */
export function eraScene(
	eras: readonly EraSpan[],
	width: number,
	height: number,
	palette: Palette = LIGHT
): SceneEra[] {
	const top = AXIS_H;
	const foot = clusterY(height) - 4;
	const out: SceneEra[] = [];
	eras.forEach((e, i) => {
		const x0 = Math.max(e.x0, -ERA_MARGIN);
		const x1 = Math.min(e.x1, width + ERA_MARGIN);
		if (x1 <= 0 || x0 >= width) return;
		// The title stays in sight while any of its era is.
		const labelAt = Math.max(x0, 0) - x0 + ERA.labelX;
		out.push({
			key: `${i}`,
			x: x0,
			band: rect(0, top, x1 - x0, foot - top, 0, palette.eras[i % palette.eras.length]!),
			label: text(labelAt, foot - ERA.labelUp, e.title, FONTS.era, palette.ink.eraText)
		});
	});
	return out;
}

/** Everything one frame draws. */
export function buildScene(s: SceneInput): Scene {
	const { layout, focus, palette = LIGHT } = s;
	const focusId = focus?.kind === 'event' ? focus.id : null;
	const focusIndex = focus?.kind === 'cluster' ? focus.index : -1;
	const events = new Array<SceneEvent>(layout.events.length);
	for (let i = 0; i < layout.events.length; i++) {
		const p = layout.events[i]!;
		events[i] = eventMark(p, s.levelOf(p.id), p.id === s.selectedId, p.id === focusId, palette);
	}
	const y = clusterY(s.height);
	const clusters = new Array<SceneCluster>(layout.clusters.length);
	for (let i = 0; i < layout.clusters.length; i++) {
		const c = layout.clusters[i]!;
		clusters[i] = clusterMark(c, i, c.y ?? y, i === focusIndex, palette);
	}
	return {
		palette,
		width: s.width,
		height: s.height,
		background: rect(0, 0, s.width, s.height, 0, palette.background),
		axis: axisScene(s.axis, s.width, s.height, palette),
		eras: s.eras?.length ? eraScene(s.eras, s.width, s.height, palette) : [],
		lanes: layout.bands ? laneScene(layout.bands, s.width, palette) : [],
		rest: s.rest?.length ? restScene(s.rest, palette) : [],
		links: layout.bands ? linkScene(events, palette) : [],
		events,
		clusters
	};
}

/** The bands of the lanes mode: every other one shaded, a rule at each top, each with its title. */
export function laneScene(bands: readonly BandHead[], width: number, palette: Palette = LIGHT): SceneLane[] {
	return bands.map((b, i) => ({
		key: b.key,
		shade: i % 2 ? rect(0, b.top, width, b.height, 0, palette.laneShade) : null,
		rule: line(0, b.top, width, b.top, palette.ink.grid),
		label: text(LANE_TITLE.x, b.top + LANE_TITLE.y, b.title, FONTS.lane, palette.ink.text)
	}));
}

/** The rest's ticks: a thin faint bar under the axis wherever hidden events lie. */
export function restScene(runs: readonly (readonly [number, number])[], palette: Palette = LIGHT): RectPrim[] {
	return runs.map(([x0, x1]) => rect(x0, AXIS_H + 1, Math.max(1, x1 - x0), REST_TICK_H, 0, palette.rest));
}

/** A dashed line from the first to the last mark of each event placed in more than one lane, at its anchor. */
export function linkScene(events: readonly SceneEvent[], palette: Palette = LIGHT): LinePrim[] {
	const byId = new Map<string, SceneEvent[]>();
	for (const e of events) {
		const list = byId.get(e.id);
		if (list) list.push(e);
		else byId.set(e.id, [e]);
	}
	const out: LinePrim[] = [];
	for (const marks of byId.values()) {
		if (marks.length < 2) continue;
		const ys = marks.map((m) => m.y);
		const x = marks[0]!.x;
		out.push({ ...line(x, Math.min(...ys), x, Math.max(...ys), palette.ink.axis), dash: LINK_DASH });
	}
	return out;
}

/** The event mark with this id in a scene. */
export function findEvent(scene: Scene, id: string): SceneEvent | undefined {
	return scene.events.find((e) => e.id === id);
}

/** Whether two references name the same mark. */
export function sameMark(a: MarkRef, b: MarkRef): boolean {
	if (a === null || b === null) return a === b;
	return a.kind === 'event' ? b.kind === 'event' && a.id === b.id : b.kind === 'cluster' && a.index === b.index;
}

/** The box a shape covers with its outline, in its own coordinates. */
export function shapeBox(p: ShapePrim): { x: number; y: number; width: number; height: number } {
	const half = p.paint.stroke ? p.paint.strokeWidth / 2 : 0;
	if (p.kind === 'circle')
		return { x: p.x - p.r - half, y: p.y - p.r - half, width: 2 * (p.r + half), height: 2 * (p.r + half) };
	return { x: p.x - half, y: p.y - half, width: p.width + 2 * half, height: p.height + 2 * half };
}

/** A sample drawing for the legend: shapes and the box they cover. */
export interface LegendMark {
	parts: ShapePrim[];
	box: { x: number; y: number; width: number; height: number };
}

/** Length of the legend's sample spans and pill, px. */
const LEGEND_SPAN = 28;
const LEGEND_PILL = 30;
/** The level the legend shows shapes in. */
const LEGEND_LEVEL: Level = 'corroborated';

const sample = (p: ShapePrim): LegendMark => ({ parts: [p], box: shapeBox(p) });

/** The legend's samples, drawn by the same functions as the timeline's marks: each shape, a cluster, a point of each level. */
export function legendMarks(palette: Palette = LIGHT): {
	shapes: Record<MarkShape, LegendMark>;
	cluster: LegendMark;
	levels: Record<Level, LegendMark>;
} {
	const shape = (s: MarkShape) => sample(markBody(s, LEGEND_LEVEL, s === 'point' ? 0 : LEGEND_SPAN, palette));
	return {
		shapes: { point: shape('point'), band: shape('band'), bar: shape('bar'), fade: shape('fade') },
		cluster: sample(pill(LEGEND_PILL, palette.cluster)),
		levels: Object.fromEntries(LEVELS.map((l) => [l, sample(markBody('point', l, 0, palette))])) as Record<
			Level,
			LegendMark
		>
	};
}

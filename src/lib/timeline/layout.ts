/**
 * Where every visible event goes: its mark by precision, its label in a lane so no two labels
 * overlap, and a counted cluster for what does not fit. Pure: the screen and the SVG export draw
 * the same `Layout`, and tests check it without a browser.
 */
import type { When } from '../time/dates';
import { fitWindow, type Window } from '../time/scale';
import { fitText, textWidth } from './text';
import { chooseLodLevel, queryLod, type LodIndex } from './lod';
import { reachingInto } from './reach';
import { firstStartingAfter, firstStartingFrom } from '../time/search';

/** How a mark is drawn: a point, a band over a month/year, a bar for a range, a fading bar for an uncertain interval. */
export type MarkShape = 'point' | 'band' | 'bar' | 'fade';

/** Pixel geometry of one mark. */
export interface Geometry {
	shape: MarkShape;
	x0: number;
	x1: number;
	/** Centre, where a point is drawn. */
	cx: number;
}

/** Below this width a day is drawn as a point; above it, as the band it really is. */
export const DAY_BAND_MIN_PX = 14;
/** Bands, bars and fades are never thinner than this, so they stay visible and clickable. */
export const MIN_SPAN_PX = 6;
/** Radius of a point mark. */
export const POINT_R = 5;

/** The mark for a date at a scale `x` (ms → px). */
export function markGeometry(when: When, x: (t: number) => number): Geometry {
	let x0 = x(when.start);
	let x1 = x(when.end);
	const cx = (x0 + x1) / 2;
	if (when.kind === 'single') {
		const p = when.from.precision;
		if (p === 'minute' || p === 'second') return { shape: 'point', x0, x1: x0, cx: x0 };
		if (p === 'day' && x1 - x0 < DAY_BAND_MIN_PX) return { shape: 'point', x0: cx, x1: cx, cx };
	}
	if (x1 - x0 < MIN_SPAN_PX) {
		x0 = cx - MIN_SPAN_PX / 2;
		x1 = cx + MIN_SPAN_PX / 2;
	}
	const shape: MarkShape = when.kind === 'range' ? 'bar' : when.kind === 'uncertain' ? 'fade' : 'band';
	return { shape, x0, x1, cx };
}

/** How far past the edges a clipped band may reach (its dashed edges stay out of sight). */
const CLIP_MARGIN = 12;

/**
 * Bands and bars cut to the drawing (plus a margin): at hour zoom a year band would otherwise be a
 * million pixels of dashed outline for the browser to rasterise on every frame. Fades keep their true
 * extent, because their fading edges say where the interval really ends (and they have no outline).
 */
export function clipGeometry(g: Geometry, width: number): Geometry {
	if (g.shape !== 'band' && g.shape !== 'bar') return g;
	const x0 = Math.max(g.x0, -CLIP_MARGIN);
	const x1 = Math.min(g.x1, width + CLIP_MARGIN);
	return x0 === g.x0 && x1 === g.x1 ? g : { ...g, x0, x1 };
}

/** What the layout needs of an event. */
export interface LayoutItem {
	id: string;
	when: When;
	title: string;
}

/** An event placed in a lane with its (possibly shortened) label. */
export interface PlacedEvent {
	id: string;
	lane: number;
	geom: Geometry;
	label: string;
	labelX: number;
	/** Horizontal extent the mark and label occupy in their lane. */
	left: number;
	right: number;
	/** Laid out in a band (see bands.ts): the band's index, and its lane's centre line (else from `lane`). */
	band?: number;
	y?: number;
}

/** Events that did not fit a lane, counted in one mark that zooms to them when clicked. */
export interface Cluster {
	x0: number;
	x1: number;
	count: number;
	/** Time extent of the members, for "zoom to cluster". */
	start: number;
	end: number;
	/** Id of the earliest member (a stable key and an accessible name). */
	firstId: string;
	/** Members as [first, last) index ranges into the laid-out items (cheap even for 100,000). */
	ranges: [number, number][];
	/** Laid out in a band: the band's index, the pill's top, and the band's items (what `ranges` index). */
	band?: number;
	y?: number;
	members?: readonly { id: string }[];
}

/** Everything drawn for one window. */
export interface Layout {
	events: PlacedEvent[];
	clusters: Cluster[];
	/** Lanes holding at least one label. */
	lanesUsed: number;
	/** True when dense regions were read from the level-of-detail index instead of event by event. */
	aggregated: boolean;
	/** The lanes' bands, top to bottom, when the events are laid out in lanes (see bands.ts). */
	bands?: BandHead[];
}

/** A band of the drawing in lanes mode: what it holds and where it is. */
export interface BandHead {
	key: string;
	/** The value it stands for, as the reader reads it ("Pistorius", "wire services"). */
	label: string;
	/** What the band is titled with on the drawing: the label and how many events it holds ("Pistorius (2)"). */
	title: string;
	/** How many events it holds (in the whole timeline, not only in the window). */
	count: number;
	top: number;
	height: number;
}

/** Layout settings. */
export interface LayoutOptions<T extends LayoutItem = LayoutItem> {
	width: number;
	lanes: number;
	/** Minimum gap between two labels in one lane, px. */
	gap?: number;
	maxLabelPx?: number;
	/** The label drawn for an item (default: its title); called only for items that get placed. */
	labelOf?: (item: T) => string;
}

/** Label text starts this far from a point's centre or a band's left edge. */
export const LABEL_PAD = 8;
/** Cluster marks of members closer than this merge. */
const CLUSTER_GAP = 6;
/** A cluster mark grows to at most this width before the next one starts, so dense stretches read as a row of counts. */
export const CLUSTER_MAX_PX = 72;
/** Above this many events in the window, dense regions come from the level-of-detail index. */
export const LOD_THRESHOLD = 1500;
/** Bucket width on screen when aggregating, px. */
export const LOD_BUCKET_PX = 4;

const titleOf = (item: LayoutItem) => item.title;
/** Fitted label and its width per item, maximum width and label function: measured once, not on every frame. */
const labelCache = new WeakMap<
	LayoutItem,
	{ max: number; of: (item: LayoutItem) => string; label: string; width: number }
>();
function measuredLabel(
	item: LayoutItem,
	max: number,
	of: (item: LayoutItem) => string
): { label: string; width: number } {
	const hit = labelCache.get(item);
	if (hit && hit.max === max && hit.of === of) return hit;
	const label = fitText(of(item), max);
	const m = { max, of, label, width: textWidth(label) };
	labelCache.set(item, m);
	return m;
}

/** The cluster mark's text and width. */
export function clusterText(count: number): string {
	return `+${count}`;
}
export function clusterWidth(count: number): number {
	// "+" and digits only: 0.64 em each at 12 px, plus padding (the same as textWidth, without a scan).
	return Math.ceil((String(count).length * 0.64 + 0.62) * 12) + 16;
}

/** How far past a cluster mark's ends its members' centres may lie, px (see `cluster` in layoutEvents). */
const CLUSTER_REACH_PX = POINT_R + CLUSTER_GAP + 1;

/**
 * The window a cluster's "zoom in" shows: its members' time extent, cut to the stretch of the current
 * window its mark stands for. Cut, because one member may be a year-long band, and zooming to all of
 * it would zoom out.
 */
export function clusterWindow(c: Cluster, w: Window, width: number): Window {
	const msPerPx = (w.to - w.from) / width;
	const from = Math.max(c.start, w.from + (c.x0 - CLUSTER_REACH_PX) * msPerPx);
	const to = Math.min(c.end, w.from + (c.x1 + CLUSTER_REACH_PX) * msPerPx);
	return from < to ? fitWindow(from, to, 0.1) : fitWindow(c.start, c.end, 0.1);
}

/** The ids of a cluster's members (`items`: what the layout was made from; a band's cluster knows its own). */
export function clusterIds(c: Cluster, items: readonly { id: string }[]): string[] {
	const ids: string[] = [];
	const from = c.members ?? items;
	for (const [a, b] of c.ranges) for (let i = a; i < b; i++) ids.push(from[i]!.id);
	return ids;
}

/**
 * Lay out the items of a sorted-by-start array that fall inside `w`. Greedy lane packing in time
 * order: each label goes in the first lane where it does not overlap; what fits nowhere joins a
 * cluster. Only items between `first` and `last` are looked at, so callers can pass a visible slice.
 * With an index and more than LOD_THRESHOLD items in the slice, buckets of several events go
 * straight to clusters, so the work depends on the pixels, not on the number of events.
 */
export function layoutEvents<T extends LayoutItem>(
	items: readonly T[],
	w: Window,
	opts: LayoutOptions<T>,
	first = 0,
	last = items.length,
	lod?: LodIndex
): Layout {
	const { width, lanes } = opts;
	const gap = opts.gap ?? 10;
	const maxLabel = opts.maxLabelPx ?? Math.min(300, Math.max(80, width * 0.45));
	const labelOf = (opts.labelOf ?? titleOf) as (item: LayoutItem) => string;
	const k = width / (w.to - w.from);
	const x = (t: number) => (t - w.from) * k;
	const laneEnd = new Array<number>(lanes).fill(-Infinity);
	const events: PlacedEvent[] = [];
	const clusters: Cluster[] = [];
	let lanesUsed = 0;

	const cluster = (cx: number, count: number, start: number, end: number, a: number, b: number) => {
		const at = Math.max(0, cx - POINT_R);
		const open = clusters[clusters.length - 1];
		if (open && at <= open.x1 + CLUSTER_GAP && open.x1 - open.x0 < CLUSTER_MAX_PX) {
			open.count += count;
			const r = open.ranges[open.ranges.length - 1]!;
			if (r[1] === a) r[1] = b;
			else open.ranges.push([a, b]);
			if (start < open.start) open.start = start;
			if (end > open.end) open.end = end;
			open.x1 = Math.max(open.x1, open.x0 + clusterWidth(open.count), Math.min(cx, open.x0 + CLUSTER_MAX_PX));
			return;
		}
		const x0 = open ? Math.max(at, open.x1 + CLUSTER_GAP + 1) : at;
		clusters.push({ x0, x1: x0 + clusterWidth(count), count, start, end, firstId: items[a]!.id, ranges: [[a, b]] });
	};

	/** The first lane whose last label ends at least `gap` before `x`, or -1. */
	const freeLane = (x: number) => {
		for (let l = 0; l < lanes; l++) if (laneEnd[l]! + gap <= x) return l;
		return -1;
	};

	const place = (i: number) => {
		const item = items[i]!;
		if (item.when.end < w.from || item.when.start > w.to) return;
		const geom = clipGeometry(markGeometry(item.when, x), width);
		if (geom.x1 < -POINT_R || geom.x0 > width + POINT_R) return;
		const markLeft = geom.shape === 'point' ? geom.cx - POINT_R : Math.max(geom.x0, 0);
		const markRight = geom.shape === 'point' ? geom.cx + POINT_R : geom.x1;
		let labelX = geom.shape === 'point' ? geom.cx + LABEL_PAD : markLeft + LABEL_PAD / 2 + 2;
		// Away from the right edge a label starts right of its mark, so when no lane is free where the
		// mark starts the item joins a cluster whatever its label: most of a dense window's items,
		// whose labels need not be measured.
		if (labelX + maxLabel <= width && freeLane(markLeft) < 0) {
			cluster(geom.cx, 1, item.when.start, item.when.end, i, i + 1);
			return;
		}
		const { label, width: labelW } = measuredLabel(item, maxLabel, labelOf);
		// Near the right edge the label goes to the left of its mark, so it is never cut off.
		if (labelX + labelW > width) {
			const anchor = geom.shape === 'point' ? geom.cx - LABEL_PAD : Math.min(geom.x1, width) - LABEL_PAD / 2 - 2;
			labelX = Math.max(0, anchor - labelW);
		}
		const left = Math.min(markLeft, labelX);
		const right = Math.max(markRight, labelX + labelW);
		const l = freeLane(left);
		if (l < 0) return cluster(geom.cx, 1, item.when.start, item.when.end, i, i + 1);
		laneEnd[l] = right;
		if (l + 1 > lanesUsed) lanesUsed = l + 1;
		events.push({ id: item.id, lane: l, geom, label, labelX, left, right });
	};

	// Count the events starting inside the window (the slice also holds earlier, long ones).
	const startIn = firstStartingFrom(items, w.from, first, last);
	const chosen = lod && last - startIn > LOD_THRESHOLD ? chooseLodLevel(lod, LOD_BUCKET_PX / k) : undefined;
	// No level is fine enough where events are sparse at that scale (none was built): one by one.
	const level = chosen && chosen.bucketMs <= LOD_BUCKET_PX / k ? chosen : undefined;
	// Events that start before the window but reach into it are laid out one by one (there are few);
	// the index finds them without reading back through every event of the longest span.
	if (lod) {
		for (const i of reachingInto(lod.reach, items, w.from)) if (i >= first) place(i);
	} else {
		for (let i = first; i < startIn; i++) place(i);
	}
	if (!level) {
		for (let i = startIn; i < last; i++) place(i);
		return { events, clusters, lanesUsed, aggregated: false };
	}
	for (const b of queryLod(level, w.from, w.to)) {
		if (b.count === 1) place(b.first);
		else cluster(x(b.start + level.bucketMs / 2), b.count, b.start, b.maxEnd, b.first, b.first + b.count);
	}
	return { events, clusters, lanesUsed, aggregated: true };
}

/** Index of the first item that may overlap a window starting at `from`, by binary search on start. */
export function firstVisible(items: readonly { when: When }[], from: number, maxSpan: number): number {
	return firstStartingFrom(items, from - maxSpan);
}

/** Index just past the last item starting at or before `to`. */
export function lastVisible(items: readonly { when: When }[], to: number): number {
	return firstStartingAfter(items, to);
}

/** The items of a sorted-by-start array that overlap `w`, in order (what the list shows for a window). */
export function eventsInWindow<T extends { when: When }>(
	items: readonly T[],
	w: Window,
	maxSpan: number
): readonly T[] {
	const end = lastVisible(items, w.to);
	// A window that holds every item (fit-all): the same array, not a copy of 100,000.
	if (end === items.length && (items.length === 0 || items[0]!.when.start >= w.from)) return items;
	const out: T[] = [];
	for (let i = firstVisible(items, w.from, maxSpan); i < end; i++) {
		if (items[i]!.when.end >= w.from) out.push(items[i]!);
	}
	return out;
}

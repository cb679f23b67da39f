/**
 * Lanes: the events laid out in labelled bands, one per value (an actor, a tag, a source kind, a
 * group), each band packing its own labels and clusters with the same `layoutEvents` as the whole
 * drawing. An event with two values is in two bands; the scene joins its two marks with a line
 * and its label starts with a sign (MULTI_GLYPH), so it reads as one event.
 *
 * Band geometry: a title row, `lanes` label lanes and a cluster row. Bands share the drawing's
 * height when it has room (up to MAX_BAND_LANES lanes each); otherwise each has MIN_BAND_LANES and
 * the drawing grows to `bandsMinHeight` (the page sets the box's height from it).
 */
import type { Window } from '../time/scale';
import { firstVisible, lastVisible, layoutEvents, type Layout, type LayoutItem, type LayoutOptions } from './layout';
import type { LodIndex } from './lod';
import { AXIS_H, LANE_H } from './metrics';

/** A band's title row and cluster row, px, and the gap under the axis. */
export const BAND = { head: 18, foot: 26, pad: 4 };
/** At most this many label lanes in one band. */
export const MAX_BAND_LANES = 4;
/** Put before the label of an event shown in more than one band. */
export const MULTI_GLYPH = '↕ ';

/** What one band lays out: its events, in time order, and their index for dense windows. */
export interface BandInput<T extends LayoutItem> {
	key: string;
	label: string;
	/** The label with the band's count, as the drawing titles it. */
	title: string;
	items: readonly T[];
	/** Level-of-detail index over `items` (worth it for large bands only). */
	lod?: LodIndex;
	/** Longest span among `items`, ms. */
	maxSpan: number;
}

/** Height of a band with `lanes` label lanes. */
export const bandHeight = (lanes: number) => BAND.head + lanes * LANE_H + BAND.foot;
/**
 * The fewest label lanes a band gets: two, so a long span (a month, an uncertain interval) does not
 * push every other event of its band into the cluster row; the drawing grows with the bands instead.
 */
export const MIN_BAND_LANES = 2;
const minBandLanes = () => MIN_BAND_LANES;
/** The drawing height `n` bands need, each with its fewest lanes. */
export const bandsMinHeight = (n: number) => AXIS_H + BAND.pad + n * bandHeight(minBandLanes());

/** Label lanes per band for `n` bands in a drawing `height` px tall. */
export function bandLanes(n: number, height: number): number {
	const room = (height - AXIS_H - BAND.pad) / Math.max(1, n) - BAND.head - BAND.foot;
	return Math.max(minBandLanes(), Math.min(MAX_BAND_LANES, Math.floor(room / LANE_H)));
}

/** Top of band `i` when each has `lanes` lanes. */
export const bandTop = (i: number, lanes: number) => AXIS_H + BAND.pad + i * bandHeight(lanes);
/** Centre line of lane `lane` of a band whose top is `top`. */
export const bandLaneY = (top: number, lane: number) => top + BAND.head + lane * LANE_H + LANE_H / 2;
/** Top of the cluster pills of a band. */
export const bandClusterY = (top: number, lanes: number) => top + BAND.head + lanes * LANE_H + 3;

/** Lay out every band in the window, as one layout whose events and clusters say their band and height. */
export function layoutBands<T extends LayoutItem>(
	bands: readonly BandInput<T>[],
	w: Window,
	opts: Omit<LayoutOptions<T>, 'lanes'> & { height: number }
): Layout {
	const lanes = bandLanes(bands.length, opts.height);
	const out: Layout = { events: [], clusters: [], lanesUsed: 0, aggregated: false, bands: [] };
	bands.forEach((b, bi) => {
		const top = bandTop(bi, lanes);
		const range = [firstVisible(b.items, w.from, b.maxSpan), lastVisible(b.items, w.to)] as const;
		const l = layoutEvents(b.items, w, { ...opts, lanes }, ...range, b.lod);
		for (const p of l.events) {
			p.band = bi;
			p.y = bandLaneY(top, p.lane);
			out.events.push(p);
		}
		for (const c of l.clusters) {
			c.band = bi;
			c.y = bandClusterY(top, lanes);
			c.members = b.items;
			out.clusters.push(c);
		}
		out.lanesUsed = Math.max(out.lanesUsed, l.lanesUsed);
		out.aggregated ||= l.aggregated;
		out.bands!.push({
			key: b.key,
			label: b.label,
			title: b.title,
			count: b.items.length,
			top,
			height: bandHeight(lanes)
		});
	});
	return out;
}

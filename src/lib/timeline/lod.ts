/**
 * Level-of-detail index: built once per (filtered) event list, it answers "how many events start in
 * each bucket of this window?" by touching only the buckets inside the window. Buckets are
 * power-of-two multiples of a minute, aligned to a fixed origin, so a bucket never moves while
 * panning and a coarser level is an exact merge of the finer one.
 *
 * When a window holds more events than can be laid out one by one within a frame, the layout draws
 * these buckets as counted clusters instead; zooming then costs the same at 100,000 events as at
 * 1,000, because only visible buckets are read.
 */

import { buildReachSpans, type ReachIndex } from './reach';
import { lowerBound, type Span } from '../time/search';

/** Smallest bucket: one minute. Level L spans 2^L minutes. */
export const BASE_BUCKET_MS = 60_000;
/** Levels whose buckets hold fewer events than this on average are not built (the layout goes per event there). */
const MIN_AVG_PER_BUCKET = 2;

/** One level: buckets that hold at least one event, in time order. */
export interface LodLevel {
	level: number;
	bucketMs: number;
	/** Bucket number (floor(start / bucketMs)) of each non-empty bucket. */
	keys: Float64Array;
	/** Index of the first event of each bucket in the sorted array. */
	first: Uint32Array;
	count: Uint32Array;
	/** Latest end of the bucket's events. */
	maxEnd: Float64Array;
}

/** A bucket returned by a query. */
export interface Bucket {
	start: number;
	first: number;
	count: number;
	maxEnd: number;
}

export interface LodIndex {
	levels: LodLevel[];
	size: number;
	/** The events that reach into a window from before it. */
	reach: ReachIndex;
}

/** The starts and ends of events, in their order, as typed arrays (read in order, not object by object). */
export function spansOf(events: readonly Span[]): { starts: Float64Array; ends: Float64Array } {
	const starts = new Float64Array(events.length);
	const ends = new Float64Array(events.length);
	for (let i = 0; i < events.length; i++) {
		const w = events[i]!.when;
		starts[i] = w.start;
		ends[i] = w.end;
	}
	return { starts, ends };
}

/** Build the index for events sorted by start: the finest useful level from the events, each coarser one by merging pairs of buckets. */
export function buildLod(events: readonly Span[]): LodIndex {
	const { starts, ends } = spansOf(events);
	return buildLodSpans(starts, ends);
}

/**
 * The same from the events' starts (ascending) and ends as typed arrays: a filter gathers them from
 * the whole timeline's by index, so a keystroke at 100,000 events never walks the event objects.
 */
export function buildLodSpans(starts: Float64Array, ends: Float64Array): LodIndex {
	const levels: LodLevel[] = [];
	const n = starts.length;
	const reach = buildReachSpans(starts, ends);
	if (n === 0) return { levels, size: 0, reach };
	const span = Math.max(1, starts[n - 1]! - starts[0]!);
	let level = 0;
	// Too fine to be worth it: on average fewer than MIN_AVG_PER_BUCKET events per bucket.
	while (
		n / Math.max(1, span / (BASE_BUCKET_MS * 2 ** level)) < MIN_AVG_PER_BUCKET &&
		span / (BASE_BUCKET_MS * 2 ** level) > 1
	)
		level++;
	let current = buildLevel(starts, ends, level, BASE_BUCKET_MS * 2 ** level);
	levels.push(current);
	// Up to buckets twice the span: beyond that at most two are left, and two either side of the
	// epoch (keys -1 and 0: floor halves them to themselves) would never merge.
	while (current.keys.length > 1 && current.bucketMs <= 2 * span) {
		current = mergeLevel(current);
		levels.push(current);
	}
	return { levels, size: n, reach };
}

function buildLevel(starts: Float64Array, ends: Float64Array, level: number, bucketMs: number): LodLevel {
	const n = starts.length;
	const keys = new Float64Array(n);
	const first = new Uint32Array(n);
	const count = new Uint32Array(n);
	const maxEnd = new Float64Array(n);
	let b = -1;
	let last = NaN;
	for (let i = 0; i < n; i++) {
		const end = ends[i]!;
		const key = Math.floor(starts[i]! / bucketMs);
		if (key !== last) {
			b++;
			keys[b] = key;
			first[b] = i;
			maxEnd[b] = end;
			last = key;
		}
		count[b]!++;
		if (end > maxEnd[b]!) maxEnd[b] = end;
	}
	const size = b + 1;
	return {
		level,
		bucketMs,
		keys: keys.slice(0, size),
		first: first.slice(0, size),
		count: count.slice(0, size),
		maxEnd: maxEnd.slice(0, size)
	};
}

/** The next coarser level: buckets twice as wide, each the merge of at most two finer ones. */
function mergeLevel(fine: LodLevel): LodLevel {
	const m = fine.keys.length;
	const keys = new Float64Array(m);
	const first = new Uint32Array(m);
	const count = new Uint32Array(m);
	const maxEnd = new Float64Array(m);
	let b = -1;
	let last = NaN;
	for (let i = 0; i < m; i++) {
		const key = Math.floor(fine.keys[i]! / 2);
		if (key !== last) {
			b++;
			keys[b] = key;
			first[b] = fine.first[i]!;
			maxEnd[b] = fine.maxEnd[i]!;
			last = key;
		} else if (fine.maxEnd[i]! > maxEnd[b]!) maxEnd[b] = fine.maxEnd[i]!;
		count[b]! += fine.count[i]!;
	}
	const size = b + 1;
	return {
		level: fine.level + 1,
		bucketMs: fine.bucketMs * 2,
		keys: keys.slice(0, size),
		first: first.slice(0, size),
		count: count.slice(0, size),
		maxEnd: maxEnd.slice(0, size)
	};
}

/** The coarsest built level whose buckets are at most `maxBucketMs` wide (else the finest). */
export function chooseLodLevel(index: LodIndex, maxBucketMs: number): LodLevel | undefined {
	let best: LodLevel | undefined;
	for (const l of index.levels) {
		if (l.bucketMs <= maxBucketMs) best = l;
		else break;
	}
	return best ?? index.levels[0];
}

/**
 * The non-empty buckets of `level` that start within [from, to]. `touched` (for tests) counts the
 * buckets read, which is the number returned plus at most one.
 */
export function queryLod(level: LodLevel, from: number, to: number, touched?: { n: number }): Bucket[] {
	const out: Bucket[] = [];
	const k0 = Math.floor(from / level.bucketMs);
	const k1 = Math.floor(to / level.bucketMs);
	for (let i = lowerBound(level.keys, k0); i < level.keys.length; i++) {
		if (touched) touched.n++;
		const key = level.keys[i]!;
		if (key > k1) break;
		out.push({
			start: key * level.bucketMs,
			first: level.first[i]!,
			count: level.count[i]!,
			maxEnd: level.maxEnd[i]!
		});
	}
	return out;
}

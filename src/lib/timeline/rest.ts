/**
 * Where the events the filters leave out lie in a window, as pixel runs to draw faint ticks over
 * (when the reader asks to see the rest rather than hide it). Dense windows read level-of-detail
 * buckets of about REST_BUCKET_PX, so 100,000 hidden events cost what the pixels cost.
 */
import type { Window } from '../time/scale';
import type { When } from '../time/dates';
import { chooseLodLevel, queryLod, type LodIndex } from './lod';
import { firstVisible, lastVisible } from './layout';

/** Width of one bucket of the rest's ticks when the window is dense, px. */
export const REST_BUCKET_PX = 2;
/** Above this many hidden events in the window, buckets instead of events. */
const REST_DENSE = 2000;

/** The [x0, x1) px runs covered by `items` (sorted by start) in a window, adjacent runs merged. */
export function restRuns(
	items: readonly { when: When }[],
	lod: LodIndex,
	w: Window,
	width: number,
	maxSpan: number
): [number, number][] {
	const k = width / (w.to - w.from);
	const runs: [number, number][] = [];
	const add = (a: number, b: number) => {
		const x0 = Math.max(0, Math.floor(a));
		const x1 = Math.min(width, Math.max(x0 + 1, Math.ceil(b)));
		if (x1 <= 0 || x0 >= width) return;
		const last = runs[runs.length - 1];
		if (last && x0 <= last[1]) last[1] = Math.max(last[1], x1);
		else runs.push([x0, x1]);
	};
	const first = firstVisible(items, w.from, maxSpan);
	const last = lastVisible(items, w.to);
	const level = last - first > REST_DENSE ? chooseLodLevel(lod, REST_BUCKET_PX / k) : undefined;
	if (level) {
		for (const b of queryLod(level, w.from, w.to)) add((b.start - w.from) * k, (b.start + level.bucketMs - w.from) * k);
		return runs;
	}
	// Long events that started before may overlap later runs: sort their runs by start first.
	const spans: [number, number][] = [];
	for (let i = first; i < last; i++) {
		const e = items[i]!.when;
		if (e.end >= w.from) spans.push([(e.start - w.from) * k, (e.end - w.from) * k]);
	}
	spans.sort((a, b) => a[0] - b[0]);
	for (const [a, b] of spans) add(a, b);
	return runs;
}

/**
 * Which events start before a window yet reach into it. Scanning back from the window by the longest
 * span of all would read every event of the past year as soon as one event is dated by its year
 * alone (10,000 of them a frame at 100,000 events). Events are grouped by how long they last; each
 * group is scanned back only by its own longest span.
 */
import { lowerBound, type Span } from '../time/search';

/** Upper bounds of the span groups, ms: up to a day, a week and a half, two months, a year and a half, longer. */
const GROUP_LIMITS = [86_400_000, 8 * 86_400_000, 64 * 86_400_000, 512 * 86_400_000, Infinity];

interface SpanGroup {
	/** Indices of the group's events in the sorted array, ascending (so their starts ascend too). */
	index: Uint32Array;
	starts: Float64Array;
	maxSpan: number;
}

export interface ReachIndex {
	groups: SpanGroup[];
}

/** Build the groups for events sorted by start: one pass to size them, one to fill typed arrays. */
export function buildReach(events: readonly Span[]): ReachIndex {
	return buildReachSpans(
		Float64Array.from(events, (e) => e.when.start),
		Float64Array.from(events, (e) => e.when.end)
	);
}

/** The same from the events' starts and ends as typed arrays. */
export function buildReachSpans(starts: Float64Array, ends: Float64Array): ReachIndex {
	const n = starts.length;
	const groupOf = new Uint8Array(n);
	const sizes = new Uint32Array(GROUP_LIMITS.length);
	for (let i = 0; i < n; i++) {
		const span = ends[i]! - starts[i]!;
		let g = 0;
		while (span > GROUP_LIMITS[g]!) g++;
		groupOf[i] = g;
		sizes[g]!++;
	}
	const groups = Array.from(sizes, (size) => ({
		index: new Uint32Array(size),
		starts: new Float64Array(size),
		maxSpan: 0
	}));
	const filled = new Uint32Array(GROUP_LIMITS.length);
	for (let i = 0; i < n; i++) {
		const g = groups[groupOf[i]!]!;
		const j = filled[groupOf[i]!]!++;
		const span = ends[i]! - starts[i]!;
		g.index[j] = i;
		g.starts[j] = starts[i]!;
		if (span > g.maxSpan) g.maxSpan = span;
	}
	return { groups: groups.filter((g) => g.index.length) };
}

/** Indices (ascending) of the events that start before `from` and end at or after it (as the layout keeps them). */
export function reachingInto(reach: ReachIndex, events: readonly Span[], from: number): number[] {
	const out: number[] = [];
	for (const g of reach.groups) {
		for (let j = lowerBound(g.starts, from - g.maxSpan); j < g.starts.length && g.starts[j]! < from; j++) {
			const i = g.index[j]!;
			if (events[i]!.when.end >= from) out.push(i);
		}
	}
	return out.sort((a, b) => a - b);
}

/** Binary searches over sorted data, shared by the loader, the layout and the indexes. */

/** First index in [lo, hi) whose value is >= t, in an ascending typed array. */
export function lowerBound(sorted: Float64Array, t: number, lo = 0, hi = sorted.length): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! < t) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

type ByStart = readonly { when: { start: number } }[];

/** First index in [lo, hi) of an array sorted by start whose item starts after t (at t too unless `after`). */
function searchStarts(items: ByStart, t: number, after: boolean, lo: number, hi: number): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		const s = items[mid]!.when.start;
		if (s < t || (after && s === t)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** First index in [lo, hi) of an array sorted by start whose item starts at or after t. */
export function firstStartingFrom(items: ByStart, t: number, lo = 0, hi = items.length): number {
	return searchStarts(items, t, false, lo, hi);
}

/** First index in [lo, hi) of an array sorted by start whose item starts after t. */
export function firstStartingAfter(items: ByStart, t: number, lo = 0, hi = items.length): number {
	return searchStarts(items, t, true, lo, hi);
}

/** What an index needs of an event: its start and end, sorted by start. */
export interface Span {
	when: { start: number; end: number };
}

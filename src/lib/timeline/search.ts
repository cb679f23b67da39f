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

/** First index in [lo, hi) of an array sorted by start whose item starts at or after t. */
export function firstStartingFrom(items: readonly { when: { start: number } }[], t: number, lo = 0, hi = items.length): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (items[mid]!.when.start < t) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** A validated timeline file made into the app's timeline: dates parsed, events sorted, verdicts judged. */
import { parseWhen } from '../time/dates';
import { lowerBound } from '../time/search';
import type { Era, PublishedFile, Timeline, TimelineEvent } from './model';
import type { TimelineFile } from './schema';
import { corroborator } from './provenance';

/**
 * Sort by start, then end, then id, in place; a file already in order is only checked. `starts` and
 * `ends` hold each event's bounds in the current order: typed arrays read in order, where 100,000
 * events scattered over the heap would be chased pointer by pointer.
 */
function sortEvents(events: TimelineEvent[], starts: Float64Array, ends: Float64Array): void {
	const n = events.length;
	const before = (a: number, b: number) =>
		starts[a]! - starts[b]! || ends[a]! - ends[b]! || (events[a]!.id < events[b]!.id ? -1 : 1);
	let sorted = true;
	for (let i = 1; i < n && sorted; i++) sorted = before(i - 1, i) < 0;
	if (sorted) return;
	const order = startOrder(starts);
	// Events that start together (often dozens on one day) are ordered by end, then id.
	for (let a = 0; a < n;) {
		let b = a + 1;
		while (b < n && starts[order[b]!] === starts[order[a]!]) b++;
		if (b - a > 1) order.subarray(a, b).sort(before);
		a = b;
	}
	const copy = events.slice();
	for (let i = 0; i < n; i++) events[i] = copy[order[i]!]!;
}

/**
 * Indices by start time: the starts sorted natively (no comparator), then each index dropped into the
 * first free slot of its start's run. Several times faster than a comparator sort of 100,000 indices.
 */
function startOrder(starts: Float64Array): Uint32Array {
	const n = starts.length;
	const sortedStarts = starts.slice().sort();
	const filled = new Uint32Array(n);
	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) {
		const lo = lowerBound(sortedStarts, starts[i]!);
		order[lo + filled[lo]!++] = i;
	}
	return order;
}

/**
 * A validated file as the app's timeline: dates parsed, events sorted by start, then end, then id
 * (stable whatever the file order), corroboration judged, lookups built. Adds `when`, `order` and
 * `corroboration` to the event objects it is given (fresh objects from JSON.parse or a copy), so
 * 100,000 events are not copied again.
 * Only for data that passed `validateTimeline` (or, in `load-async.ts`, data whose verdict is pending
 * and whose result is thrown away unless it passes).
 */
export function normalise(data: TimelineFile | PublishedFile): Timeline {
	const events = data.events as TimelineEvent[];
	const sourceById = new Map(data.sources.map((s) => [s.id, s]));
	const judge = corroborator(sourceById);
	const starts = new Float64Array(events.length);
	const ends = new Float64Array(events.length);
	for (let i = 0; i < events.length; i++) {
		const e = events[i]!;
		const w = parseWhen(e.date);
		// validateTimeline has already rejected unparsable dates.
		if (!w.ok) throw new Error(`unreachable: ${e.id}: ${w.why.code}`);
		e.when = w.value;
		e.order = 0;
		e.corroboration = judge(e);
		starts[i] = w.value.start;
		ends[i] = w.value.end;
	}
	sortEvents(events, starts, ends);
	const eventById = new Map<string, TimelineEvent>();
	let min = Infinity;
	let max = -Infinity;
	let maxSpan = 0;
	for (let i = 0; i < events.length; i++) {
		const e = events[i]!;
		e.order = i;
		eventById.set(e.id, e);
		if (e.when.start < min) min = e.when.start;
		if (e.when.end > max) max = e.when.end;
		if (e.when.end - e.when.start > maxSpan) maxSpan = e.when.end - e.when.start;
	}
	return {
		id: data.id,
		title: data.title,
		description: data.description,
		language: data.language,
		sources: data.sources,
		events,
		sourceById,
		eventById,
		extent: events.length ? [min, max] : null,
		maxSpan,
		eras: erasOf(data)
	};
}

/** The file's eras with their dates parsed, in time order (validateTimeline has checked them). */
function erasOf(data: TimelineFile | PublishedFile): Era[] {
	const eras: Era[] = [];
	for (const era of data.eras ?? []) {
		const w = parseWhen({ start: era.start, end: era.end });
		if (w.ok) eras.push({ title: era.title, when: w.value });
	}
	return eras.sort((a, b) => a.when.start - b.when.start || a.when.end - b.when.end);
}

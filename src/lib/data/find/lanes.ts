/**
 * Which lane each shown event goes in when the timeline is laid out by a facet (actor, tag, source
 * kind, group): one lane per value, the most frequent first, an event with two values in both.
 * Past MAX_LANES values the rarest share one "other" lane; events without a value have a lane of
 * their own, last. Lanes follow the filters: only values among the shown events get one.
 */
import type { TimelineEvent } from '../model';
import type { FacetColumn } from './facets';

/** At most this many lanes, the "other" and "none" lanes included. */
export const MAX_LANES = 12;

export interface LaneGroup {
	/** Stable within a timeline: `v:<value index>`, `other` or `none`. */
	key: string;
	/** The value, or null for the "other" and "none" lanes. */
	value: string | null;
	kind: 'value' | 'other' | 'none';
	/** Its events, in time order. */
	events: TimelineEvent[];
	/** Their positions in the timeline's events (for typed arrays indexed the same way). */
	at: Uint32Array;
}

export interface Lanes {
	lanes: LaneGroup[];
	/** Per position in the timeline's events, 1 for an event in more than one lane. */
	multi: Uint8Array;
}

/**
 * Split the shown events into lanes by a facet's values: `events` are the timeline's, `at` the
 * positions of the shown ones in time order (null: all). Reads positions and the facet's typed
 * arrays, never the event objects, so 100,000 events are split in a few milliseconds.
 */
export function groupIntoLanes(
	events: readonly TimelineEvent[],
	at: Uint32Array | null,
	col: FacetColumn,
	max = MAX_LANES
): Lanes {
	const { offsets, ids } = col;
	const n = at ? at.length : events.length;
	const pos = (i: number) => (at ? at[i]! : i);
	const counts = new Uint32Array(col.values.length);
	let none = 0;
	for (let i = 0; i < n; i++) {
		const p = pos(i);
		const a = offsets[p]!;
		const b = offsets[p + 1]!;
		if (a === b) none++;
		for (let k = a; k < b; k++) counts[ids[k]!]!++;
	}
	const used = [...counts.keys()].filter((v) => counts[v]! > 0).sort((a, b) => counts[b]! - counts[a]! || a - b);
	const room = max - (none ? 1 : 0);
	const kept = used.length <= room ? used : used.slice(0, room - 1);
	const laneOf = new Int32Array(col.values.length).fill(-1);
	kept.forEach((v, i) => (laneOf[v] = i));
	const otherLane = kept.length < used.length ? kept.length : -1;
	const noneLane = none ? kept.length + (otherLane >= 0 ? 1 : 0) : -1;
	const total = kept.length + (otherLane >= 0 ? 1 : 0) + (none ? 1 : 0);
	// Sizes first, so each lane's positions fill one typed array.
	const sizes = new Uint32Array(total);
	const multi = new Uint8Array(events.length);
	const seen = new Int32Array(total).fill(-1);
	const visit = (fill: (lane: number, p: number) => void) => {
		for (let i = 0; i < n; i++) {
			const p = pos(i);
			const a = offsets[p]!;
			const b = offsets[p + 1]!;
			if (a === b) {
				fill(noneLane, p);
				continue;
			}
			let placed = 0;
			for (let k = a; k < b; k++) {
				const v = laneOf[ids[k]!]!;
				const lane = v >= 0 ? v : otherLane;
				// An event with two rare values is in the "other" lane once.
				if (seen[lane] === p) continue;
				seen[lane] = p;
				fill(lane, p);
				placed++;
			}
			if (placed > 1) multi[p] = 1;
		}
	};
	visit((lane) => sizes[lane]!++);
	seen.fill(-1);
	const lanes: LaneGroup[] = Array.from({ length: total }, (_, l) => ({
		key: l < kept.length ? `v:${kept[l]}` : l === otherLane ? 'other' : 'none',
		value: l < kept.length ? col.values[kept[l]!]! : null,
		kind: l < kept.length ? 'value' : l === otherLane ? 'other' : 'none',
		events: new Array<TimelineEvent>(sizes[l]!),
		at: new Uint32Array(sizes[l]!)
	}));
	const filled = new Uint32Array(total);
	visit((lane, p) => {
		const j = filled[lane]!++;
		lanes[lane]!.at[j] = p;
		lanes[lane]!.events[j] = events[p]!;
	});
	return { lanes, multi };
}

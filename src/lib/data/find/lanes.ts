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
}

export interface Lanes {
	lanes: LaneGroup[];
	/** Ids of the events that are in more than one lane. */
	multi: Set<string>;
}

/** Split the shown events (in time order) into lanes by a facet's values. */
export function groupIntoLanes(shown: readonly TimelineEvent[], col: FacetColumn, max = MAX_LANES): Lanes {
	const { offsets, ids } = col;
	const counts = new Uint32Array(col.values.length);
	let none = 0;
	for (const e of shown) {
		const a = offsets[e.order]!;
		const b = offsets[e.order + 1]!;
		if (a === b) none++;
		for (let k = a; k < b; k++) counts[ids[k]!]!++;
	}
	const used = [...counts.keys()].filter((v) => counts[v]! > 0).sort((a, b) => counts[b]! - counts[a]! || a - b);
	const room = max - (none ? 1 : 0);
	const kept = used.length <= room ? used : used.slice(0, room - 1);
	const laneOf = new Int32Array(col.values.length).fill(-1);
	const lanes: LaneGroup[] = kept.map((v, i) => {
		laneOf[v] = i;
		return { key: `v:${v}`, value: col.values[v]!, kind: 'value', events: [] };
	});
	const other: LaneGroup | null =
		kept.length < used.length ? { key: 'other', value: null, kind: 'other', events: [] } : null;
	const noneLane: LaneGroup | null = none ? { key: 'none', value: null, kind: 'none', events: [] } : null;
	const multi = new Set<string>();
	for (const e of shown) {
		const a = offsets[e.order]!;
		const b = offsets[e.order + 1]!;
		if (a === b) {
			noneLane!.events.push(e);
			continue;
		}
		let placed = 0;
		let inOther = false;
		for (let k = a; k < b; k++) {
			const lane = laneOf[ids[k]!]!;
			if (lane >= 0) {
				lanes[lane]!.events.push(e);
				placed++;
			} else if (!inOther) {
				other!.events.push(e);
				inOther = true;
				placed++;
			}
		}
		if (placed > 1) multi.add(e.id);
	}
	if (other) lanes.push(other);
	if (noneLane) lanes.push(noneLane);
	return { lanes, multi };
}

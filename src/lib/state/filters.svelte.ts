/** Which events are shown: today the weakest corroboration level let through. */
import type { TimelineEvent } from '$lib/data/model';
import type { Level } from '$lib/data/levels';
import { levelRank } from '$lib/data/provenance';
import type { Dataset } from './dataset.svelte';

/** The level that shows everything. */
export const ALL_LEVELS: Level = 'unsourced';

export class Filters {
	readonly #data: Dataset;
	/** Weakest corroboration shown; 'unsourced' shows everything. */
	minLevel = $state<Level>(ALL_LEVELS);
	/** The events the filter lets through, still in time order (the same array when nothing is filtered). */
	shown = $derived.by((): TimelineEvent[] => shownEvents(this.#data.timeline.events, this.minLevel));
	/** Position of each shown event, for stepping through them with the arrow keys. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt whole, never mutated
	index = $derived.by(() => new Map(this.shown.map((e, i) => [e.id, i])));

	constructor(data: Dataset) {
		this.#data = data;
	}

	/** Show everything again. */
	clear() {
		this.minLevel = ALL_LEVELS;
	}
}

/** The events at or above `min`, in order; the same array when that is all of them. */
export function shownEvents(events: TimelineEvent[], min: Level): TimelineEvent[] {
	if (min === ALL_LEVELS) return events;
	const rank = levelRank(min);
	return events.filter((e) => levelRank(e.corroboration.level) >= rank);
}

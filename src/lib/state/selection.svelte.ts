/** The selected event: what the panel shows and the address names. */
import type { Dataset } from './dataset.svelte';
import type { Filters } from './filters.svelte';
import type { Viewport } from './viewport.svelte';

export class Selection {
	readonly #data: Dataset;
	readonly #filters: Filters;
	readonly #viewport: Viewport;
	id = $state<string | null>(null);
	/** The selected event, or null (also when the id names nothing in the timeline on screen). */
	event = $derived.by(() => (this.id === null ? null : (this.#data.timeline.eventById.get(this.id) ?? null)));

	constructor(data: Dataset, filters: Filters, viewport: Viewport) {
		this.#data = data;
		this.#filters = filters;
		this.#viewport = viewport;
	}

	/** Select an event by id (or none); an id the timeline does not have selects nothing. */
	select(id: string | null) {
		const next = id !== null && this.#data.timeline.eventById.has(id) ? id : null;
		if (next !== this.id) this.id = next;
	}

	/** Select the previous (-1) or next (+1) shown event and keep it in view. */
	step(dir: -1 | 1) {
		const ev = this.#filters.shown;
		if (!ev.length) return;
		const at = this.id === null ? undefined : this.#filters.index.get(this.id);
		const i = at !== undefined ? at + dir : dir > 0 ? 0 : ev.length - 1;
		const next = ev[Math.max(0, Math.min(ev.length - 1, i))]!;
		this.select(next.id);
		this.#viewport.reveal(next);
	}
}

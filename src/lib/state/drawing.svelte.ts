/** What the timeline draws for the view: the layout of the marks in sight and the axis. */
import { lanesFor } from '$lib/timeline/metrics';
import { firstVisible, lastVisible, layoutEvents } from '$lib/timeline/layout';
import { buildLod } from '$lib/timeline/lod';
import { eventLabel } from '$lib/timeline/encoding';
import { axisFor } from '$lib/time/ticks';
import { eraSpans } from '$lib/timeline/scene';
import type { TimelineEvent } from '$lib/data/model';
import type { Dataset } from './dataset.svelte';
import type { Filters } from './filters.svelte';
import type { Viewport } from './viewport.svelte';

/**
 * Timelines with more events than this are drawn on a canvas (see timeline/paint.ts), whose frame
 * costs one bitmap whatever moved; smaller ones as SVG, whose labels the browser can find and select.
 */
export const CANVAS_MIN_EVENTS = 5000;

/** An event's label on the timeline: glyphs for weak or disputed ones, then the title (made only for placed events). */
const labelOf = (e: TimelineEvent) => eventLabel(e.title, e.corroboration.level, e.corroboration.disputed);

export class Drawing {
	readonly #data: Dataset;
	readonly #filters: Filters;
	readonly #viewport: Viewport;
	/** Draw on a canvas instead of SVG (large timelines). */
	onCanvas = $derived.by(() => this.#data.timeline.events.length > CANVAS_MIN_EVENTS);
	lanes = $derived.by(() => lanesFor(this.#viewport.height));
	/** [first, last) indices of shown events that may be visible. */
	visibleRange = $derived.by((): [number, number] => {
		const ev = this.#filters.shown;
		const w = this.#viewport.window;
		return [firstVisible(ev, w.from, this.#data.timeline.maxSpan), lastVisible(ev, w.to)];
	});
	/** Level-of-detail buckets over the shown events, built once per timeline and filter. */
	lod = $derived.by(() => buildLod(this.#filters.shown));
	/** What the screen draws, and what the SVG export draws: one layout for both. */
	layout = $derived.by(() =>
		layoutEvents(
			this.#filters.shown,
			this.#viewport.window,
			{ width: this.#viewport.width, lanes: this.lanes, labelOf },
			...this.visibleRange,
			this.lod
		)
	);
	axis = $derived.by(() => axisFor(this.#viewport.window, this.#viewport.width));
	/** The timeline's eras on the drawing, px (the scene cuts them to it). */
	eras = $derived.by(() => eraSpans(this.#data.timeline.eras, this.#viewport.window, this.#viewport.width));

	constructor(data: Dataset, filters: Filters, viewport: Viewport) {
		this.#data = data;
		this.#filters = filters;
		this.#viewport = viewport;
	}
}

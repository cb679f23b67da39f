/** What the timeline draws for the view: the layout of the marks in sight (in lanes or not), the axis and the rest's ticks. */
import { lanesFor } from '$lib/timeline/metrics';
import { LOD_THRESHOLD, firstVisible, lastVisible, layoutEvents } from '$lib/timeline/layout';
import { bandsMinHeight, layoutBands, MULTI_GLYPH, type BandInput } from '$lib/timeline/bands';
import { buildLod } from '$lib/timeline/lod';
import { restRuns } from '$lib/timeline/rest';
import { eventLabel } from '$lib/timeline/encoding';
import { axisFor } from '$lib/time/ticks';
import { eraSpans } from '$lib/timeline/scene';
import { groupIntoLanes } from '$lib/data/find/lanes';
import { firstStartingFrom } from '$lib/time/search';
import type { TimelineEvent } from '$lib/data/model';
import { laneLabel, laneTitle } from '$lib/words/facet-words';
import type { Dataset } from './dataset.svelte';
import { LANE_FACET, type Filters } from './filters.svelte';
import type { Viewport } from './viewport.svelte';

/**
 * Timelines with more events than this are drawn on a canvas (see timeline/paint.ts), whose frame
 * costs one bitmap whatever moved; smaller ones as SVG, whose labels the browser can find and select.
 */
export const CANVAS_MIN_EVENTS = 5000;

/** An event's label on the timeline: glyphs for weak or disputed ones, then the title (made only for placed events). */
const labelOf = (e: TimelineEvent) => eventLabel(e.title, e.corroboration.level, e.corroboration.disputed);

/** Longest span among events, ms. */
const maxSpanOf = (events: readonly TimelineEvent[]) => {
	let m = 0;
	for (const e of events) m = Math.max(m, e.when.end - e.when.start);
	return m;
};

/** A lane of the drawing, with what the list shows of it. */
export interface DrawnLane extends BandInput<TimelineEvent> {
	events: readonly TimelineEvent[];
}

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
	/**
	 * Level-of-detail buckets over the shown events, built once per timeline and filter; none for
	 * fewer events than the layout would ever aggregate (a narrow search need not pay for it).
	 */
	lod = $derived.by(() => (this.#filters.shown.length > LOD_THRESHOLD ? buildLod(this.#filters.shown) : undefined));
	/** The lanes (bands) when the reader lays the timeline out by a facet: built once per filter, not per frame. */
	bands = $derived.by((): DrawnLane[] | null => {
		const by = this.#filters.laneBy;
		if (!by) return null;
		const facet = LANE_FACET[by];
		const t = this.#data.timeline;
		const { lanes, multi } = groupIntoLanes(this.#filters.shown, this.#filters.facetIndex[facet]);
		// One label function per lanes: it marks the events shown in more than one lane.
		const of = (e: TimelineEvent) => (multi.has(e.id) ? MULTI_GLYPH : '') + labelOf(e);
		this.#bandLabelOf = of;
		return lanes.map((l) => {
			const label = laneLabel(t, facet, l.kind, l.value);
			return {
				key: l.key,
				label,
				title: laneTitle(label, l.events.length),
				items: l.events,
				events: l.events,
				lod: l.events.length > LOD_THRESHOLD ? buildLod(l.events) : undefined,
				maxSpan: maxSpanOf(l.events)
			};
		});
	});
	#bandLabelOf: (e: TimelineEvent) => string = labelOf;
	/** The drawing's least height: with lanes, enough for each to have a lane (the page's box grows to it). */
	minHeight = $derived.by(() => (this.bands ? bandsMinHeight(this.bands.length) : 0));
	/** What the screen draws, and what the SVG export draws: one layout for both. */
	layout = $derived.by(() => {
		const w = this.#viewport.window;
		const width = this.#viewport.width;
		const bands = this.bands;
		if (bands) return layoutBands(bands, w, { width, height: this.#viewport.height, labelOf: this.#bandLabelOf });
		return layoutEvents(this.#filters.shown, w, { width, lanes: this.lanes, labelOf }, ...this.visibleRange, this.lod);
	});
	axis = $derived.by(() => axisFor(this.#viewport.window, this.#viewport.width));
	/** The timeline's eras on the drawing, px (the scene cuts them to it). */
	eras = $derived.by(() => eraSpans(this.#data.timeline.eras, this.#viewport.window, this.#viewport.width));
	/** Index over the events the filters leave out, when the reader asks to see where they are. */
	#restLod = $derived.by(() => (this.#filters.rest === 'dim' ? buildLod(this.#filters.hidden) : null));
	/** Where those events lie in the window, px runs (none unless asked for). */
	rest = $derived.by((): [number, number][] => {
		const lod = this.#restLod;
		if (!lod || !this.#filters.hidden.length) return [];
		return restRuns(
			this.#filters.hidden,
			lod,
			this.#viewport.window,
			this.#viewport.width,
			this.#data.timeline.maxSpan
		);
	});

	/** The labels of the lanes an event is drawn in (none without lanes): a binary search per lane, for the marks in sight only. */
	lanesOf(e: TimelineEvent): string[] {
		const out: string[] = [];
		for (const b of this.bands ?? []) {
			for (let i = firstStartingFrom(b.events, e.when.start); i < b.events.length; i++) {
				const x = b.events[i]!;
				if (x.when.start !== e.when.start) break;
				if (x === e) {
					out.push(b.label);
					break;
				}
			}
		}
		return out;
	}

	constructor(data: Dataset, filters: Filters, viewport: Viewport) {
		this.#data = data;
		this.#filters = filters;
		this.#viewport = viewport;
	}
}

/** What the timeline draws for the view: the layout of the marks in sight (in lanes or not), the axis and the rest's ticks. */
import { lanesFor } from '$lib/timeline/metrics';
import { LOD_THRESHOLD, firstVisible, lastVisible, layoutEvents } from '$lib/timeline/layout';
import { bandsMinHeight, layoutBands, MULTI_GLYPH, type BandInput } from '$lib/timeline/bands';
import { buildLod, buildLodSpans, spansOf } from '$lib/timeline/lod';
import { restRuns } from '$lib/timeline/rest';
import { eventLabel } from '$lib/timeline/encoding';
import { axisFor } from '$lib/time/ticks';
import { eraSpans } from '$lib/timeline/scene';
import { groupIntoLanes } from '$lib/data/find/lanes';
import { firstStartingFrom } from '$lib/time/search';
import type { TimelineEvent } from '$lib/data/model';
import type { Words } from '$lib/words/words';
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

/** The values of `all` at positions `at`. */
function gather(all: Float64Array, at: Uint32Array): Float64Array {
	const out = new Float64Array(at.length);
	for (let i = 0; i < at.length; i++) out[i] = all[at[i]!]!;
	return out;
}

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
	lod = $derived.by(() => {
		const shown = this.#filters.shown;
		if (shown.length <= LOD_THRESHOLD) return undefined;
		const at = this.#filters.shownAt;
		if (!at) return buildLod(shown);
		// Gathered from the whole timeline's typed starts and ends: a keystroke never walks 100,000 events.
		const { starts, ends } = this.#spans;
		return buildLodSpans(gather(starts, at), gather(ends, at));
	});
	/** The starts and ends of every event of the timeline, typed (made on the first filter). */
	#spans = $derived.by(() => spansOf(this.#data.timeline.events));
	/** The lanes (bands) when the reader lays the timeline out by a facet: built once per filter, not per frame. */
	bands = $derived.by((): DrawnLane[] | null => {
		const by = this.#filters.laneBy;
		if (!by) return null;
		const facet = LANE_FACET[by];
		const t = this.#data.timeline;
		const { lanes, multi } = groupIntoLanes(t.events, this.#filters.shownAt, this.#filters.facetIndex[facet]);
		// One label function per lanes: it marks the events shown in more than one lane.
		const of = (e: TimelineEvent) => (multi[e.order] ? MULTI_GLYPH : '') + labelOf(e);
		this.#bandLabelOf = of;
		const { starts, ends } = this.#spans;
		return lanes.map((l) => {
			const label = laneLabel(this.#words, t, facet, l.kind, l.value);
			const s = gather(starts, l.at);
			const e = gather(ends, l.at);
			let maxSpan = 0;
			for (let i = 0; i < s.length; i++) maxSpan = Math.max(maxSpan, e[i]! - s[i]!);
			return {
				key: l.key,
				label,
				title: laneTitle(this.#words, label, l.events.length),
				items: l.events,
				events: l.events,
				lod: l.events.length > LOD_THRESHOLD ? buildLodSpans(s, e) : undefined,
				maxSpan
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
	axis = $derived.by(() => axisFor(this.#viewport.window, this.#viewport.width, this.#words.date));
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

	/** Make what filtering needs of the drawing while the page is idle (the reader is about to search or filter). */
	prepare() {
		setTimeout(() => void this.#spans, 0);
	}

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

	/** The page's words: the axis's labels, the lanes' names. */
	readonly #words: Words;

	constructor(data: Dataset, filters: Filters, viewport: Viewport, words: Words) {
		this.#words = words;
		this.#data = data;
		this.#filters = filters;
		this.#viewport = viewport;
	}
}

/**
 * The view state every component reads: the loaded timeline, the visible window, the size, the
 * selection. One instance per page, handed out by context; components read it, never copy it.
 */
import { getContext, setContext } from 'svelte';
import type { Timeline, TimelineEvent } from '$lib/data/model';
import { levelRank } from '$lib/data/provenance';
import { type Level } from '$lib/data/levels';
import { baseDomain, clampWindow, fitWindow, panWindow, zoomWindow, type Window } from '$lib/time/scale';
import type { KeyAction } from './keys';
import { firstVisible, lastVisible, layoutEvents } from '$lib/timeline/layout';
import { axisFor } from '$lib/time/ticks';
import { buildLod } from '$lib/timeline/lod';
import { eventLabel } from '$lib/timeline/encoding';
import type { TimelineOrigin } from '$lib/url/view-params';

import { lanesFor } from '$lib/timeline/metrics';

/** An event's label on the timeline: glyphs for weak or disputed ones, then the title (made only for placed events). */
const labelOf = (e: TimelineEvent) => eventLabel(e.title, e.corroboration.level, e.corroboration.disputed);

/**
 * Timelines with more events than this are drawn on a canvas (see timeline/paint.ts), whose frame
 * costs one bitmap whatever moved; smaller ones as SVG, whose labels the browser can find and select.
 */
export const CANVAS_MIN_EVENTS = 5000;

export class TimelineView {
	/** The timeline on screen; replaced whole, never mutated. */
	timeline = $state.raw<Timeline>() as Timeline;
	/** Where it came from: the addresses of its events depend on it. */
	origin = $state<TimelineOrigin>('story');
	window = $state.raw<Window>({ from: 0, to: 1 });
	width = $state(960);
	height = $state(360);
	selectedId = $state<string | null>(null);
	/** The list shows every event instead of only those in the window. */
	listShowsAll = $state(false);
	/** Weakest corroboration shown; 'unreliable' shows everything. */
	minLevel = $state<Level>('unreliable');
	/** Name of a dataset being fetched or parsed, or null; the timeline is aria-busy meanwhile. */
	loading = $state<string | null>(null);
	/** Which view sits below the timeline. */
	tab = $state<'events' | 'sources'>('events');

	/** Draw on a canvas instead of SVG (large timelines). */
	drawsOnCanvas = $derived(this.timeline.events.length > CANVAS_MIN_EVENTS);
	/** The domain d3-zoom scales from. */
	base = $derived(baseDomain(this.timeline.extent));
	selected = $derived(this.selectedId === null ? null : (this.timeline.eventById.get(this.selectedId) ?? null));
	/** The events the filter lets through, still in time order (the same array when nothing is filtered). */
	shown = $derived.by(() => {
		if (this.minLevel === 'unreliable') return this.timeline.events;
		const min = levelRank(this.minLevel);
		return this.timeline.events.filter((e) => levelRank(e.corroboration.level) >= min);
	});
	/** Position of each shown event, for stepping through them with the arrow keys. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt whole, never mutated
	shownIndex = $derived(new Map(this.shown.map((e, i) => [e.id, i])));
	lanes = $derived(lanesFor(this.height));
	/** [first, last) indices of events that may be visible. */
	visibleRange = $derived.by((): [number, number] => {
		const ev = this.shown;
		return [firstVisible(ev, this.window.from, this.timeline.maxSpan), lastVisible(ev, this.window.to)];
	});

	/** Called when the user selects or deselects (the URL layer pushes a history entry). */
	onSelect: ((id: string | null) => void) | null = null;

	/** Level-of-detail buckets over the shown events, built once per timeline and filter. */
	lod = $derived(buildLod(this.shown));
	/** What the screen draws, and what the SVG export draws: one layout for both. */
	layout = $derived(
		layoutEvents(
			this.shown,
			this.window,
			{ width: this.width, lanes: this.lanes, labelOf },
			...this.visibleRange,
			this.lod
		)
	);
	axis = $derived(axisFor(this.window, this.width));

	constructor(timeline: Timeline, selectedId: string | null = null) {
		this.timeline = timeline;
		this.window = this.fitAllWindow();
		const e = selectedId === null ? undefined : timeline.eventById.get(selectedId);
		if (e) {
			this.selectedId = e.id;
			this.focus(e);
		}
	}

	/** The window that shows every event. */
	fitAllWindow(): Window {
		const ext = this.timeline.extent;
		return ext ? fitWindow(ext[0], ext[1], 0.04) : this.base;
	}

	/** Show another timeline (a picked file, a `?data=` link, the story again); selection and window start over. */
	replaceTimeline(t: Timeline, origin: TimelineOrigin) {
		this.timeline = t;
		this.origin = origin;
		this.selectedId = null;
		this.minLevel = 'unreliable';
		this.window = this.fitAllWindow();
	}

	/** Clear `loading` once the current timeline has been painted (two frames: layout, then paint). */
	finishLoading() {
		requestAnimationFrame(() => requestAnimationFrame(() => (this.loading = null)));
	}

	setWindow(w: Window) {
		const c = clampWindow(w, this.base);
		if (c.from !== this.window.from || c.to !== this.window.to) this.window = c;
	}

	/** Select an event (or none) as the user's act: the URL layer is told. */
	select(id: string | null) {
		const next = id !== null && this.timeline.eventById.has(id) ? id : null;
		if (next === this.selectedId) return;
		this.selectedId = next;
		this.onSelect?.(next);
	}

	/** Carry out a key's action (see keys.ts). */
	perform(action: NonNullable<KeyAction>) {
		if (action.kind === 'zoom') this.setWindow(zoomWindow(this.window, action.factor));
		else if (action.kind === 'pan') this.setWindow(panWindow(this.window, action.fraction));
		else if (action.kind === 'step') this.step(action.dir);
		else this.select(null);
	}

	/** Select the previous (-1) or next (+1) event in time and keep it in view. */
	step(dir: -1 | 1) {
		const ev = this.shown;
		if (!ev.length) return;
		const at = this.selectedId === null ? undefined : this.shownIndex.get(this.selectedId);
		const i = at !== undefined ? at + dir : dir > 0 ? 0 : ev.length - 1;
		const next = ev[Math.max(0, Math.min(ev.length - 1, i))]!;
		this.select(next.id);
		this.reveal(next);
	}

	/** Pan (keeping the zoom) so an event is inside the window. */
	reveal(e: TimelineEvent) {
		const { from, to } = this.window;
		const span = to - from;
		const margin = span * 0.1;
		if (e.when.start >= from + margin && e.when.end <= to - margin) return;
		const mid = (e.when.start + e.when.end) / 2;
		if (e.when.end - e.when.start > span) this.setWindow(fitWindow(e.when.start, e.when.end));
		else this.setWindow({ from: mid - span / 2, to: mid + span / 2 });
	}

	/** Zoom to an event with enough of its neighbours around it to give context. */
	focus(e: TimelineEvent) {
		const ev = this.timeline.events;
		const prev = ev[e.order - 1];
		const next = ev[e.order + 1];
		const start = prev ? Math.max(prev.when.start, e.when.start - (e.when.start - prev.when.start)) : e.when.start;
		const end = next ? next.when.end : e.when.end;
		this.setWindow(fitWindow(Math.min(start, e.when.start), Math.max(end, e.when.end), 0.15));
	}
}

const KEY = Symbol('timeline-view');

/** Provide the view to the components below. */
export function setView(view: TimelineView): TimelineView {
	return setContext(KEY, view);
}

/** The view provided by an ancestor. */
export function getView(): TimelineView {
	return getContext<TimelineView>(KEY);
}

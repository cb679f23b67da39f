/** The visible window and the drawing's size, with the zoom limits every door obeys. */
import type { TimelineEvent } from '$lib/data/model';
import { baseDomain, clampWindow, fitWindow, panWindow, zoomWindow, type Window } from '$lib/time/scale';
import type { Dataset } from './dataset.svelte';

export class Viewport {
	readonly #data: Dataset;
	/** What is visible, in UTC ms; moves with every frame of a gesture. */
	window = $state.raw<Window>({ from: 0, to: 1 });
	/** The window once a gesture has stopped: what the list and the address follow. */
	settled = $state.raw<Window>({ from: 0, to: 1 });
	/** The window the timeline opened with (fit-all, or focused on a linked event). */
	opened = $state.raw<Window>({ from: 0, to: 1 });
	width = $state(960);
	height = $state(360);
	/** The domain d3-zoom scales from. */
	base = $derived.by(() => baseDomain(this.#data.timeline.extent));
	/** The reader chose this window (moved it, or a link named it): from then on it is in the address. */
	chosen = $derived.by(() => this.settled !== this.opened);

	constructor(data: Dataset) {
		this.#data = data;
	}

	/** The window that shows every event. */
	fitAllWindow(): Window {
		const ext = this.#data.timeline.extent;
		return ext ? fitWindow(ext[0], ext[1], 0.04) : this.base;
	}

	/** Start over at `w` (a new timeline, a link's event): a window nobody chose yet. */
	open(w: Window = this.fitAllWindow()) {
		this.window = this.settled = this.opened = clampWindow(w, this.base);
	}

	/** Move the window; `gesture` frames leave `settled` alone until `settle` is called at the gesture's end. */
	setWindow(w: Window, gesture = false) {
		const c = clampWindow(w, this.base);
		if (c.from !== this.window.from || c.to !== this.window.to) this.window = c;
		if (!gesture) this.settle();
	}

	/** A gesture has stopped: the list and the address catch up. */
	settle() {
		if (this.settled !== this.window) this.settled = this.window;
	}

	zoom(factor: number) {
		this.setWindow(zoomWindow(this.window, factor));
	}

	pan(fraction: number) {
		this.setWindow(panWindow(this.window, fraction));
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
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The window an event's link opens on: the event with its previous and next events where they are
 * near enough to be context (within forty times its own length, and at least a year), and
 * never so narrow that the event fills it (at least six times its length, and six hours): a
 * day-dated event opens on about a week, not on the day alone.
 */
export function contextWindow(events: readonly TimelineEvent[], e: TimelineEvent): Window {
	const { start, end } = e.when;
	const length = Math.max(end - start, HOUR);
	const reach = Math.max(40 * length, 366 * DAY);
	const least = Math.max(6 * length, 6 * HOUR);
	let lo = start;
	let hi = end;
	const prev = events[e.order - 1];
	const next = events[e.order + 1];
	// A neighbour is on screen once part of its mark is; a long one reaching the event already is.
	if (prev && prev.when.end < start && start - prev.when.end <= reach)
		lo = Math.min(lo, Math.max(prev.when.start, prev.when.end - length));
	if (next && next.when.start > end && next.when.start - end <= reach)
		hi = Math.max(hi, Math.min(next.when.end, next.when.start + length));
	const w = fitWindow(lo, hi, 0.12);
	if (w.to - w.from >= least) return w;
	const mid = (start + end) / 2;
	const half = least / 2;
	// Widened around the event, keeping the neighbours inside.
	const from = Math.min(w.from, mid - half);
	const to = Math.max(w.to, from + least);
	return { from, to };
}

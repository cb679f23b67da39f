/**
 * What the pointer and the keyboard point at on the timeline, as references (ids and cluster
 * indices), never as copies of marks: the tooltip and the focus ring are derived from these and the
 * scene, so they stay on their marks as the marks move. Owned by Timeline.svelte.
 */
import { sameMark, type MarkRef } from '$lib/timeline/scene';

/** Where the pointer rests on a drawing, in CSS px. */
export interface Spot {
	x: number;
	y: number;
}

export class PointerState {
	/** Where the pointer rests on a canvas, which finds its mark with `hit`; null off the canvas. */
	spot = $state.raw<Spot | null>(null);
	/** The SVG mark the pointer is over (each SVG mark reports its own enter and leave). */
	over = $state.raw<MarkRef>(null);
	/** The mark holding keyboard focus. */
	focus = $state.raw<MarkRef>(null);

	readonly #hit: (x: number, y: number) => MarkRef;

	/** `hit` answers which mark lies under a spot of the canvas (read again whenever what it reads changes). */
	constructor(hit: (x: number, y: number) => MarkRef) {
		this.#hit = hit;
	}

	/** The mark under the pointer: found again whenever marks move under a still pointer (a wheel zoom). */
	pointed = $derived.by<MarkRef>(() => (this.spot && this.#hit(this.spot.x, this.spot.y)) || this.over);
	/** The mark the tooltip is about: the pointer's, else the keyboard's. */
	current = $derived<MarkRef>(this.pointed ?? this.focus);

	/** The pointer entered an SVG mark. */
	enter(m: MarkRef) {
		this.over = m;
	}
	/** The pointer left an SVG mark (a later enter elsewhere is kept). */
	leave(m: MarkRef) {
		if (sameMark(this.over, m)) this.over = null;
	}
	/** A mark took keyboard focus. */
	focusOn(m: MarkRef) {
		this.focus = m;
	}
	/** A mark lost keyboard focus (focus already moved elsewhere is kept). */
	blur(m: MarkRef) {
		if (sameMark(this.focus, m)) this.focus = null;
	}
	/** The pointer moved over the canvas. */
	moveTo(x: number, y: number) {
		this.spot = { x, y };
	}
	/** The pointer left the canvas. */
	away() {
		this.spot = null;
	}
}

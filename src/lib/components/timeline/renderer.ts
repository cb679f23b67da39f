/** What Timeline.svelte hands either renderer (TimelineSvg, TimelineCanvas): one contract for both. */
import type { Attachment } from 'svelte/attachments';
import type { Scene } from '$lib/timeline/scene';
import type { PointerState } from '$lib/state/pointer.svelte';

/** Accessible names of the marks in sight: an event's by id, a cluster's by its index. */
export interface MarkNames {
	/** An event's name: starts with its title. */
	event(id: string): string;
	/** A cluster's name: how many, from when, and that it zooms in. */
	cluster(index: number): string;
}

/** A renderer's props; `E` is its drawing's element. */
export interface RendererProps<E extends Element> {
	/** What to draw. */
	scene: Scene;
	/** Accessible names of the marks (the SVG's marks and the canvas's buttons carry them). */
	names: MarkNames;
	/** Told where the pointer rests and which mark the keyboard is on. */
	pointer: PointerState;
	/** Open an event. */
	onselect: (id: string) => void;
	/** Zoom to the members of the `index`th cluster. */
	onzoom: (index: number) => void;
	/** Gestures (d3-zoom), attached to the drawing. */
	gestures: Attachment<E>;
}

/**
 * d3-zoom on the timeline's SVG: the only place that touches the DOM imperatively for zooming.
 * Gestures (wheel, pinch, drag, double-click) become windows in the view state; windows set by code
 * (keys, buttons, links) are pushed back into d3-zoom through `zoom.transform`, so the two never drift.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomTransform } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import type { Window } from '$lib/time/scale';
import { clampWindow, scaleExtent, transformFor, windowFor } from '$lib/time/scale';

/** What d3-zoom reads and moves: the viewport's window, base domain and size. */
export interface Zoomable {
	readonly base: Window;
	readonly window: Window;
	readonly width: number;
	readonly height: number;
	/** A gesture's frames are `gesture` windows; `settle` follows when the gesture stops. */
	setWindow(w: Window, gesture?: boolean): void;
	settle(): void;
}

/** Attach d3-zoom to the timeline's drawing (an SVG or a canvas), bound to `view`. */
export function zoomable(view: Zoomable): Attachment<Element> {
	return (node) => {
		const sel = select(node);
		let syncing = false;
		const toZoom = (t: { k: number; x: number }) => zoomIdentity.translate(t.x, 0).scale(t.k);
		const behaviour = zoom<Element, unknown>()
			// Double-click zooms at once: no transitions here (src/lib/vendor/d3-transition-lite.ts).
			.duration(0)
			// One rule for limits: whatever d3 proposes is clamped the way the view clamps windows.
			.constrain((t: ZoomTransform) => {
				const w = clampWindow(windowFor(view.base, t, view.width), view.base);
				return toZoom(transformFor(view.base, w, view.width));
			})
			.on('zoom', (event: { transform: ZoomTransform }) => {
				if (!syncing) view.setWindow(windowFor(view.base, event.transform, view.width), true);
			})
			// The list and the address follow once a gesture stops (d3-zoom says when).
			.on('end', () => {
				if (!syncing) view.settle();
			});
		sel.call(behaviour);

		$effect(() => {
			const t = transformFor(view.base, view.window, view.width);
			behaviour
				.extent([
					[0, 0],
					[view.width, view.height]
				])
				.scaleExtent(scaleExtent(view.base));
			const cur = zoomTransform(node);
			if (Math.abs(cur.k - t.k) > t.k * 1e-9 || Math.abs(cur.x - t.x) > 0.01) {
				syncing = true;
				sel.call(behaviour.transform, toZoom(t));
				syncing = false;
			}
		});

		return () => {
			sel.on('.zoom', null);
		};
	};
}

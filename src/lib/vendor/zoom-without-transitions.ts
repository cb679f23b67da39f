/**
 * Stands in for d3-transition and d3-interpolate, which d3-zoom imports only for animated zooms
 * (a double-click's, or `zoom.transform` given a transition). This app never starts one: its zoom
 * has `duration(0)` and windows move by `zoom.transform` on a selection. The two modules, with the
 * colour code they pull in, were a fifth of the page's JavaScript. Aliased in vite.config.ts.
 */
import { selection } from 'd3-selection';

/** No transition is ever scheduled, so none can be running. */
export function interrupt(): void {}

/** d3-zoom's default interpolator, called only inside a transition, which never runs here. */
export function interpolateZoom(): never {
	throw new Error('zoom transitions are not part of this build (see zoom-without-transitions.ts)');
}

// d3-zoom's `transform` calls `selection.interrupt()`, which d3-transition would add to selections.
(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function (this: unknown) {
	return this;
};

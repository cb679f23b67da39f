/**
 * The renderers' view of the page state (Timeline.svelte and its marks): a narrow facade over the
 * parts in app.svelte.ts, for the components that draw.
 */
import { getApp, type AppState } from './app.svelte';
import type { Window } from '$lib/time/scale';

class RendererView {
	readonly #app: AppState;
	constructor(app: AppState) {
		this.#app = app;
	}
	get timeline() {
		return this.#app.data.timeline;
	}
	get loading() {
		return this.#app.data.loading;
	}
	get window() {
		return this.#app.viewport.window;
	}
	get base() {
		return this.#app.viewport.base;
	}
	get width() {
		return this.#app.viewport.width;
	}
	set width(w: number) {
		this.#app.viewport.width = w;
	}
	get height() {
		return this.#app.viewport.height;
	}
	set height(h: number) {
		this.#app.viewport.height = h;
	}
	get layout() {
		return this.#app.drawing.layout;
	}
	get axis() {
		return this.#app.drawing.axis;
	}
	get drawsOnCanvas() {
		return this.#app.drawing.onCanvas;
	}
	get shown() {
		return this.#app.filters.shown;
	}
	get selectedId() {
		return this.#app.selection.id;
	}
	select(id: string | null) {
		this.#app.selection.select(id);
	}
	setWindow(w: Window, gesture = false) {
		this.#app.viewport.setWindow(w, gesture);
	}
	settle() {
		this.#app.viewport.settle();
	}
}

/** The view provided by the page's root component. */
export function getView(): RendererView {
	return new RendererView(getApp());
}

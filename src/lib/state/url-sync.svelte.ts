/**
 * Keeps the address bar and the view in step. The URL is what people share: selecting an event
 * pushes its address (for the story, its permanent page `/events/<id>`; shallow routing, no reload),
 * and so does each step of filtering (a facet ticked, lanes, Clear all), so Back undoes it; Back and
 * Forward restore the selection and the filters; the window and the search as it is typed are
 * written with a debounced replaceState once they settle. The address is derived from the state
 * (`app.address()`), so there is nothing to keep in step but the history itself.
 */
import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { untrack } from 'svelte';
import { formatViewParams, parseViewParams, type ViewParams } from '$lib/url/view-params';
import { eventIdFromPath, sameAddress, selectedIn } from '$lib/url/address';
import type { AppState } from './app.svelte';

/** How long the window must stay still before the URL is rewritten (browsers throttle history calls). */
export const URL_DEBOUNCE_MS = 350;

/** The event the address bar selects for the timeline on screen. */
function selectedHere(app: AppState): string | null {
	const id = selectedIn(app.data.place, location.pathname, parseViewParams(location.search).event);
	// An id the timeline does not have selects nothing (a stale link is rewritten, not pushed away).
	return id !== null && app.data.timeline.eventById.has(id) ? id : null;
}

/** The part of a view a history entry stands for, besides its selection: facets, lanes, the rest (not the window, the search or the language). */
const stepOf = (p: ViewParams) =>
	formatViewParams({ ...p, window: undefined, event: undefined, q: undefined, lang: undefined });

/** Wire the page's state to the address bar; call once while the page's root component starts. */
export function syncWithUrl(app: AppState) {
	// History can be written only once the router is up: afterNavigate runs after hydration (history
	// calls made while components mount, before that, throw inside SvelteKit).
	let ready = $state(false);
	afterNavigate(() => {
		if (ready) return;
		// The link's own view: its window and filter, and on the main page its `event=` (on a permanent
		// page the path names the event, which the page opened with).
		const shared = parseViewParams(location.search);
		app.openLink(eventIdFromPath(location.pathname) === null ? shared : { ...shared, event: undefined });
		ready = true;
	});

	// The address follows the state: a new selection is a new history entry, anything else rewrites
	// the current one once it has stayed put (this also drops what a link carried that the app does not read).
	$effect(() => {
		const href = app.address();
		const selected = app.selection.id;
		const step = stepOf(app.filters.params);
		if (!ready || app.data.loading !== null) return;
		return untrack(() => {
			if (sameAddress(href, location.pathname + location.search)) return;
			// Compared with what the address bar's filters come to here (a name the timeline lacks counts as none).
			const stepHere = stepOf(app.filters.paramsFor(parseViewParams(location.search)));
			if (selected !== selectedHere(app) || step !== stepHere) return void pushState(href, { selected });
			const timer = setTimeout(() => replaceState(href, page.state), URL_DEBOUNCE_MS);
			return () => clearTimeout(timer);
		});
	});

	// Back and Forward restore each entry's page.state (a new object every time), and the address bar
	// shows that entry's address: the filters and the selection follow it. (page.url keeps the route's
	// URL in shallow routing, so the address is read from location.)
	$effect(() => {
		void page.state;
		untrack(() => {
			if (!ready) return;
			const here = parseViewParams(location.search);
			if (JSON.stringify(app.filters.paramsFor(here)) !== JSON.stringify(app.filters.params)) app.filters.apply(here);
			const id = selectedHere(app);
			if (id === app.selection.id) return;
			app.selection.select(id);
			if (app.selection.event) app.viewport.reveal(app.selection.event);
		});
	});
}

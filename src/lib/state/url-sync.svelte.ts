/**
 * Keeps the address bar and the view in step. The URL is what people share: selecting an event
 * pushes its permanent page (`/events/<id>`, shallow routing, no reload); Back and Forward restore the
 * selection; panning and zooming write `?from=&to=` with a debounced replaceState.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { onMount, untrack } from 'svelte';
import type { TimelineView } from './view.svelte';
import { browser } from '$app/environment';
import { SITE_URL } from '$lib/url/site';
import { eventIdFromPath, parseViewParams, shareAddress, viewAddress, type ViewParams } from '../url/view-params';

/** How long the window must stay still before the URL is rewritten (browsers throttle history calls). */
export const URL_DEBOUNCE_MS = 350;

/**
 * Apply what a shared link asks for (window, filter, selection) to the timeline on screen; used on
 * page load and again once a `?data=` timeline has arrived. Returns what was applied.
 */
export function applySharedView(view: TimelineView, search: string, selectEvent = true): ViewParams {
	const params = parseViewParams(search);
	if (params.window) view.setWindow(params.window);
	if (params.min) view.minLevel = params.min;
	if (selectEvent && params.event && view.timeline.eventById.has(params.event)) {
		view.selectedId = params.event;
		if (!params.window) view.focus(view.timeline.eventById.get(params.event)!);
	}
	return params;
}

/** The query of the address on screen (none while prerendering): it carries a `?data=` timeline's file. */
const currentSearch = () => (browser ? location.search : '');

/** Site-relative address of a view of the timeline on screen (see `viewAddress`). */
export function addressOf(view: TimelineView, p: ViewParams, base = ''): string {
	return viewAddress(view.origin, currentSearch(), p, base);
}

/** Absolute link to a view of the timeline on screen, for someone else; null for a file on this device. */
export function linkOf(view: TimelineView, p: ViewParams, base = ''): string | null {
	const address = shareAddress(view.origin, currentSearch(), p, base);
	return address === null ? null : SITE_URL + address;
}

/**
 * Back to the built-in story from a previewed timeline: the address described the preview (`?data=`,
 * its view, an event of it selected), so it becomes the site's home, and a reload or a copied
 * address shows the story, not the file again.
 */
export function leavePreviewInUrl() {
	if (location.pathname !== '/' || location.search) replaceState('/', { selected: null });
}

/** Wire `view` to the URL; `base` is "" for the site and "/embed" for embed mode. */
export function syncWithUrl(view: TimelineView, base: string) {
	let ready = false;
	// The window joins the URL once it was shared in, or once the reader moved it.
	let windowInUrl = false;
	let initialWindow = view.window;
	let initialMin = view.minLevel;
	const minParam = () => (view.minLevel === 'unreliable' ? undefined : view.minLevel);
	/** The address for the view on screen with `selected` selected. */
	const address = (selected: string | null) =>
		addressOf(
			view,
			{ window: windowInUrl ? view.window : undefined, min: minParam(), event: selected ?? undefined },
			base
		);
	/** Which event an address selects: the story's by its path, any other timeline's by `event=`. */
	const selectedIn = () =>
		view.origin === 'story' ? eventIdFromPath(location.pathname) : (parseViewParams(location.search).event ?? null);

	onMount(() => {
		// On a permanent page the path names the event; `event=` only selects on the main page.
		const onEventPage = eventIdFromPath(location.pathname) !== null;
		const params = applySharedView(view, location.search, !onEventPage);
		initialWindow = view.window;
		initialMin = view.minLevel;
		windowInUrl = params.window !== undefined;
		if (!onEventPage && params.event && view.selectedId === params.event)
			replaceState(address(params.event), { selected: params.event });
		view.onSelect = (id) => pushState(address(id), { selected: id });
		ready = true;
	});

	// Back and Forward restore each entry's page.state (a new object every time), and the address bar
	// shows that entry's address: the selection follows it. (page.url keeps the route's URL in
	// shallow routing, so the address is read from location.)
	$effect(() => {
		void page.state;
		const id = untrack(selectedIn);
		untrack(() => {
			if (!ready || id === view.selectedId) return;
			const e = id === null ? undefined : view.timeline.eventById.get(id);
			view.selectedId = e ? e.id : null;
			if (e) view.reveal(e);
		});
	});

	// The window and the filter go into the query string once they have settled.
	let shownTimeline = view.timeline;
	$effect(() => {
		const w = view.window;
		const min = view.minLevel;
		// Another timeline on screen (a file, a `?data=` link, the story again) starts from its own
		// view: that is not the reader moving the window, so it is not written into the address.
		if (view.timeline !== shownTimeline) {
			shownTimeline = view.timeline;
			initialWindow = w;
			initialMin = min;
			// A story event's page is no address for another timeline: its home page is.
			if (ready && view.origin !== 'story' && eventIdFromPath(location.pathname) !== null) {
				replaceState(addressOf(view, { event: untrack(() => view.selectedId) ?? undefined }, base), { selected: null });
			}
			return;
		}
		if (!ready || (w === initialWindow && min === initialMin)) return;
		const timer = setTimeout(() => {
			if (w !== initialWindow) windowInUrl = true;
			replaceState(address(view.selectedId), page.state);
		}, URL_DEBOUNCE_MS);
		return () => clearTimeout(timer);
	});
}

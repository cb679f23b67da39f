/** `?data=<url>`: a timeline of this site named by the link, loaded while the story stays on screen. */
import { requestDataParam } from '$lib/data/data-param';
import { fetchTimelineText } from '$lib/data/fetch-timeline';
import { loadTimelineTextAsync } from '$lib/data/load-async';
import { parseViewParams } from '$lib/url/view-params';
import type { AppState } from './app.svelte';

/**
 * Start loading the page's `?data=` timeline (fetched while the page hydrates, size-capped, validated
 * off the main thread). Once it is there it replaces the story, and the link's window, filter and
 * selection apply to it; a bad file leaves the story on screen with the file's errors.
 */
export function openDataLink(app: AppState, location: Location): void {
	// Taken up as soon as this code is here (fetched beside the page's words): the early script's request is waiting.
	const request = requestDataParam(location);
	if (!request) return;
	const end = app.data.begin(request.name);
	// The link as it was opened: the address bar may be rewritten before the file is there.
	const shared = parseViewParams(location.search);
	void request.result.then((result) => {
		if (app.receive(result, request.name, { kind: 'link', data: request.param })) {
			app.openLink(shared);
		}
		// Cleared once the new timeline has been painted (two frames: layout, then paint).
		requestAnimationFrame(() => requestAnimationFrame(end));
	});
}

/**
 * An event page carries only its event, its neighbours and their sources (a timeline of a thousand
 * events is not written into a thousand pages); the whole timeline, published beside the page, is
 * fetched once the page is up and takes their place, the selection and the window staying as they are.
 */
export function loadRest(app: AppState, href: string): void {
	const url = new URL(href, location.href);
	const end = app.data.begin(app.data.timeline.title);
	void (async () => {
		const fetched = await fetchTimelineText(url);
		const loaded = fetched.ok ? await loadTimelineTextAsync(fetched.text, fetched.file) : fetched;
		if (loaded.ok) app.complete(loaded.timeline);
		else app.data.failed = { file: url.pathname, errors: loaded.errors };
		requestAnimationFrame(() => requestAnimationFrame(end));
	})();
}

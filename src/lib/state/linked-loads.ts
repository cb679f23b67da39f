/**
 * The timelines a page loads once it is up: an event page's whole timeline, a link's `?data=`. The
 * code that fetches and checks them (data-link.ts) comes only to a page that loads one.
 */
import { fileError } from '$lib/data/errors';
import { issue } from '$lib/data/issue-codes';
import type { AppState } from './app.svelte';

/** Start the page's loads, if it has any; where their code cannot be fetched, the page says so. */
export function startLinkedLoads(app: AppState, rest: string | null, location: Location): void {
	if (!rest && !new URLSearchParams(location.search).has('data')) return;
	import('./data-link').then(
		(link) => {
			if (rest) link.loadRest(app, rest);
			link.openDataLink(app, location);
		},
		(e: unknown) => {
			const file = rest ?? '?data=';
			const detail = e instanceof Error ? e.message.slice(0, 120) : String(e);
			app.data.failed = { file, errors: [fileError(file, issue('fetchFailed', { detail }))] };
		}
	);
}

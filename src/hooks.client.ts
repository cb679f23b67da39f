import type { ClientInit } from '@sveltejs/kit';
import { loadWords } from '$lib/words/catalogue';
import { DEFAULT_LOCALE, localeOf } from '$lib/words/locales';

/**
 * The page's catalogue, fetched before it hydrates, so the page goes on saying what its HTML says.
 * Here rather than in a universal `load`: a page with one carries more of SvelteKit's client (0.8 KB).
 */
export const init: ClientInit = async () => {
	// A link's `?data=` file is already on its way (static/early-data.js): the code that takes it up
	// comes alongside the words, not after the page is up (state/linked-loads.ts asks for it then, and
	// says so if it cannot come).
	if (new URLSearchParams(location.search).has('data')) import('$lib/state/data-link').catch(() => {});
	const locale = localeOf(document.documentElement.lang) ?? DEFAULT_LOCALE;
	// Where its own will not come, the page starts in English (and asks for its own again when it
	// shows); where none comes, it stays the prerendered page it is.
	await loadWords(locale).catch(() => loadWords(DEFAULT_LOCALE));
};

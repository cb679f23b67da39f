import type { ClientInit } from '@sveltejs/kit';
import { loadWords } from '$lib/words/catalogue';
import { DEFAULT_LOCALE, localeOf } from '$lib/words/locales';

/**
 * The page's catalogue, fetched before it hydrates, so the page goes on saying what its HTML says.
 * Here rather than in a universal `load`: a page with one carries more of SvelteKit's client (0.8 KB).
 */
export const init: ClientInit = async () => {
	// Offline or refused, the page still starts: in English, and the layout asks again for its own.
	await loadWords(localeOf(document.documentElement.lang) ?? DEFAULT_LOCALE).catch(() => undefined);
};

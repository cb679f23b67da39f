import { loadWords } from '$lib/words/catalogue';
import type { LayoutLoad } from './$types';

// Every page is prerendered to static HTML; the app then hydrates in the browser.
export const prerender = true;
export const trailingSlash = 'never';

// The page's catalogue is there before it renders (and before it hydrates, so both say the same).
export const load: LayoutLoad = async ({ data }) => ({ ...data, words: await loadWords(data.locale) });

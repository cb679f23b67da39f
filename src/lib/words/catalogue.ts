/**
 * The catalogues: English in the bundle, every other language a chunk of its own, fetched when a
 * page is in it, so a page carries at most one language besides English.
 */
import en from './messages/en';
import type { Messages } from './messages/en';
import { LOCALES, type Locale } from './locales';
import { wordsOf, type Words } from './words';
import { englishDates } from './dates';

const others = import.meta.glob<{ default: Messages }>(['./messages/*/index.ts', '!./messages/en/index.ts']);
const path = (l: Locale) => `./messages/${l}/index.ts`;

/** The languages the interface can be read in (those with a catalogue). */
export const AVAILABLE: readonly Locale[] = LOCALES.filter((l) => l === 'en' || path(l) in others);

export const ENGLISH: Words = wordsOf('en', en, englishDates(en.dates));

const loaded = new Map<Locale, Promise<Words>>([['en', Promise.resolve(ENGLISH)]]);
const ready = new Map<Locale, Words>([['en', ENGLISH]]);

/** A language's words if they are here already (the page's own, fetched before it hydrates). */
export function wordsIfLoaded(locale: Locale): Words | undefined {
	return ready.get(locale);
}

/** A language's words, fetched once (English when there is no catalogue for it). */
export function loadWords(locale: Locale): Promise<Words> {
	let w = loaded.get(locale);
	if (!w) {
		const load = others[path(locale)];
		if (load) {
			// Intl's first formatter is made as soon as its code is here, while the catalogue may still be on its way.
			const dates = import('./intl-dates').then((intl) => (intl.warmDates(locale), intl));
			w = Promise.all([load(), dates]).then(([mod, intl]) => {
				const words = wordsOf(locale, mod.default, intl.intlDates(locale, mod.default.dates));
				ready.set(locale, words);
				return words;
			});
			// A fetch that failed is forgotten, so the next use tries again.
			w.catch(() => loaded.delete(locale));
		} else w = Promise.resolve(ENGLISH);
		loaded.set(locale, w);
	}
	return w;
}

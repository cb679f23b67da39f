/**
 * The catalogues, each language a chunk of its own (English too), fetched for a page in it: a page
 * carries its own language's messages and no other. The hooks' `init` fetches the page's before it
 * hydrates, and the server's all of them before it renders a page.
 */
import type { Messages } from './messages/en';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';
import { wordsOf, type Words } from './words';
import { englishDates } from './dates';

const all = import.meta.glob<{ default: Messages }>('./messages/*/index.ts');
const path = (l: Locale) => `./messages/${l}/index.ts`;

/** The languages the interface can be read in (those with a catalogue). */
export const AVAILABLE: readonly Locale[] = LOCALES.filter((l) => path(l) in all);

const loaded = new Map<Locale, Promise<Words>>();
const ready = new Map<Locale, Words>();

/** A language's words if they are here already (the page's own, fetched before it hydrates). */
export function wordsIfLoaded(locale: Locale): Words | undefined {
	return ready.get(locale);
}

/** The words a page starts in: its own language's, else English's (fetched in its place when its own failed). */
export function startingWords(locale: Locale): Words {
	const words = ready.get(locale) ?? ready.get(DEFAULT_LOCALE);
	if (!words) throw new Error(`no catalogue loaded for ${locale}: loadWords() it first`);
	return words;
}

/** A language's words, fetched once (English when there is no catalogue for it). */
export function loadWords(locale: Locale): Promise<Words> {
	const known = path(locale) in all ? locale : DEFAULT_LOCALE;
	let w = loaded.get(known);
	if (!w) {
		const load = all[path(known)]!;
		// English keeps the written-out dates of `time/`; every other language's go through `Intl`, whose
		// first formatter is made as soon as its code is here, while the catalogue may still be on its way.
		const dates =
			known === DEFAULT_LOCALE ? null : import('./intl-dates').then((intl) => (intl.warmDates(known), intl));
		w = Promise.all([load(), dates]).then(([mod, intl]) => {
			const m = mod.default;
			const words = wordsOf(known, m, intl ? intl.intlDates(known, m.dates) : englishDates(m.dates));
			ready.set(known, words);
			return words;
		});
		// A fetch that failed is forgotten, so the next use tries again.
		w.catch(() => loaded.delete(known));
		loaded.set(known, w);
	}
	return w;
}

/** Fetch these languages' words when the browser is idle (none that are here or on their way already). */
export function prefetchWords(locales: readonly Locale[]): void {
	const wanted = locales.filter((l) => !loaded.has(l));
	if (!wanted.length) return;
	const later = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
	later(() => {
		for (const l of wanted) loadWords(l).catch(() => {}); // a page in it fetches it again when it needs it
	});
}

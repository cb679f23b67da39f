/**
 * The page's interface language as state: the timeline's language by default, the reader's choice
 * (from the menu or a link's `lang=`) over it. Components read `words.m`, `words.date`, … and follow
 * a switch; pure modules are handed the same object, which is a `Words`.
 */
import { createContext } from 'svelte';
import { DEFAULT_LOCALE } from '$lib/words/locales';
import { loadWords, startingWords, wordsIfLoaded } from '$lib/words/catalogue';
import type { Words } from '$lib/words/words';
import type { Locale } from '$lib/words/locales';

export class WordsState implements Words {
	#current = $state.raw<Words>() as Words;
	/** The page's own language (its timeline's), which a link need not name. */
	#own = $state<Locale>(DEFAULT_LOCALE);
	/** The language the reader asked for, when it is not the page's own. */
	chosen = $derived<Locale | undefined>(this.#current.locale === this.#own ? undefined : this.#current.locale);

	constructor(own: Words) {
		this.#current = own;
		this.#own = own.locale;
	}

	get locale() {
		return this.#current.locale;
	}
	get dir() {
		return this.#current.dir;
	}
	get m() {
		return this.#current.m;
	}
	get date() {
		return this.#current.date;
	}
	get num() {
		return this.#current.num;
	}

	/** A new page (or timeline) in its own language; a language the reader chose stays. */
	setOwn(own: Words) {
		const keep = this.chosen;
		this.#own = own.locale;
		if (!keep) this.#current = own;
	}

	/**
	 * A page or timeline in this language is on screen now (a new page, a file, a link's `?data=`):
	 * the interface is in it unless the reader chose another, at once where its words are here.
	 */
	adopt(locale: Locale): void {
		// Only the latest page's language counts: one asked for before it, still on its way, is dropped.
		this.#asked = locale;
		const here = wordsIfLoaded(locale);
		if (here) this.setOwn(here);
		else
			loadWords(locale).then(
				(w) => this.#asked === locale && this.setOwn(w),
				() => undefined // not fetched: the page stays in the language it is in
			);
	}
	#asked: Locale | undefined;

	/** Switch the interface to a language (fetching its catalogue first). */
	async use(locale: Locale): Promise<void> {
		if (locale === this.#current.locale) return;
		const w = await loadWords(locale);
		this.#current = w;
	}
}

const [get, set] = createContext<WordsState>();

/** The page's words (English where no page set them: a component rendered on its own, in a test). */
export function getWords(): WordsState {
	try {
		return get();
	} catch {
		return (fallback ??= new WordsState(startingWords(DEFAULT_LOCALE)));
	}
}
let fallback: WordsState | undefined;
export const setWords = set;

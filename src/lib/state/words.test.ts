import { describe, expect, it } from 'vitest';
import { WordsState } from './words.svelte';
import { ENGLISH } from '../../../tests/fixtures/english-words';
import { loadWords, startingWords, wordsIfLoaded } from '$lib/words/catalogue';

describe("the page's language", () => {
	it('starts in English where its own words are not here yet', () => {
		expect(wordsIfLoaded('uk')).toBeUndefined();
		expect(startingWords('uk').locale).toBe('en');
	});

	it('follows the latest page: a language asked for before it, still on its way, is dropped', async () => {
		const words = new WordsState(startingWords('en'));
		words.adopt('de'); // a German page, whose words are on their way…
		words.adopt('en'); // …and, before they come, back to an English one
		expect(words.locale).toBe('en');
		await loadWords('de');
		await Promise.resolve();
		expect(words.locale).toBe('en');
		expect(words.chosen).toBeUndefined();
	});

	it('takes a page’s language at once where its words are here, and keeps a language the reader chose', async () => {
		const fr = await loadWords('fr');
		const words = new WordsState(ENGLISH);
		words.adopt('fr');
		expect(words.locale).toBe('fr');
		expect(wordsIfLoaded('fr')).toBe(fr);
		await words.use('en');
		words.adopt('fr');
		expect([words.locale, words.chosen]).toEqual(['en', 'en']);
	});
});

import { describe, expect, it } from 'vitest';
import en from './messages/en';
import { AVAILABLE, loadWords } from './catalogue';
import { LOCALES } from './locales';

type Tree = { [k: string]: unknown };

/** Every leaf of a catalogue with its path and kind ("string" or "function"). */
function leaves(t: Tree, at = ''): [string, string, unknown][] {
	return Object.entries(t).flatMap(([k, v]) =>
		v !== null && typeof v === 'object' ? leaves(v as Tree, `${at}${k}.`) : [[`${at}${k}`, typeof v, v]]
	);
}

/** Names that stay as they are in every language (formats, protocols, the product). */
const NAMES = /Sourceline|TimelineJS|oEmbed|SHA-256|sha256|JSON|CSV|SVG|PNG|URL|UTC/g;

/** Words that are the same in English and that language, and right so. */
const SAME: Record<string, string[]> = {
	de: ['site.themes.system'],
	fr: ['timeline.tabs.sources', 'timeline.sources.title', 'find.facet.source', 'evidence.confidence.date'],
	es: ['site.notFound.errorPageTitle'],
	ru: [],
	uk: [],
	ar: []
};

/** A string that is only names, numbers and signs says the same in every language. */
const untranslatable = (v: string) => !/\p{L}/u.test(v.replace(NAMES, ''));

describe('catalogues', () => {
	it('exist for every interface language', () => {
		expect([...AVAILABLE]).toEqual([...LOCALES]);
	});

	const english = leaves(en);
	for (const locale of LOCALES.filter((l) => l !== 'en')) {
		it(`${locale}: has every English key, of the same kind, and nothing else`, async () => {
			const w = await loadWords(locale);
			expect(w.locale).toBe(locale);
			const mine = leaves(w.m);
			expect(mine.map(([p, kind]) => `${p}:${kind}`)).toEqual(english.map(([p, kind]) => `${p}:${kind}`));
		});
		it(`${locale}: no string is empty or left in English`, async () => {
			const w = await loadWords(locale);
			const byPath = new Map(english.map(([p, , v]) => [p, v]));
			const same = leaves(w.m)
				.filter(([, kind]) => kind === 'string')
				.filter(
					([p, , v]) => v === '' || (v === byPath.get(p) && !untranslatable(String(v)) && !SAME[locale]!.includes(p))
				)
				.map(([p]) => p);
			expect(same).toEqual([]);
		});
	}
});

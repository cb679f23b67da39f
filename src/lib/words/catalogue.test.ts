import { beforeAll, describe, expect, it } from 'vitest';
import en from './messages/en';
import { AVAILABLE, loadWords } from './catalogue';
import { LOCALES } from './locales';
import { loadReport } from './report-catalogue';

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

	// The report's words are fetched apart from the rest (when a report is shown), so they are held
	// to the same rules as a tree of their own; its problems' messages are issue-words.test.ts's.
	const reportTree = async (locale: (typeof LOCALES)[number]) => {
		const { issues: _issues, ...rest } = await loadReport(locale);
		return { report: rest } as Tree;
	};
	const tree = async (locale: (typeof LOCALES)[number]) => ({
		...((await loadWords(locale)).m as unknown as Tree),
		...(await reportTree(locale))
	});
	let english: [string, string, unknown][] = [];
	beforeAll(async () => {
		english = leaves(await tree('en'));
	});
	it('English has its report words besides the catalogue', () => {
		expect(english.filter(([p]) => p.startsWith('report.')).length).toBeGreaterThan(20);
		expect(english.length).toBeGreaterThan(leaves(en).length);
	});
	for (const locale of LOCALES.filter((l) => l !== 'en')) {
		it(`${locale}: has every English key, of the same kind, and nothing else`, async () => {
			const w = await loadWords(locale);
			expect(w.locale).toBe(locale);
			const mine = leaves(await tree(locale));
			expect(mine.map(([p, kind]) => `${p}:${kind}`)).toEqual(english.map(([p, kind]) => `${p}:${kind}`));
		});
		it(`${locale}: no string is empty or left in English`, async () => {
			const byPath = new Map(english.map(([p, , v]) => [p, v]));
			const same = leaves(await tree(locale))
				.filter(([, kind]) => kind === 'string')
				.filter(
					([p, , v]) => v === '' || (v === byPath.get(p) && !untranslatable(String(v)) && !SAME[locale]!.includes(p))
				)
				.map(([p]) => p);
			expect(same).toEqual([]);
		});
	}
});

/**
 * Plural forms and grouped numbers for the catalogues. Through `Intl` for every language but English,
 * whose two rules are written out: a page's first `Intl` call costs tens of milliseconds on the
 * benchmark machine, spent before the first render, and English pages need none
 * (`plural.test.ts` holds the English rules to `Intl`'s).
 */
import { formatCount } from './count';
import type { Locale } from './locales';

/** A message's forms by CLDR plural category; `other` is always there. */
export type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The locale `Intl` is asked for: Arabic with Western digits, as Arabic-language news sites write them. */
export function intlTag(locale: Locale): string {
	return locale === 'ar' ? 'ar-u-nu-latn' : locale;
}

export interface Numbers {
	/** A count grouped the locale's way: "12,345", "12.345", "12 345". */
	count(n: number): string;
	/** The form for a count. */
	plural(n: number, forms: Forms): string;
}

const made = new Map<Locale, Numbers>();

export function numbersFor(locale: Locale): Numbers {
	let n = made.get(locale);
	if (n) return n;
	if (locale === 'en') {
		n = { count: formatCount, plural: (x, f) => (x === 1 ? (f.one ?? f.other) : f.other) };
	} else {
		let rules: Intl.PluralRules | undefined;
		let format: Intl.NumberFormat | undefined;
		n = {
			count: (x) => (format ??= new Intl.NumberFormat(intlTag(locale))).format(x),
			plural: (x, f) => f[(rules ??= new Intl.PluralRules(intlTag(locale))).select(x)] ?? f.other
		};
	}
	made.set(locale, n);
	return n;
}

/**
 * The interface languages, and how a language tag from a timeline, a link or a quote maps onto
 * them. The interface is in one of these; quotes may be in any language and carry their own tag.
 */
export const LOCALES = ['en', 'de', 'fr', 'es', 'ru', 'uk', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, for the language menu. */
export const ENDONYMS: Record<Locale, string> = {
	en: 'English',
	de: 'Deutsch',
	fr: 'Français',
	es: 'Español',
	ru: 'Русский',
	uk: 'Українська',
	ar: 'العربية'
};

export function isLocale(x: unknown): x is Locale {
	return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/** The interface language for a BCP 47 tag ("de-AT" → "de"), or null when there is none for it. */
export function localeOf(tag: string | null | undefined): Locale | null {
	const primary = tag?.split('-', 1)[0]?.toLowerCase();
	return isLocale(primary) ? primary : null;
}

/** Scripts written right to left, by the primary language tags that use them by default. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

/** The direction a language is written in, for `dir` on the page and on quotes. */
export function dirOf(tag: string): 'ltr' | 'rtl' {
	const [primary = '', script] = tag.toLowerCase().split('-');
	if (script === 'arab' || script === 'hebr') return 'rtl';
	if (script === 'latn' || script === 'cyrl') return 'ltr';
	return RTL.has(primary) ? 'rtl' : 'ltr';
}

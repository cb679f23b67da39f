/**
 * The words for a file's problems, by language: a chunk of their own (English too), fetched only
 * when a problem is shown, since most pages never show one and every language's list is long.
 */
import type { Issues } from './messages/en/issues';
import type { Locale } from './locales';

const all = import.meta.glob<{ default: Issues }>('./messages/*/issues.ts');
const loaded = new Map<Locale, Promise<Issues>>();

/** A language's problem messages, fetched once (English where a language has none). */
export function loadIssues(locale: Locale): Promise<Issues> {
	let p = loaded.get(locale);
	if (!p) {
		const load = all[`./messages/${locale}/issues.ts`] ?? all['./messages/en/issues.ts']!;
		loaded.set(locale, (p = load().then((mod) => mod.default)));
	}
	return p;
}

/**
 * A file's report in each language (why it was refused, where its problems are, what an import
 * changed, and every problem's message): a chunk of its own, English too, fetched only when a
 * report is shown, since most pages never show one and every language's list of problems is long.
 */
import type { Report } from './messages/en/report';
import type { Locale } from './locales';

const all = import.meta.glob<{ default: Report }>('./messages/*/report.ts');
const loaded = new Map<Locale, Promise<Report>>();

/** A language's report words, fetched once (English where a language has none). */
export function loadReport(locale: Locale): Promise<Report> {
	let p = loaded.get(locale);
	if (!p) {
		const load = all[`./messages/${locale}/report.ts`] ?? all['./messages/en/report.ts']!;
		loaded.set(locale, (p = load().then((mod) => mod.default)));
		// A fetch that failed is forgotten, so the next report tries again.
		p.catch(() => loaded.delete(locale));
	}
	return p;
}

/**
 * Whether a quote appears verbatim in its source's archived text. Both sides are put in Unicode
 * NFC (so "é" typed as one character or as "e" + accent match) and every run of white space, line
 * breaks and no-break spaces included, reads as one space (archived passages are kept one per
 * paragraph; a quote may run across a line break). Nothing else is folded: quote marks, apostrophes,
 * dashes, letter case and punctuation must be exactly as the source prints them, since a "corrected"
 * quote mark is already a quote the source did not print.
 */
import type { QuoteInput } from './schema';
import type { Source } from './model';

/** The form in which quotes and archived texts are compared. */
export function matchForm(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ');
}

/** Whether `quote` appears in `archived`, by the rule above. */
export function appearsIn(quote: string, archived: string): boolean {
	return matchForm(archived).includes(matchForm(quote).trim());
}

/**
 * `appearsIn` for many quotes against a few texts: each archived text is put in its compared form
 * once, by key (a source id), however many quotes are checked against it.
 */
export function archiveMatcher(): (quote: string, key: string, archived: string) => boolean {
	const forms = new Map<string, string>();
	return (quote, key, archived) => {
		let form = forms.get(key);
		if (form === undefined) forms.set(key, (form = matchForm(archived)));
		return form.includes(matchForm(quote).trim());
	};
}

/**
 * What the archived copy says of a quote: "verbatim" (in the archived text, or checked against it
 * when the site was built), "absent" (the text is there and the quote is not in it: the loader
 * refuses such a file) or "unchecked" (its source has no archived copy).
 */
export type QuoteCheck = 'verbatim' | 'absent' | 'unchecked';

export function checkQuote(
	quote: Pick<QuoteInput, 'text'>,
	source: Source | undefined,
	matches: (quote: string, key: string, archived: string) => boolean = (q, _, a) => appearsIn(q, a)
): QuoteCheck {
	const archive = source?.archive;
	if (source && archive?.text !== undefined)
		return matches(quote.text, source.id, archive.text) ? 'verbatim' : 'absent';
	return archive?.textHref !== undefined ? 'verbatim' : 'unchecked';
}

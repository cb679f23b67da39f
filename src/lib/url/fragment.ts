/**
 * Text-fragment links (`#:~:text=`), which open a page scrolled to a quote. Encoding follows the URL
 * Fragment Text Directives spec: the text is percent-encoded, and `-`, `&` and `,` — which the
 * directive syntax uses — must be encoded too.
 */
import { safeHttpUrl } from '$lib/data/urls';
import { LONE_SURROGATE } from '$lib/data/characters';

/** Percent-encode one text-directive term (a lone surrogate, which no page can contain, becomes U+FFFD). */
export function encodeTextDirective(text: string): string {
	// encodeURIComponent leaves - _ . ! ~ * ' ( ) alone; the spec needs '-' (and ',' '&', which it
	// already encodes) escaped, and the others are safe in a fragment.
	return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD')).replace(/-/g, '%2D');
}

/** The words a fragment should match: the whole quote, or its first and last words when it is long. */
export function fragmentTerms(quote: string, maxWords = 40): { start: string; end?: string } {
	const clean = quote.replace(/\s+/g, ' ').trim();
	const words = clean.split(' ');
	if (words.length <= maxWords) return { start: clean };
	// Long quotes: textStart,textEnd matches the whole range while keeping the URL short.
	return { start: words.slice(0, 5).join(' '), end: words.slice(-5).join(' ') };
}

/** A link to `url` scrolled to `quote`, or null when the URL is not a safe http(s) link. */
export function quoteLink(url: string, quote: string): string | null {
	const safe = safeHttpUrl(url);
	if (!safe) return null;
	// The page's own fragment stays before the directive (the spec allows `#section:~:text=`, and the
	// page may need it); a directive it already carries is replaced.
	const hash = safe.indexOf('#');
	const base = hash < 0 ? safe : safe.slice(0, hash);
	const own = hash < 0 ? '' : safe.slice(hash + 1).split(':~:')[0]!;
	const { start, end } = fragmentTerms(quote);
	const directive = encodeTextDirective(start) + (end ? ',' + encodeTextDirective(end) : '');
	return `${base}#${own}:~:text=${directive}`;
}

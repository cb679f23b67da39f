/**
 * What a reader types into the search box, as terms: words, and "quoted phrases" (straight or
 * typographic quotes; an unclosed quote runs to the end, as it does while it is being typed). Every
 * term must match (AND); each matches at the start of a word, so "rut" finds Rutte but "us" does not
 * find Pistorius (see `search-index.ts`). Words lose the punctuation around them ("Rutte:" is "rutte").
 */
import { fold, matchesAnywhere } from './fold';

/** One term, folded (see fold.ts). */
export interface Term {
	text: string;
	/** Several words that must appear together, in this order. */
	phrase: boolean;
	/** In a script written without spaces: matches inside words too. */
	anywhere: boolean;
}

/** Longest query looked at, in UTF-16 units; a longer one is cut (the URL's `q` has the same limit). */
export const MAX_QUERY = 200;
/** At most this many terms count; more add nothing a reader could mean. */
export const MAX_TERMS = 12;

const EDGE_PUNCT = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const QUOTE = /["\u201c\u201d\u201e\u00ab\u00bb]/;

/** The terms of a query, folded, without repeats. */
export function parseQuery(raw: string): Term[] {
	const q = raw.slice(0, MAX_QUERY);
	const terms: Term[] = [];
	const seen = new Set<string>();
	const add = (text: string, phrase: boolean) => {
		const t = fold(text).replace(EDGE_PUNCT, '');
		if (!t || terms.length >= MAX_TERMS) return;
		const isPhrase = phrase && t.includes(' ');
		const key = (isPhrase ? '"' : '') + t;
		if (seen.has(key)) return;
		seen.add(key);
		terms.push({ text: t, phrase: isPhrase, anywhere: matchesAnywhere(t) });
	};
	let i = 0;
	while (i < q.length) {
		const c = q[i]!;
		if (QUOTE.test(c)) {
			let j = i + 1;
			while (j < q.length && !QUOTE.test(q[j]!)) j++;
			add(q.slice(i + 1, j), true);
			i = j + 1;
		} else if (/\s/.test(c)) i++;
		else {
			let j = i;
			while (j < q.length && !/\s/.test(q[j]!) && !QUOTE.test(q[j]!)) j++;
			add(q.slice(i, j), false);
			i = j;
		}
	}
	return terms;
}

/** Whether every match of `next` is also a match of `prev`: each of prev's terms is kept or lengthened. */
export function narrows(prev: readonly Term[], next: readonly Term[]): boolean {
	if (prev.length === 0) return false;
	// A match of a lengthened term at a word's start is a match of the shorter one there too.
	return prev.every((p) => next.some((n) => n.text.startsWith(p.text)));
}

/**
 * Text as the search compares it: lower case, without accents or other marks, compatibility forms
 * made plain, and runs of white space as one space. "Nausėda" and "NAUSEDA" both fold to "nauseda".
 *
 * - NFKD, then the marks stripped: decomposes accented letters (ė → e + ◌̇) and compatibility forms
 *   (the ligature ﬁ → fi, full-width Ａ → A, ² → 2), which readers type as the plain letters.
 * - A few letters that do not decompose but are typed without their stroke or as two letters
 *   (ø, ł, đ, ß, æ, œ, þ, ı), the final sigma as σ (lower-casing a whole word and a single letter
 *   then agree), and typographic quotes and dashes as their plain ASCII forms, since a quote or a
 *   hyphenated name is typed with the keyboard's own.
 *
 * `fold` is the fast one (the index folds every searchable field of every event once); `foldMapped`
 * also says where each folded character came from, so matches can be marked in the original text.
 */

const EXTRA: Record<string, string> = {
	ß: 'ss',
	ẞ: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i',
	ħ: 'h',
	ŧ: 't',
	ς: 'σ',
	'\u2018': "'",
	'\u2019': "'",
	'\u02bc': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u201e': '"',
	'\u00ab': '"',
	'\u00bb': '"',
	'\u2010': '-',
	'\u2011': '-',
	'\u2012': '-',
	'\u2013': '-',
	'\u2014': '-',
	'\u2212': '-'
};
const EXTRA_RE = new RegExp(`[${Object.keys(EXTRA).join('')}]`, 'g');
const MARKS = /\p{M}+/gu;
const SPACES = /\s+/g;
/** White space other than single plain spaces: only then is there any to collapse (the replace is the costly part). */
const ODD_SPACE = /[^\S ]| {2}/;
const SPACE = /\s/;
/** Printable ASCII, ASCII white space and NUL (the index's field separator): folded by lower-casing alone. */
const PLAIN = /^[\0\t\n\r\x20-\x7e]*$/;

/** Fold a code point or a string of them (lower case, NFKD, marks stripped, the extra letters). */
function foldChars(s: string): string {
	return s
		.toLowerCase()
		.normalize('NFKD')
		.replace(MARKS, '')
		.replace(EXTRA_RE, (c) => EXTRA[c]!);
}

/** The text as the search compares it. */
export function fold(s: string): string {
	const f = PLAIN.test(s) ? s.toLowerCase() : foldChars(s);
	return ODD_SPACE.test(f) ? f.replace(SPACES, ' ') : f;
}

/** Folded text and, for each of its characters, the span [start, end) of the original it came from. */
export interface Mapped {
	text: string;
	start: number[];
	end: number[];
}

/** The same text as `fold`, with where each folded character came from. */
export function foldMapped(s: string): Mapped {
	let text = '';
	const start: number[] = [];
	const end: number[] = [];
	for (let i = 0; i < s.length;) {
		const cp = s.codePointAt(i)!;
		const n = cp > 0xffff ? 2 : 1;
		const folded = cp < 0x80 ? s[i]!.toLowerCase() : foldChars(s.slice(i, i + n));
		for (const c of folded) {
			const space = SPACE.test(c);
			if (space && text.endsWith(' ')) {
				end[end.length - 1] = i + n;
				continue;
			}
			const out = space ? ' ' : c;
			text += out;
			for (let k = 0; k < out.length; k++) {
				start.push(i);
				end.push(i + n);
			}
		}
		i += n;
	}
	return { text, start, end };
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether the character before `i` of a folded text is part of a word (so a match at `i` is not at a word's start). */
export function wordBefore(text: string, i: number): boolean {
	if (i <= 0) return false;
	const c = text.charCodeAt(i - 1);
	if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
	// A low surrogate: read the whole character.
	const from = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1;
	return WORD.test(String.fromCodePoint(text.codePointAt(from)!));
}

/** Scripts written without spaces between words: there, a term may start anywhere. */
const UNSPACED =
	/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Whether a folded term may match inside a word rather than only at a word's start. */
export function matchesAnywhere(term: string): boolean {
	return UNSPACED.test(term);
}

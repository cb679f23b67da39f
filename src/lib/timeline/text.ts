/**
 * Text width without a DOM. Layout, screen and SVG export must agree on how wide a label is, and unit
 * tests must be deterministic, so widths are estimated from per-character advances measured for
 * DejaVu Sans (the widest of the generic sans fonts we expect); narrower fonts only add slack.
 */

/** Font size of event labels, in px. */
export const LABEL_FONT_PX = 12;
/** The font stack used on screen and in exports. */
export const FONT_STACK = "'DejaVu Sans', Verdana, Helvetica, Arial, sans-serif";

// Advance widths at 1px font size (DejaVu Sans), grouped by shape.
const NARROW = new Set("iljI.,;:!|'`ıſ()[]{} ");
const SEMI = new Set('frt-"*/\\');
const WIDE = new Set('mwMW@%');
const CAPS = /[A-Z]/;
const DIGIT = /[0-9]/;
const CYRILLIC_GREEK = /[\u0370-\u04ff]/;
const CJK = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** Advance of one character at 1px font size. */
export function advanceOf(ch: string): number {
	if (NARROW.has(ch)) return 0.32;
	if (SEMI.has(ch)) return 0.42;
	if (WIDE.has(ch)) return 0.98;
	if (CAPS.test(ch)) return 0.72;
	if (DIGIT.test(ch)) return 0.64;
	if (CJK.test(ch)) return 1.0;
	if (CYRILLIC_GREEK.test(ch)) return 0.68;
	// Combining marks and invisible format characters take no room.
	if (/[\u0300-\u036f\u200b-\u200f\u202a-\u202e\u2060-\u2069]/.test(ch)) return 0;
	return 0.62;
}

/** Bold DejaVu Sans runs about 12% wider than regular. */
export const BOLD_FACTOR = 1.12;

// ASCII advances read from a table built by the same rules: a zoom step can meet a thousand new
// labels, and a regex per character made measuring them most of that frame.
const ASCII = Float64Array.from({ length: 128 }, (_, c) => advanceOf(String.fromCharCode(c)));

/** Advance at 1px of the character at `i` (a surrogate pair is one character). */
function advanceAt(text: string, i: number): number {
	const c = text.charCodeAt(i);
	return c < 128 ? ASCII[c]! : advanceOf(String.fromCodePoint(text.codePointAt(i)!));
}
/** Index just past the character at `i`. */
const nextIndex = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? i + 2 : i + 1);

/** Estimated width in px of `text` at `size` px (bold when `bold`). */
export function textWidth(text: string, size = LABEL_FONT_PX, bold = false): number {
	let w = 0;
	for (let i = 0; i < text.length; i = nextIndex(text, i)) w += advanceAt(text, i);
	return Math.ceil(w * size * (bold ? BOLD_FACTOR : 1));
}

/** `text` cut with an ellipsis so it fits in `maxPx`. */
export function fitText(text: string, maxPx: number, size = LABEL_FONT_PX): string {
	if (textWidth(text, size) <= maxPx) return text;
	const limit = maxPx - textWidth('…', size);
	let w = 0;
	let cut = 0;
	for (let i = 0; i < text.length; i = nextIndex(text, i)) {
		const a = advanceAt(text, i) * size;
		if (w + a > limit) break;
		w += a;
		cut = nextIndex(text, i);
	}
	return text.slice(0, cut).trimEnd() + '…';
}

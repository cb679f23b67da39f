/**
 * Rules about characters, in one place: what text may not hold (checked by the schema), how a
 * reader counts characters (the length limits), and the lone surrogate, which quote links replace.
 */
import type { BadCharKind } from './issue-codes';

/** A UTF-16 surrogate without its other half: half of a character (encodeURIComponent throws on it). */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * What text may not hold: control characters other than tab and line ends, the noncharacters
 * U+FFFE/U+FFFF, and lone surrogates (half a character). They are refused rather than dropped, so the
 * screen, the export and the file always say the same; the message names the character.
 */
export const BAD_CHAR = new RegExp(
	`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|${LONE_SURROGATE.source}`
);

/** The first character a text may not hold: what kind it is, its code point (`U+0007`) and where (from 1), or null. */
export function badCharacter(s: string): { kind: BadCharKind; char: string; at: number } | null {
	const m = BAD_CHAR.exec(s);
	if (!m) return null;
	const code = m[0].charCodeAt(0);
	const kind = code >= 0xd800 && code <= 0xdfff ? 'surrogate' : code >= 0xfffe ? 'noncharacter' : 'control';
	return { kind, char: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, at: m.index + 1 };
}

/** Characters as a reader counts them (code points: an emoji is one, not two UTF-16 units). */
export function characters(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0xd800 || c > 0xdbff || i + 1 === s.length) n++;
		else {
			// A high surrogate followed by a low one is one character; alone, it counts as one too.
			n++;
			if ((s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
		}
	}
	return n;
}

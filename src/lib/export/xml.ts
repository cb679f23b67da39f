/** Safe text for SVG/XML: escaped, and stripped of characters XML 1.0 does not allow. */
import { textWidth } from '../timeline/text';

// Everything outside XML 1.0's Char production, and lone surrogates; also the bidi overrides and
// isolates, which could make exported text read differently from the screen.
const NOT_XML =
	// eslint-disable-next-line no-control-regex
	/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]|[\uFFFE\uFFFF]|[\u202A-\u202E\u2066-\u2069]/gu;

/** Drop characters that are not allowed in XML (control characters, lone surrogates, bidi overrides). */
export function xmlText(text: string): string {
	return text.replace(NOT_XML, '');
}

/** Escape for XML text and attribute values (after stripping what XML forbids). */
export function esc(text: string): string {
	return xmlText(text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Numbers for SVG attributes: rounded to 0.1 px so snapshots are stable. */
export function n(x: number): string {
	return String(Math.round(x * 10) / 10);
}

/**
 * Break text into at most `maxLines` lines of at most `maxPx` (estimated) width. The last line ends
 * with an ellipsis when text was left out, so nothing ever overflows or stops mid-thought silently.
 */
export function wrapLines(text: string, maxPx: number, size: number, maxLines: number, bold = false): string[] {
	// No-break spaces stay (French puts them inside « » and before : ; ! ?): a line never breaks there.
	const words = xmlText(text)
		.replace(/[^\S\u00a0\u202f]+/g, ' ')
		.trim()
		.split(' ');
	const lines: string[] = [];
	let line = '';
	let i = 0;
	for (; i < words.length; i++) {
		const word = words[i]!;
		const next = line ? `${line} ${word}` : word;
		if (textWidth(next, size, bold) <= maxPx) {
			line = next;
			continue;
		}
		if (line) lines.push(line);
		line = word;
		// A single word wider than the line is cut.
		while (textWidth(line, size, bold) > maxPx) {
			let cut = line.length - 1;
			while (cut > 1 && textWidth(line.slice(0, cut), size, bold) > maxPx) cut--;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
		if (lines.length >= maxLines) break;
	}
	if (line && lines.length < maxLines) {
		lines.push(line);
		i = words.length;
	}
	const cutShort = i < words.length || lines.length > maxLines;
	const out = lines.slice(0, maxLines);
	if (cutShort && out.length) {
		let last = out[out.length - 1]!;
		// Drop whole words first, so the ellipsis follows a word, not half of one.
		while (last.includes(' ') && textWidth(last + '…', size, bold) > maxPx) last = last.slice(0, last.lastIndexOf(' '));
		while (last && textWidth(last + '…', size, bold) > maxPx) last = last.slice(0, -1);
		out[out.length - 1] = last.trimEnd().replace(/[,;:.]$/, '') + '…';
	}
	return out;
}

/** Right-to-left isolate and its end: a line of right-to-left text reads as its own paragraph. */
const RLI = '\u2067';
const PDI = '\u2069';

export interface LineOpts {
	/** The page's direction: its lines start at `x` on the left, or end at `x` on the right. */
	page: 'ltr' | 'rtl';
	/** The direction of the line's own language. */
	dir: 'ltr' | 'rtl';
}

/**
 * A `<text>` line at (x, y), `x` on the page's starting side. Right-to-left text is wrapped in an
 * isolate and right-aligned with `text-anchor="end"`, not given `direction="rtl"`: renderers disagree
 * on what `direction` does (resvg ignores it, browsers swap start and end), an isolate reads the same
 * in all of them. Data cannot bring isolates of its own: `esc` drops them.
 */
export function textLine(x: number, y: number, size: number, text: string, opts: LineOpts, attrs = ''): string {
	const anchor = opts.page === 'rtl' ? ' text-anchor="end"' : '';
	const body = opts.dir === 'rtl' ? RLI + esc(text) + PDI : esc(text);
	return `<text x="${n(x)}" y="${n(y)}" font-size="${size}"${anchor}${attrs}>${body}</text>`;
}

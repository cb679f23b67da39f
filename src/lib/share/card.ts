/**
 * The preview card of an event as an SVG string (1200×630), rendered to PNG at build time. Text is
 * wrapped and cut with an ellipsis by estimated widths, so long titles and quotes never overflow.
 * The card is in the page's words and laid out in its direction: a right-to-left card is the
 * left-to-right one mirrored (lines right-aligned, the level's stripe on the right).
 */
import type { Timeline, TimelineEvent } from '../data/model';
import { verdictText } from '../words/verdict';
import type { Corroboration } from '../data/levels';
import { LEVEL_STYLE, INK } from '../timeline/encoding';
import { textWidth } from '../timeline/text';
import { dirOf } from '../words/locales';
import type { Words } from '../words/words';
import { esc, textLine, wrapLines } from '../export/xml';
import { shownQuote, CARD_WIDTH as W, CARD_HEIGHT as H, SITE_NAME } from './meta';

const FONT = "'DejaVu Sans', Verdana, Arial, sans-serif";
const PAD = 64;

/**
 * The card for one event, in `words`. `verdict` is the corroboration in those words (the
 * corroboration's own text is English).
 */
export function cardSvg(
	t: Timeline,
	e: TimelineEvent,
	c: Corroboration,
	words: Words,
	verdict = verdictText(c, words)
): string {
	const style = LEVEL_STYLE[c.level];
	const m = words.m.share;
	const page = words.dir;
	const rtl = page === 'rtl';
	const inner = W - 2 * PAD - 40;
	// Where lines start: the left margin, or the right one on a right-to-left card.
	const x = rtl ? W - PAD - 16 : PAD + 16;
	const lines = (y: number, size: number, lineH: number, texts: string[], dir: 'ltr' | 'rtl', attrs = '') =>
		texts.map((text, i) => textLine(x, y + i * lineH, size, text, { page, dir }, attrs)).join('');
	// The timeline's own texts are in its language, which need not be the page's.
	const own = dirOf(t.language);
	const q = shownQuote(t, e, words);
	const parts: string[] = [];
	let y = PAD + 12;
	parts.push(lines(y, 24, 30, wrapLines(t.title, inner, 24, 1), own, ` fill="${INK.muted}"`));
	y += 58;
	const title = wrapLines(e.title, inner, 44, 2, true);
	parts.push(lines(y, 44, 54, title, own, ` font-weight="bold" fill="${INK.text}"`));
	y += title.length * 54 + 4;
	parts.push(lines(y, 26, 32, [words.date.when(e.when)], page, ` fill="${INK.text}"`));
	y += 58;
	if (q) {
		const dir = dirOf(q.language);
		const quoteLines = wrapLines(m.quoted(q.text), inner, 28, title.length > 1 ? 3 : 4);
		// Arabic and Hebrew script have no italic (and the card's oblique font has no such letters).
		const italic = dir === 'rtl' ? '' : ' font-style="italic"';
		parts.push(lines(y, 28, 38, quoteLines, dir, `${italic} fill="${INK.text}"`));
		y += quoteLines.length * 38 + 6;
		const note = q.translationBy
			? m.translation(q.translationBy)
			: q.translatedBy
				? m.translatedBy(q.translatedBy)
				: null;
		const by = [m.saidBy({ speaker: q.speaker, source: q.source }), note].filter(Boolean).join(' · ');
		parts.push(lines(y, 22, 28, wrapLines(by, inner, 22, 1), page, ` fill="${INK.muted}"`));
	}
	const badgeText = wrapLines(style.glyph + verdict, inner - 260, 22, 1)[0] ?? '';
	const bw = textWidth(badgeText, 22) + 32;
	const by = H - PAD - 40;
	const hollow = style.fill === '#ffffff';
	const stripe = rtl ? W - 16 : 0;
	const badgeX = rtl ? W - PAD - 16 - bw : PAD + 16;
	// The name sits at the other end of the bottom line from the badge.
	const name = rtl
		? `<text x="${PAD}" y="${by + 28}" font-size="24" font-weight="bold" fill="${INK.muted}">${SITE_NAME}</text>`
		: `<text x="${W - PAD}" y="${by + 28}" font-size="24" font-weight="bold" text-anchor="end" fill="${INK.muted}">${SITE_NAME}</text>`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${esc(FONT)}">` +
		`<rect width="${W}" height="${H}" fill="#ffffff"/>` +
		`<rect x="${stripe}" y="0" width="16" height="${H}" fill="${style.color}"/>` +
		parts.join('') +
		`<rect x="${badgeX}" y="${by}" width="${bw}" height="40" rx="20" fill="${hollow ? '#ffffff' : style.color}" stroke="${style.color}" stroke-width="2"${style.dash ? ' stroke-dasharray="6 4"' : ''}/>` +
		textLine(
			rtl ? W - PAD - 32 : PAD + 32,
			by + 28,
			22,
			badgeText,
			{ page, dir: page },
			` fill="${hollow ? style.color : '#ffffff'}"`
		) +
		name +
		`</svg>`
	);
}

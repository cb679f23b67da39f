/**
 * The preview card of an event as an SVG string (1200×630), rendered to PNG at build time. Text is
 * wrapped and cut with an ellipsis by estimated widths, so long titles and quotes never overflow.
 */
import type { Timeline, TimelineEvent } from '../data/model';
import type { Corroboration } from '../data/levels';
import { formatWhen } from '../time/dates';
import { LEVEL_STYLE, INK } from '../timeline/encoding';
import { textWidth } from '../timeline/text';
import { esc, wrapLines } from '../export/xml';
import { featuredQuote, CARD_WIDTH as W, CARD_HEIGHT as H, SITE_NAME } from './meta';

const FONT = "'DejaVu Sans', Verdana, Arial, sans-serif";
const PAD = 64;

function lines(x: number, y: number, size: number, lineH: number, texts: string[], attrs = ''): string {
	return texts
		.map((t, i) => `<text x="${x}" y="${y + i * lineH}" font-size="${size}"${attrs}>${esc(t)}</text>`)
		.join('');
}

/** The card for one event. */
export function cardSvg(t: Timeline, e: TimelineEvent, c: Corroboration): string {
	const style = LEVEL_STYLE[c.level];
	const inner = W - 2 * PAD - 40;
	const q = featuredQuote(t, e);
	const parts: string[] = [];
	let y = PAD + 12;
	parts.push(lines(PAD + 16, y, 24, 30, wrapLines(t.title, inner, 24, 1), ` fill="${INK.muted}"`));
	y += 58;
	const title = wrapLines(e.title, inner, 44, 2, true);
	parts.push(lines(PAD + 16, y, 44, 54, title, ` font-weight="bold" fill="${INK.text}"`));
	y += title.length * 54 + 4;
	parts.push(lines(PAD + 16, y, 26, 32, [formatWhen(e.when)], ` fill="${INK.text}"`));
	y += 58;
	if (q) {
		const quoteLines = wrapLines(`“${q.text}”`, inner, 28, title.length > 1 ? 3 : 4);
		parts.push(lines(PAD + 16, y, 28, 38, quoteLines, ` font-style="italic" fill="${INK.text}"`));
		y += quoteLines.length * 38 + 6;
		const translated = q.translatedFrom ? ` · translation by ${q.translatedFrom.by}` : '';
		const by = `— ${q.speaker}, ${t.sourceById.get(q.source)?.publisher ?? q.source}${translated}`;
		parts.push(lines(PAD + 16, y, 22, 28, wrapLines(by, inner, 22, 1), ` fill="${INK.muted}"`));
	}
	const badge = style.glyph + c.verdict;
	const badgeText = wrapLines(badge, inner - 260, 22, 1)[0] ?? '';
	const bw = textWidth(badgeText, 22) + 32;
	const by = H - PAD - 40;
	const hollow = style.fill === '#ffffff';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${esc(FONT)}">` +
		`<rect width="${W}" height="${H}" fill="#ffffff"/>` +
		`<rect x="0" y="0" width="16" height="${H}" fill="${style.color}"/>` +
		parts.join('') +
		`<rect x="${PAD + 16}" y="${by}" width="${bw}" height="40" rx="20" fill="${hollow ? '#ffffff' : style.color}" stroke="${style.color}" stroke-width="2"${style.dash ? ' stroke-dasharray="6 4"' : ''}/>` +
		`<text x="${PAD + 32}" y="${by + 28}" font-size="22" fill="${hollow ? style.color : '#ffffff'}">${esc(badgeText)}</text>` +
		`<text x="${W - PAD}" y="${by + 28}" font-size="24" font-weight="bold" text-anchor="end" fill="${INK.muted}">${SITE_NAME}</text>` +
		`</svg>`
	);
}

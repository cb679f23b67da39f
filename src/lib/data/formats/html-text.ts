/**
 * HTML from imported files (TimelineJS slides hold HTML) as plain text. The app renders text, never
 * markup, so this is about keeping what the author wrote readable: tags stripped, entities decoded,
 * paragraphs and `<br>` as line breaks, links collected (they become sources), and the content of
 * scripts, styles and embedded frames dropped entirely, never kept as text.
 */
import { Parser } from 'htmlparser2';
import { safeHttpUrl } from '../urls';

/** A link as written: its `href` (trimmed, not yet checked) and its text. */
export interface HtmlLink {
	href: string;
	text: string;
}

/** Plain text and the links that were in it, in order. */
export interface HtmlText {
	text: string;
	links: HtmlLink[];
}

/** A `<blockquote>`: its own text (the cite's apart), the `<cite>` text, and the links in each. */
export interface HtmlQuote {
	text: string;
	cite: string;
	links: HtmlLink[];
	citeLinks: HtmlLink[];
}

/** What a TimelineJS Media cell written as HTML holds: quotes, embedded addresses, and any other text. */
export interface HtmlMedia {
	quotes: HtmlQuote[];
	/** The `src` of iframes, images, video and audio, as written. */
	embeds: string[];
	rest: HtmlText;
}

export interface HtmlTextOptions {
	/** Write a link's http(s) address after its text ("Innovation Hub (https://…)"), for text that cannot hold links. */
	inlineLinks?: boolean;
}

// Elements whose content is code, styling, fallback markup or an embed: none of it is the author's text.
const SKIP = new Set([
	'script',
	'style',
	'template',
	'noscript',
	'iframe',
	'object',
	'embed',
	'svg',
	'math',
	'head',
	'title',
	'canvas',
	'video',
	'audio'
]);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl']);
const BLOCK = new Set([
	'address',
	'article',
	'aside',
	'caption',
	'dd',
	'details',
	'div',
	'dt',
	'fieldset',
	'figcaption',
	'figure',
	'footer',
	'form',
	'header',
	'hr',
	'li',
	'main',
	'nav',
	'section',
	'summary',
	'tr'
]);
const EMBEDS = new Set(['iframe', 'img', 'video', 'audio', 'source', 'embed']);
const HTML_WS = /[ \t\n\r\f]+/g;

/**
 * Text with HTML's whitespace rules: runs of spaces collapse, blocks start new lines, and no line
 * starts or ends with a space. Pieces are joined once at the end (a 500,000-character cell stays linear).
 */
class TextBuilder {
	private parts: string[] = [];
	private breaks = 0;
	private space = false;

	/** Append text as HTML shows it: whitespace collapsed. */
	text(raw: string): void {
		const t = raw.replace(HTML_WS, ' ');
		if (t === ' ') {
			if (this.parts.length && !this.breaks) this.space = true;
			return;
		}
		if (!t) return;
		const lead = t.startsWith(' ');
		const trail = t.endsWith(' ');
		const body = t.slice(lead ? 1 : 0, trail ? -1 : undefined);
		if (this.parts.length) {
			if (this.breaks) this.parts.push('\n'.repeat(this.breaks));
			else if (this.space || lead) this.parts.push(' ');
		}
		this.parts.push(body);
		this.breaks = 0;
		this.space = trail;
	}

	/** A line break (or a blank line, n = 2) before any further text; repeated breaks merge. */
	lineBreak(n: number): void {
		if (this.parts.length) this.breaks = Math.max(this.breaks, n);
		this.space = false;
	}

	/** A `<br>`: one more line break, up to a blank line (`<br><br>` is a paragraph break, and no more). */
	hardBreak(): void {
		if (this.parts.length) this.breaks = Math.min(2, this.breaks + 1);
		this.space = false;
	}

	value(): string {
		return this.parts.join('');
	}
}

interface OpenQuote {
	text: TextBuilder;
	cite: TextBuilder;
	links: HtmlLink[];
	citeLinks: HtmlLink[];
}

interface OpenLink {
	href: string;
	text: TextBuilder;
	/** Where the link's text went: its links list and its builder. */
	links: HtmlLink[];
	into: TextBuilder;
}

/** The `href`/`src` attribute, if the tag has one (own property: an attribute named __proto__ is just a name). */
function attr(attribs: Record<string, string>, name: string): string | undefined {
	return Object.hasOwn(attribs, name) ? attribs[name]!.trim() : undefined;
}

/** Parse HTML into text; with `media`, blockquotes and their cites are kept apart and embeds collected. */
function parse(html: string, media: boolean, options: HtmlTextOptions): HtmlMedia {
	// Callers check the depth first (and report it where the text came from); this keeps a missed check from hanging.
	if (htmlDepth(html) > MAX_HTML_DEPTH) throw new RangeError(`HTML nests more than ${MAX_HTML_DEPTH} elements deep`);
	const main = new TextBuilder();
	const mainLinks: HtmlLink[] = [];
	const quotes: HtmlQuote[] = [];
	const embeds: string[] = [];
	const links: OpenLink[] = [];
	let skip = 0;
	// In media mode: the open blockquote (text and cite builders) and how deep inside it we are.
	let quote: OpenQuote | null = null;
	let quoteDepth = 0;
	let citeDepth = 0;
	const sink = () => (quote ? (citeDepth ? quote.cite : quote.text) : main);
	const linkList = () => (quote ? (citeDepth ? quote.citeLinks : quote.links) : mainLinks);
	const breakAll = (n: number) => {
		sink().lineBreak(n);
		for (const l of links) l.text.text(' ');
	};
	const parser = new Parser(
		{
			onopentag(name, attribs) {
				if (skip) {
					skip++;
					return;
				}
				if (media && EMBEDS.has(name)) {
					const src = attr(attribs, 'src');
					if (src) embeds.push(src);
				}
				if (SKIP.has(name)) {
					skip = 1;
					return;
				}
				if (quote) {
					if (name === 'blockquote') quoteDepth++;
					if (name === 'cite') citeDepth++;
				} else if (media && name === 'blockquote') {
					quote = { text: new TextBuilder(), cite: new TextBuilder(), links: [], citeLinks: [] };
					quoteDepth = 1;
					return;
				}
				if (name === 'br') sink().hardBreak();
				else if (PARAGRAPH.has(name)) breakAll(2);
				else if (BLOCK.has(name)) breakAll(1);
				else if (name === 'td' || name === 'th') {
					sink().text(' ');
					for (const l of links) l.text.text(' ');
				} else if (name === 'a') {
					links.push({ href: attr(attribs, 'href') ?? '', text: new TextBuilder(), links: linkList(), into: sink() });
				}
			},
			ontext(text) {
				if (skip) return;
				sink().text(text);
				for (const l of links) l.text.text(text);
			},
			onclosetag(name) {
				if (skip) {
					skip--;
					return;
				}
				if (name === 'a') {
					const l = links.pop();
					if (l) closeLink(l, options);
					return;
				}
				if (quote && name === 'cite' && citeDepth) citeDepth--;
				if (quote && name === 'blockquote' && --quoteDepth === 0) {
					const q: OpenQuote = quote;
					quote = null;
					citeDepth = 0;
					quotes.push({ text: q.text.value(), cite: q.cite.value(), links: q.links, citeLinks: q.citeLinks });
					main.lineBreak(2);
					return;
				}
				if (PARAGRAPH.has(name)) breakAll(2);
				else if (BLOCK.has(name)) breakAll(1);
			}
		},
		{ decodeEntities: true }
	);
	parser.write(html);
	parser.end();
	return { quotes, embeds, rest: { text: main.value(), links: mainLinks } };
}

/** A closed link: recorded with its text; with `inlineLinks`, its address written after the text. */
function closeLink(l: OpenLink, options: HtmlTextOptions): void {
	const text = l.text.value();
	l.links.push({ href: l.href, text });
	const safe = options.inlineLinks ? safeHttpUrl(l.href) : null;
	if (safe && text !== l.href && text !== safe) l.into.text(text ? ` (${safe})` : safe);
}

/** How deep elements may nest: real text nests a handful deep, and the parser's stack is quadratic in the depth. */
export const MAX_HTML_DEPTH = 200;

const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr'
]);

/**
 * How deeply the elements of HTML nest, counted in one linear pass over its tags (an estimate that
 * errs high: tags in comments or scripts count too). Check it against MAX_HTML_DEPTH before parsing.
 */
export function htmlDepth(html: string): number {
	let depth = 0;
	let max = 0;
	// [^<>]* rather than [^>]*: an unclosed "<a" stops at the next "<", so the scan stays linear.
	for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>/g)) {
		if (m[1]) depth = Math.max(0, depth - 1);
		else if (!VOID.has(m[2]!.toLowerCase()) && !m[0].endsWith('/>')) max = Math.max(max, ++depth);
	}
	return max;
}

// Text without "<" or "&" has no markup: it only needs HTML's whitespace rules, not a parser.
const PLAIN = /^[^<&]*$/;

/** HTML as plain text, with the links it held (`<a href>`); scripts, styles and frames are dropped with their content. */
export function htmlToText(html: string, options: HtmlTextOptions = {}): HtmlText {
	if (PLAIN.test(html)) return { text: plain(html), links: [] };
	return parse(html, false, options).rest;
}

/** A TimelineJS Media cell written as HTML: its blockquotes (with cites), embedded addresses and other text. */
export function readMediaHtml(html: string): HtmlMedia {
	return parse(html, true, {});
}

/** Plain text with HTML's whitespace rules, as `htmlToText` gives it. */
function plain(text: string): string {
	return text.replace(HTML_WS, ' ').trim();
}

/** What a link preview says about an event: title, description, canonical URL and preview image. */
import type { Timeline, TimelineEvent } from '../data/model';
import { verdictText } from '../words/verdict';
import type { QuoteInput } from '../data/schema';
import type { Corroboration } from '../data/levels';
import { eventPath } from '../url/address';
import { absolute, SITE_URL } from '../url/site';
import { localeOf } from '../words/locales';
import type { Words } from '../words/words';

/** Name shown as og:site_name. */
export const SITE_NAME = 'Sourceline';
/** Preview image size (OpenGraph's recommended large card). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The quote to feature: the first from a source that is not a known look-alike site. */
export function featuredQuote(t: Timeline, e: TimelineEvent): QuoteInput | undefined {
	return e.quotes?.find((q) => t.sourceById.get(q.source)?.kind !== 'unreliable') ?? e.quotes?.[0];
}

/** The featured quote as a preview shows it, in the page's language where it can be. */
export interface ShownQuote {
	text: string;
	/** The language `text` is in. */
	language: string;
	speaker: string;
	/** The source's publisher (its id where the source is missing). */
	source: string;
	/** Whose translation `text` is, when it is a translation added for readers, not the original. */
	translationBy?: string;
	/** Who translated the verbatim text itself, when the source printed a translation. */
	translatedBy?: string;
}

/**
 * The featured quote for a preview in the page's language: a quote in another language that comes
 * with a translation into the page's shows the translation, naming whose it is (the panel keeps the
 * original; a preview has room for one).
 */
export function shownQuote(t: Timeline, e: TimelineEvent, words: Words): ShownQuote | undefined {
	const q = featuredQuote(t, e);
	if (!q) return undefined;
	const source = t.sourceById.get(q.source)?.publisher ?? q.source;
	const tr = q.translation;
	if (localeOf(q.language) !== words.locale && tr && localeOf(tr.language) === words.locale)
		return { text: tr.text, language: tr.language, speaker: q.speaker, source, translationBy: tr.by };
	return {
		text: q.text,
		language: q.language,
		speaker: q.speaker,
		source,
		...(q.translatedFrom ? { translatedBy: q.translatedFrom.by } : {})
	};
}

function clip(text: string, max: number): string {
	return text.length <= max ? text : text.slice(0, max - 1).replace(/\s+\S*$/, '') + '…';
}

/** A sentence's first letter in capitals ("between …" → "Between …"; none of the languages needs a locale's casing). */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface EventMeta {
	title: string;
	description: string;
	canonical: string;
	image: string;
	imageAlt: string;
	/** ISO date of the event's start, for article:published_time. */
	date: string;
}

/**
 * Head tags for an event's permanent page, in the page's words. `verdict` is the corroboration in
 * those words (the corroboration's own text is English).
 */
export function eventMeta(
	t: Timeline,
	e: TimelineEvent,
	c: Corroboration,
	words: Words,
	opts: { site?: string; path?: string; verdict?: string } = {}
): EventMeta {
	const { site = SITE_URL, path = '', verdict = verdictText(c, words) } = opts;
	const m = words.m.share;
	const q = shownQuote(t, e, words);
	const when = words.date.when(e.when);
	const quote = q && m.quoted(clip(q.text, 200));
	const said = !q
		? ''
		: q.translationBy
			? m.meta.saidTranslated({ quote: quote!, speaker: q.speaker, source: q.source, by: q.translationBy })
			: m.meta.said({ quote: quote!, speaker: q.speaker, source: q.source });
	return {
		title: `${e.title} — ${t.title}`,
		description: clip([`${capital(when)}.`, said, `${capital(verdict)}.`].filter(Boolean).join(' '), 300),
		canonical: absolute(eventPath(e.id, '', path), site),
		image: absolute(`${eventPath(e.id, '', path)}/card.png`, site),
		imageAlt: q
			? m.meta.imageAltQuote({ title: e.title, when, quote: m.quoted(clip(q.text, 120)) })
			: m.meta.imageAlt({ title: e.title, when }),
		date: new Date(e.when.start).toISOString().slice(0, 10)
	};
}

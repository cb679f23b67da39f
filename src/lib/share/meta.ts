/** What a link preview says about an event: title, description, canonical URL and preview image. */
import type { Timeline, TimelineEvent } from '../data/model';
import type { QuoteInput } from '../data/schema';
import type { Corroboration } from '../data/levels';
import { formatWhen } from '../time/dates';
import { eventPath } from '../url/address';
import { absolute, SITE_URL } from '../url/site';

/** Name shown as og:site_name. */
export const SITE_NAME = 'Sourceline';
/** Preview image size (OpenGraph's recommended large card). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The quote to feature: the first from a source that is not a known look-alike site. */
export function featuredQuote(t: Timeline, e: TimelineEvent): QuoteInput | undefined {
	return e.quotes?.find((q) => t.sourceById.get(q.source)?.kind !== 'unreliable') ?? e.quotes?.[0];
}

function clip(text: string, max: number): string {
	return text.length <= max ? text : text.slice(0, max - 1).replace(/\s+\S*$/, '') + '…';
}

export interface EventMeta {
	title: string;
	description: string;
	canonical: string;
	image: string;
	imageAlt: string;
	/** ISO date of the event's start, for article:published_time. */
	date: string;
}

/** Head tags for an event's permanent page. */
export function eventMeta(t: Timeline, e: TimelineEvent, c: Corroboration, site = SITE_URL, path = ''): EventMeta {
	const q = featuredQuote(t, e);
	const source = q ? t.sourceById.get(q.source)?.publisher : undefined;
	const when = formatWhen(e.when);
	const said = q ? ` “${clip(q.text, 200)}” — ${q.speaker}, ${source ?? q.source}.` : '';
	return {
		title: `${e.title} — ${t.title}`,
		description: clip(
			`${when[0]!.toUpperCase()}${when.slice(1)}.${said} ${c.verdict[0]!.toUpperCase()}${c.verdict.slice(1)}.`,
			300
		),
		canonical: absolute(eventPath(e.id, '', path), site),
		image: absolute(`${eventPath(e.id, '', path)}/card.png`, site),
		imageAlt: `${e.title}, ${when}${q ? `: “${clip(q.text, 120)}”` : ''}`,
		date: new Date(e.when.start).toISOString().slice(0, 10)
	};
}

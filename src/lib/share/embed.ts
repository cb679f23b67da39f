/**
 * Embedding: the snippet a publisher pastes (an iframe and the host script, static/embed.js), the
 * oEmbed document a CMS reads for a pasted link, and the messages the embed page sends its host.
 *
 * The protocol (documented in the README): the embed page posts to its parent window
 *   { sourceline: 1, type: 'height', height }          whenever its content's height changes, and
 *   { sourceline: 1, type: 'event', event, url }       when the reader opens (event = id) or closes
 *                                                       (event = null) an event.
 * The host script sizes every `<iframe data-sourceline>` from the first and, for an iframe that
 * also has `data-sourceline-address`, keeps the open event in the host page's address as
 * `?sourceline=<id>`, which opens that event when the host page is loaded again.
 */
import { SITE_NAME } from './meta';
import { absolute, SITE_URL } from '../url/site';

/** The message an embed page sends its host. */
export type EmbedMessage =
	| { sourceline: 1; type: 'height'; height: number }
	| { sourceline: 1; type: 'event'; event: string | null; url: string | null };

/** The host page's query parameter that names the open event of an opted-in embed. */
export const HOST_PARAM = 'sourceline';

/** The height an iframe starts at, before the embed has said how tall it is. */
export const EMBED_HEIGHT = 640;
/** The width oEmbed announces (the iframe itself is 100% wide). */
export const EMBED_WIDTH = 800;

const attr = (s: string) => s.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
/** A URL in an attribute: only what could end it (the site's own URLs have no other such character). */
const url = (s: string) => s.replace(/["<>]/g, encodeURIComponent);

/** The markup a publisher pastes: the iframe and the host script that sizes it. */
export function embedSnippet(src: string, title: string, opts: { address?: boolean; site?: string } = {}): string {
	const site = opts.site ?? SITE_URL;
	const address = opts.address ? ' data-sourceline-address' : '';
	return (
		`<iframe src="${url(src)}" title="${attr(title)} — ${SITE_NAME}" width="100%" height="${EMBED_HEIGHT}" ` +
		`style="border:0" loading="lazy" data-sourceline${address}></iframe>\n` +
		`<script src="${url(absolute('/embed.js', site))}" async></script>`
	);
}

/** An oEmbed 1.0 "rich" response for an embed page. */
export interface OEmbed {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	cache_age: number;
}

/** The oEmbed document for the embed at `src` (an absolute URL on this site). */
export function oembed(src: string, title: string, site = SITE_URL): OEmbed {
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: SITE_NAME,
		provider_url: `${site}/`,
		html: embedSnippet(src, title, { site }),
		width: EMBED_WIDTH,
		height: EMBED_HEIGHT,
		cache_age: 86_400
	};
}

/** Where a timeline's oEmbed file is, or one of its events' (site-relative). */
export function oembedPath(timelineId: string, eventId?: string): string {
	return eventId === undefined
		? `/oembed/${timelineId}.json`
		: `/oembed/${timelineId}/${encodeURIComponent(eventId)}.json`;
}

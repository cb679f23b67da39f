/**
 * Every address the app writes or hands out — the address bar, Copy link, Share, Embed, the export's
 * permalink, each event link — comes from here, from one place and one set of view parameters.
 */
import { formatViewParams, SLUG_RE, type ViewParams } from './view-params';
import { SITE_URL } from './site';

/** Where the timeline on screen lives, which decides the shape of its addresses. */
export type Place =
	/** A timeline the site publishes: every event has a permanent page under `path` ("" for the home timeline, "/<id>" for others). */
	| { kind: 'site'; path: string }
	/** A timeline of this site named by `?data=` (its URL as written in the link). */
	| { kind: 'link'; data: string }
	/** A file read from the reader's device: nobody else can open it. */
	| { kind: 'file' };

/** "" for the site, "/embed" for embed mode. */
export type Base = '' | '/embed';

/**
 * The site-relative address of a view (`base` is "" or "/embed"). A published timeline's selected
 * event is its permanent page; any other timeline's selection is `event=` on the home page, beside its `data=`,
 * so a reload or a shared link opens that event instead of a page that does not exist. Nothing else
 * from the address the page was opened with is kept, so a crafted link does not pass its junk on.
 */
export function viewAddress(place: Place, p: ViewParams, base: Base = ''): string {
	if (place.kind === 'site') {
		const { event, ...rest } = p;
		return (event ? eventPath(event, base, place.path) : base + place.path || '/') + formatViewParams(rest);
	}
	const home = base || '/';
	const query = formatViewParams(p);
	if (place.kind === 'file') return home + query;
	return home + (query ? query + '&' : '?') + 'data=' + encodeURIComponent(place.data);
}

/** The absolute address to give someone else; null for a file on the reader's device. */
export function shareLink(place: Place, p: ViewParams, base: Base = '', site = SITE_URL): string | null {
	return place.kind === 'file' ? null : site + viewAddress(place, p, base);
}

/** The site-relative path of an event's permanent page (`base` is "" or "/embed"; `path` the timeline's, "" for the home one). */
export function eventPath(id: string, base: Base = '', path = ''): string {
	return `${base}${path}/events/${encodeURIComponent(id)}`;
}

/**
 * The parts of an event page's path, as written (the id decoded when it can be, not yet checked):
 * the timeline's path ("" for the home one) and the id. Null for any other path.
 */
export function eventPathParts(pathname: string): { path: string; id: string } | null {
	const m = /^(?:\/embed)?(\/[a-z0-9-]+)?\/events\/([^/]*)\/?$/.exec(pathname);
	if (!m) return null;
	try {
		return { path: m[1] ?? '', id: decodeURIComponent(m[2]!) };
	} catch {
		return { path: m[1] ?? '', id: m[2]! };
	}
}

/** Which event a path shows, if any: "/events/x", "/embed/events/x", "/t/events/x", "/embed/t/events/x" → "x". */
export function eventIdFromPath(pathname: string): string | null {
	const id = eventPathParts(pathname)?.id;
	return id !== undefined && SLUG_RE.test(id) ? id : null;
}

/**
 * Which event an address selects: a story event by its permanent page, else (and for any other
 * timeline) by `event=` on the home page, the form a shared link may also take.
 */
export function selectedIn(place: Place, pathname: string, event: string | undefined): string | null {
	return (place.kind === 'site' ? eventIdFromPath(pathname) : null) ?? event ?? null;
}

/**
 * Whether two site-relative addresses say the same thing: the same path and the same parameters,
 * whatever their order or percent-encoding (`data=/a.json` is `data=%2Fa.json`). The address bar is
 * rewritten only when it says something else than the view, so a link as it was shared stays.
 */
export function sameAddress(a: string, b: string): boolean {
	const ua = new URL(a, 'http://x');
	const ub = new URL(b, 'http://x');
	if (ua.pathname !== ub.pathname) return false;
	const entries = (u: URL) =>
		[...u.searchParams]
			.map(([k, v]) => `${k}=${v}`)
			.sort()
			.join('&');
	return entries(ua) === entries(ub);
}

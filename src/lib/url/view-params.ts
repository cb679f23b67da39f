/**
 * The view in the address bar: `?from=&to=` (the window), `event=` (a selection on the main page),
 * `min=` (the weakest corroboration shown) or `level=` (the levels shown, one by one), the search
 * `q=`, the facets `actor=`, `tag=`, `source=` (a source's id), `kind=` (a source kind) and
 * `ingroup=` (an imported timeline's group), each repeatable (OR within a facet), the lanes
 * `group=` (actor, tag, kind or group) and `rest=dim` (what the filters leave out is drawn faintly
 * instead of hidden), and `lang=` (the interface language, when the reader chose one). One pure module parses and writes them. Anything malformed, repeated where it
 * may not be, huge or reversed is ignored, so a crafted link falls back to the default view; values
 * are only ever read through known keys and never put into the page as markup. Whether a name
 * names anything in the timeline is the state's business (it says so when one does not).
 */
import { parseInstant } from '../time/dates';
import type { Window } from '../time/scale';
import { LEVELS, type Level } from '../data/levels';
import { BAD_CHAR } from '../data/characters';
import { LIMITS } from '../data/limits';
import { KINDS } from '../data/find/facets';
import { MAX_QUERY } from '../data/find/query';
import type { SourceKindName } from '../data/schema';
import { isLocale, type Locale } from '../words/locales';

/** What the timeline can be laid out in lanes by. */
export const LANE_KEYS = ['actor', 'tag', 'kind', 'group'] as const;
export type LaneKey = (typeof LANE_KEYS)[number];

/** What a query string may set; absent fields mean "use the default". */
export interface ViewParams {
	window?: Window;
	event?: string;
	min?: Level;
	/** The levels shown, when they are not "this one and stronger" (which `min` says). */
	level?: Level[];
	/** The search, as typed. */
	q?: string;
	actor?: string[];
	tag?: string[];
	/** Source ids. */
	source?: string[];
	kind?: SourceKindName[];
	/** Groups of an imported timeline (its `group` field). */
	ingroup?: string[];
	/** Lanes by. */
	group?: LaneKey;
	/** What the filters leave out is drawn faintly instead of hidden. */
	rest?: 'dim';
	/** The interface language the reader chose (absent: the timeline's own). */
	lang?: Locale;
}

/** The repeatable facet parameters, in the order they are written. */
export const FACET_PARAMS = ['actor', 'tag', 'source', 'kind', 'ingroup'] as const;
/** At most this many values of one facet parameter are read; a link with more is ignored for that key. */
export const MAX_VALUES = 50;

/** Longest parameter value we look at; longer ones are ignored whole. */
export const MAX_PARAM_LENGTH = 100;
/** What an id looks like (the loader enforces the same rule on files). */
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The one value of a parameter, or undefined when it is missing, repeated or too long. */
function single(params: URLSearchParams, key: string): string | undefined {
	const all = params.getAll(key);
	if (all.length !== 1) return undefined;
	const v = all[0]!;
	return v.length > 0 && v.length <= MAX_PARAM_LENGTH ? v : undefined;
}

/** Every value of a repeatable parameter that passes `ok`, once each; none when there are too many. */
function many(params: URLSearchParams, key: string, ok: (v: string) => boolean): string[] | undefined {
	const all = params.getAll(key);
	if (all.length === 0 || all.length > MAX_VALUES) return undefined;
	const kept = [...new Set(all.map((v) => v.trim()).filter((v) => v.length > 0 && ok(v)))];
	return kept.length ? kept : undefined;
}

/** A name as data may hold it (an actor, a tag, a group): not too long, no forbidden character. */
const NAME_OK = (v: string) => v.length <= LIMITS.shortText && !BAD_CHAR.test(v);
const oneOf =
	<T extends string>(values: readonly T[]) =>
	(v: string): v is T =>
		(values as readonly string[]).includes(v);

/** Read the view parameters from a query string. */
export function parseViewParams(search: string | URLSearchParams): ViewParams {
	let params: URLSearchParams;
	try {
		params = typeof search === 'string' ? new URLSearchParams(search) : search;
	} catch {
		return {};
	}
	const out: ViewParams = {};
	const fromText = single(params, 'from');
	const toText = single(params, 'to');
	if (fromText && toText) {
		const a = parseInstant(fromText);
		const b = parseInstant(toText);
		if (a.ok && b.ok) {
			const from = a.value.start;
			// A date-only `to` includes that whole day (or month, or year); a time is the moment itself.
			const to = b.value.offset === null ? b.value.end : b.value.start;
			if (to > from) out.window = { from, to };
		}
	}
	const event = single(params, 'event');
	if (event && event.length <= 80 && SLUG_RE.test(event)) out.event = event;
	const min = single(params, 'min');
	if (min && (LEVELS as readonly string[]).includes(min)) out.min = min as Level;
	const level = many(params, 'level', oneOf(LEVELS));
	if (level) out.level = LEVELS.filter((l) => level.includes(l));
	const q = params.getAll('q');
	if (q.length === 1 && q[0]!.length <= MAX_QUERY && !BAD_CHAR.test(q[0]!) && q[0]!.trim()) out.q = q[0]!.trim();
	const names = {
		actor: NAME_OK,
		tag: NAME_OK,
		ingroup: NAME_OK,
		source: (v: string) => SLUG_RE.test(v) && v.length <= LIMITS.id
	};
	for (const key of ['actor', 'tag', 'ingroup', 'source'] as const) {
		const v = many(params, key, names[key]);
		if (v) out[key] = v;
	}
	const kind = many(params, 'kind', oneOf(KINDS));
	if (kind) out.kind = KINDS.filter((k) => kind.includes(k));
	const group = single(params, 'group');
	if (group && oneOf(LANE_KEYS)(group)) out.group = group;
	if (single(params, 'rest') === 'dim') out.rest = 'dim';
	const lang = single(params, 'lang');
	if (isLocale(lang)) out.lang = lang;
	return out;
}

const two = (n: number) => String(n).padStart(2, '0');
function isoDay(t: number): string {
	const d = new Date(t);
	return `${String(d.getUTCFullYear()).padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}
function isoMinute(t: number): string {
	const d = new Date(t);
	return `${isoDay(t)}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}Z`;
}

/**
 * The window as `from`/`to` values, rounded to what its span needs: whole days for spans over a
 * month, whole hours down to half a day, minutes below. Rounding only ever widens the window.
 */
export function windowParams(w: Window): { from: string; to: string } {
	const span = w.to - w.from;
	if (span >= 30 * DAY) {
		const from = Math.floor(w.from / DAY) * DAY;
		const toEnd = Math.ceil(w.to / DAY) * DAY;
		return { from: isoDay(from), to: isoDay(toEnd - DAY) };
	}
	const step = span >= 12 * HOUR ? HOUR : 60_000;
	return { from: isoMinute(Math.floor(w.from / step) * step), to: isoMinute(Math.ceil(w.to / step) * step) };
}

/** A value as a query writes it: escaped, with spaces as "+" ("Boris+Pistorius" reads better than %20). */
const value = (v: string) => encodeURIComponent(v).replace(/%20/g, '+');

/** The query string for a view ("" when there is nothing to say). */
export function formatViewParams(p: ViewParams): string {
	const parts: string[] = [];
	if (p.window) {
		const { from, to } = windowParams(p.window);
		parts.push(`from=${from}`, `to=${to}`);
	}
	if (p.event) parts.push(`event=${encodeURIComponent(p.event)}`);
	if (p.min) parts.push(`min=${p.min}`);
	for (const l of p.level ?? []) parts.push(`level=${l}`);
	if (p.q) parts.push(`q=${value(p.q)}`);
	for (const key of FACET_PARAMS) for (const v of p[key] ?? []) parts.push(`${key}=${value(v)}`);
	if (p.group) parts.push(`group=${p.group}`);
	if (p.rest) parts.push(`rest=${p.rest}`);
	if (p.lang) parts.push(`lang=${p.lang}`);
	// Dates, times and slugs need no escaping (":" is allowed in a query), so links stay readable.
	return parts.length ? `?${parts.join('&')}` : '';
}

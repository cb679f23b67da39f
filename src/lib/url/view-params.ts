/**
 * The view in the address bar: `?from=&to=` (the window), `event=` (a selection on the main page) and
 * `min=` (the weakest corroboration shown). One pure module parses and writes them. Anything
 * malformed, repeated, huge or reversed is ignored, so a crafted link falls back to the default view;
 * values are only ever read through known keys and never put into the page as markup.
 */
import { parseInstant } from '../time/dates';
import type { Window } from '../time/scale';
import { LEVELS, type Level } from '../data/levels';

/** What a query string may set; absent fields mean "use the default". */
export interface ViewParams {
	window?: Window;
	event?: string;
	min?: Level;
}

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

/** The query string for a view ("" when there is nothing to say). */
export function formatViewParams(p: ViewParams): string {
	const parts: string[] = [];
	if (p.window) {
		const { from, to } = windowParams(p.window);
		parts.push(`from=${from}`, `to=${to}`);
	}
	if (p.event) parts.push(`event=${encodeURIComponent(p.event)}`);
	if (p.min) parts.push(`min=${p.min}`);
	// Dates, times and slugs need no escaping (":" is allowed in a query), so links stay readable.
	return parts.length ? `?${parts.join('&')}` : '';
}

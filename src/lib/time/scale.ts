/**
 * The view window and its zoom transform. The app keeps the window ({from, to} in UTC ms) as its
 * state; d3-zoom works in transforms on a fixed base scale. These functions convert between the two
 * and hold the zoom limits, so every door (gesture, key, button, URL) obeys the same rules.
 */

/** A visible time window in UTC milliseconds. */
export interface Window {
	from: number;
	to: number;
}

/** Minimal d3-zoom transform shape (k = scale, x = translate). */
export interface Transform {
	k: number;
	x: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;

/**
 * The years a view can show: those a date is written with (four digits, 0001 to 9999), so every
 * window can be put in a link. Data is held to the same years by the date format itself.
 */
export const DRAWABLE: Window = { from: -62_135_596_800_000, to: Date.UTC(10_000, 0, 1) };

/** Narrowest window: 10 minutes, enough to read hours and minutes, not seconds. */
export const MIN_SPAN = 10 * MINUTE;
/** Widest window: 10,000 years, every year a date can be written in (a timeline may span centuries). */
export const MAX_SPAN = 10_000 * YEAR;

/** The base domain d3-zoom scales from: the data's extent, padded and at least a month. */
export function baseDomain(extent: [number, number] | null, now = Date.UTC(2025, 0, 1)): Window {
	const [a, b] = extent ?? [now, now + YEAR];
	const span = Math.max(b - a, 30 * DAY);
	const mid = (a + b) / 2;
	return { from: mid - span * 0.55, to: mid + span * 0.55 };
}

/** Widest window for a base domain: eight times the data's span, at most MAX_SPAN. */
export function maxSpanFor(base: Window): number {
	return Math.min(MAX_SPAN, 8 * (base.to - base.from));
}

/**
 * Clamp a window to the zoom limits (span between MIN_SPAN and `maxSpanFor(base)`, keeping its
 * centre) and keep its centre within two base spans of the data, so one cannot get lost in time.
 */
export function clampWindow(w: Window, base?: Window): Window {
	const { from, to } = w;
	if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return base ?? { from: 0, to: 1 };
	const maxSpan = base ? maxSpanFor(base) : MAX_SPAN;
	const span = Math.min(maxSpan, Math.max(MIN_SPAN, to - from));
	let mid = from + (to - from) / 2;
	if (base) {
		const bs = base.to - base.from;
		mid = Math.min(base.to + 2 * bs, Math.max(base.from - 2 * bs, mid));
	}
	// Never past the years a date can be written in (and so shared in a link): 0001 to 9999.
	mid = Math.min(DRAWABLE.to - span / 2, Math.max(DRAWABLE.from + span / 2, mid));
	return { from: mid - span / 2, to: mid + span / 2 };
}

/** The zoom transform that shows `w` when applied to `base` at `width` pixels. */
export function transformFor(base: Window, w: Window, width: number): Transform {
	const k = (base.to - base.from) / (w.to - w.from);
	const x = (-(w.from - base.from) / (base.to - base.from)) * width * k;
	return { k, x };
}

/** The window a zoom transform shows. */
export function windowFor(base: Window, t: Transform, width: number): Window {
	const span = base.to - base.from;
	const from = base.from + (-t.x / t.k / width) * span;
	return { from, to: from + span / t.k };
}

/** d3-zoom's scaleExtent for these limits. */
export function scaleExtent(base: Window): [number, number] {
	const span = base.to - base.from;
	return [span / maxSpanFor(base), span / MIN_SPAN];
}

/** Zoom by `factor` (>1 zooms in) keeping the time at fraction `at` (0..1) of the width in place. */
export function zoomWindow(w: Window, factor: number, at = 0.5): Window {
	const span = w.to - w.from;
	const pivot = w.from + span * at;
	const next = Math.max(MIN_SPAN, span / factor);
	return { from: pivot - next * at, to: pivot - next * at + next };
}

/** Move by a fraction of the window (positive moves later in time). */
export function panWindow(w: Window, fraction: number): Window {
	const d = (w.to - w.from) * fraction;
	return { from: w.from + d, to: w.to + d };
}

/** A window that shows [start, end] with `pad` of its span on each side, within the limits. */
export function fitWindow(start: number, end: number, pad = 0.08): Window {
	const span = Math.max(end - start, MIN_SPAN);
	const mid = (start + end) / 2;
	const padded = span * (1 + 2 * pad);
	return { from: mid - padded / 2, to: mid + padded / 2 };
}

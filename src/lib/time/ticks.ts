/**
 * Axis ticks that adapt from decades to minutes. The finest interval whose labels fit is chosen;
 * a second row names the larger unit (the year, or the day) at the left edge and wherever it changes.
 */
import { utcDay, utcHour, utcMinute, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { monthName } from './dates';
import type { Window } from './scale';

/** The unit a tick level counts in. */
export type TickUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

interface Level {
	unit: TickUnit;
	step: number;
	/** Approximate length in ms, to pick a level before generating ticks. */
	ms: number;
	/** Smallest spacing in pixels at which its labels do not collide. */
	minPx: number;
	interval: TimeInterval;
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;
const YEAR = 365.2425 * DAY;

function every(interval: CountableTimeInterval, step: number): TimeInterval {
	return step === 1 ? interval : (interval.every(step) ?? interval);
}

const LEVELS: Level[] = [
	...[1, 5, 15, 30].map((s) => ({
		unit: 'minute' as const,
		step: s,
		ms: s * MIN,
		minPx: 46,
		interval: every(utcMinute, s)
	})),
	...[1, 3, 6, 12].map((s) => ({
		unit: 'hour' as const,
		step: s,
		ms: s * HOUR,
		minPx: 46,
		interval: every(utcHour, s)
	})),
	// Days are stepped within each month (1, 8, 15, 22, 29 for 7) so labels stay on round dates.
	...[1, 2, 7, 14].map((s) => ({
		unit: 'day' as const,
		step: s,
		ms: s * DAY,
		minPx: 56,
		interval:
			s === 1 ? utcDay : utcDay.filter((d) => (d.getUTCDate() - 1) % s === 0 && d.getUTCDate() <= 28 - ((28 - 1) % s))
	})),
	...[1, 3, 6].map((s) => ({
		unit: 'month' as const,
		step: s,
		ms: s * MONTH,
		minPx: 44,
		interval: every(utcMonth, s)
	})),
	...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000].map((s) => ({
		unit: 'year' as const,
		step: s,
		ms: s * YEAR,
		minPx: 48,
		interval: every(utcYear, s)
	}))
];

/** One labelled tick. */
export interface Tick {
	t: number;
	x: number;
	label: string;
}

/** A label for the larger unit (year or day), at a boundary or pinned to the left edge. */
export interface ContextLabel {
	x: number;
	label: string;
	/** True for the label pinned at the left edge (the unit already running when the view starts). */
	pinned: boolean;
}

/** Everything the axis draws for one window and width. */
export interface Axis {
	unit: TickUnit;
	step: number;
	ticks: Tick[];
	context: ContextLabel[];
}

/** The finest level whose ticks are at least `minPx` apart at this zoom. */
export function chooseLevel(w: Window, width: number): Level {
	const msPerPx = (w.to - w.from) / Math.max(1, width);
	return LEVELS.find((l) => l.ms / msPerPx >= l.minPx) ?? LEVELS[LEVELS.length - 1]!;
}

const two = (n: number) => String(n).padStart(2, '0');
const mon = (d: Date) => monthName(d.getUTCMonth()).slice(0, 3);

/** The tick label for a unit: "2025", "March" (or "Mar" when tight), "Mar 5", "20:00". */
export function tickLabel(d: Date, unit: TickUnit, roomy = true): string {
	switch (unit) {
		case 'year':
			return String(d.getUTCFullYear());
		case 'month':
			return roomy ? monthName(d.getUTCMonth()) : mon(d);
		case 'day':
			return `${mon(d)} ${d.getUTCDate()}`;
		default:
			return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
	}
}

/** "5 March 2025": the context row's day in English. */
export function englishDay(d: Date): string {
	return `${d.getUTCDate()} ${monthName(d.getUTCMonth())} ${d.getUTCFullYear()}`;
}

/** "5 Mar 2025": the context row's day in English where days are close. */
export function englishShortDay(d: Date): string {
	return `${d.getUTCDate()} ${monthName(d.getUTCMonth()).slice(0, 3)} ${d.getUTCFullYear()}`;
}

/** How the axis words its labels: a tick, and the context row's year and day (short where days are close). */
export interface TickLabels {
	tick(d: Date, unit: TickUnit, roomy?: boolean): string;
	year(d: Date): string;
	day(d: Date, roomy?: boolean): string;
}

const ENGLISH: TickLabels = {
	tick: tickLabel,
	year: (d) => String(d.getUTCFullYear()),
	day: (d, roomy = true) => (roomy ? englishDay(d) : englishShortDay(d))
};

/** About how wide a context label is drawn (bold, 11 px): enough to keep two from meeting. */
const labelPx = (label: string) => label.length * 7.2 + 10;

/** How wide a language's longest day label is drawn, measured once per language (the axis is made per frame). */
const dayWidths = new WeakMap<TickLabels, number>();
function longDayPx(words: TickLabels): number {
	let px = dayWidths.get(words);
	if (px === undefined) dayWidths.set(words, (px = labelPx(words.day(new Date(Date.UTC(2025, 8, 28)), true))));
	return px;
}

/** The larger unit's label: the year for months and days, the day for hours and minutes. */
function contextOf(
	unit: TickUnit,
	words: TickLabels,
	dayPx: number
): { interval: TimeInterval; label: (d: Date) => string } | null {
	if (unit === 'month' || unit === 'day') return { interval: utcYear, label: (d) => words.year(d) };
	if (unit === 'hour' || unit === 'minute') {
		// Each language's long day ("20 de diciembre de 2025") where it fits between two day boundaries.
		const roomy = longDayPx(words) <= dayPx;
		return { interval: utcDay, label: (d) => words.day(d, roomy) };
	}
	return null;
}

/** Ticks and context labels for a window at a pixel width, worded in English unless `words` says otherwise. */
export function axisFor(w: Window, width: number, words: TickLabels = ENGLISH): Axis {
	const level = chooseLevel(w, width);
	const px = (t: number) => ((t - w.from) / (w.to - w.from)) * width;
	const dates = level.interval.range(new Date(w.from), new Date(w.to + 1));
	const spacing = level.ms / ((w.to - w.from) / Math.max(1, width));
	const ticks = dates.map((d) => ({
		t: d.getTime(),
		x: px(d.getTime()),
		label: words.tick(d, level.unit, spacing >= 80)
	}));

	const ctx = contextOf(level.unit, words, 86_400_000 / ((w.to - w.from) / Math.max(1, width)));
	const context: ContextLabel[] = [];
	if (ctx) {
		const bounds = ctx.interval.range(new Date(w.from), new Date(w.to + 1));
		for (const b of bounds) context.push({ x: px(b.getTime()), label: ctx.label(b), pinned: false });
		// Pin the running unit at the left edge unless the first boundary's label would meet it.
		const first = context[0];
		const running = ctx.label(ctx.interval.floor(new Date(w.from)));
		if (!first || first.x > Math.max(120, labelPx(running))) context.unshift({ x: 0, label: running, pinned: true });
	}
	return { unit: level.unit, step: level.step, ticks, context };
}

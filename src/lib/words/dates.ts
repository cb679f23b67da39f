/**
 * Dates in the interface language, at the precision they were written with. English keeps the
 * written-out formatters of `time/` (no `Intl` on an English page's way to its first render); every
 * other language goes through `Intl.DateTimeFormat` (intl-dates.ts, fetched with its catalogue).
 */
import { formatInstant, formatWhen, formatWhenShort, type Instant, type When } from '../time/dates';
import { englishDay, englishShortDay, tickLabel, type TickLabels } from '../time/ticks';
import type { Window } from '../time/scale';
import { formatWindow } from './window-words';

/** The few date phrases a catalogue words itself. */
export interface DatePhrases {
	/** An uncertain date: it lies somewhere in this interval. `range` is the two ends said once ("11–23 December 2025"). */
	between(p: { range: string; from: string; to: string }): string;
	/** The short form of an uncertain interval, for lists and marks. */
	uncertainShort(range: string): string;
	precision: { uncertain: string; range: string; year: string; month: string; day: string; time: string };
}

export interface DateWords extends TickLabels {
	/** One instant at its own precision: "2025", "March 2025", "5 March 2025", "5 March 2025, 20:00 UTC+1". */
	instant(i: Instant): string;
	/** An event's date, its precision and uncertainty included. */
	when(w: When): string;
	/** A short label for lists and tooltips: "5 Mar 2025". */
	short(w: When): string;
	/** The precision in words, for legends and screen readers. */
	precision(w: When): string;
	/** A visible window at the precision its span deserves. */
	window(w: Window): string;
}

export function precisionOf(w: When, p: DatePhrases['precision']): string {
	if (w.kind === 'uncertain') return p.uncertain;
	if (w.kind === 'range') return p.range;
	const x = w.from.precision;
	return x === 'year' || x === 'month' || x === 'day' ? p[x] : p.time;
}

/** English dates, written out. */
export const englishDates = (phrases: DatePhrases): DateWords => ({
	instant: formatInstant,
	when: formatWhen,
	short: formatWhenShort,
	precision: (w) => precisionOf(w, phrases.precision),
	window: formatWindow,
	tick: tickLabel,
	year: (d) => String(d.getUTCFullYear()),
	day: (d, roomy = true) => (roomy ? englishDay(d) : englishShortDay(d))
});

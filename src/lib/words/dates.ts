/**
 * Dates in the interface language, at the precision they were written with. English keeps the
 * written-out formatters of `time/` (no `Intl` on an English page's way to its first render); every
 * other language goes through `Intl.DateTimeFormat`, made once per pattern and kept.
 */
import { formatInstant, formatOffset, formatWhen, formatWhenShort, type Instant, type When } from '../time/dates';
import { englishDay, tickLabel, type TickLabels, type TickUnit } from '../time/ticks';
import type { Window } from '../time/scale';
import { formatWindow } from './window-words';
import { intlTag } from './plural';
import { dirOf, type Locale } from './locales';

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

function precisionOf(w: When, p: DatePhrases['precision']): string {
	if (w.kind === 'uncertain') return p.uncertain;
	if (w.kind === 'range') return p.range;
	const x = w.from.precision;
	return x === 'year' || x === 'month' || x === 'day' ? p[x] : p.time;
}

const english = (phrases: DatePhrases): DateWords => ({
	instant: formatInstant,
	when: formatWhen,
	short: formatWhenShort,
	precision: (w) => precisionOf(w, phrases.precision),
	window: formatWindow,
	tick: tickLabel,
	year: (d) => String(d.getUTCFullYear()),
	day: englishDay
});

const DAY = 86_400_000;
type Options = Intl.DateTimeFormatOptions;
const LONG_DAY: Options = { day: 'numeric', month: 'long', year: 'numeric' };
const SHORT_DAY: Options = { day: 'numeric', month: 'short', year: 'numeric' };
const HM: Options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** Formatters by language and pattern, made once: the first costs tens of milliseconds. */
const made = new Map<string, Intl.DateTimeFormat>();
function formatter(tag: string, o: Options): Intl.DateTimeFormat {
	const key = tag + JSON.stringify(o);
	let f = made.get(key);
	if (!f) made.set(key, (f = new Intl.DateTimeFormat(tag, { ...o, timeZone: 'UTC' })));
	return f;
}

/**
 * Make a language's first formatter now: called while its catalogue downloads, so the tens of
 * milliseconds `Intl` takes to start are spent waiting for the network, not after it.
 */
export function warmDates(locale: Locale): void {
	if (locale !== 'en') formatter(intlTag(locale), LONG_DAY).format(0);
}

/**
 * The axis draws left to right in every language; a right-to-left label ("20 ديسمبر 2025") is
 * isolated as such (RLI … PDI), so its words keep their order wherever it is anchored.
 */
const isolate = (locale: Locale) => (dirOf(locale) === 'rtl' ? (s: string) => `\u2067${s}\u2069` : (s: string) => s);

function intl(locale: Locale, phrases: DatePhrases): DateWords {
	const tag = intlTag(locale);
	const axis = isolate(locale);
	const fmt = (o: Options) => formatter(tag, o);
	/** The instant's own wall-clock time, as UTC milliseconds. */
	const local = (i: Instant) => i.start + (i.offset ?? 0) * 60_000;
	const long = (i: Instant): Options =>
		i.precision === 'year'
			? { year: 'numeric' }
			: i.precision === 'month'
				? { month: 'long', year: 'numeric' }
				: i.precision === 'day'
					? LONG_DAY
					: { ...LONG_DAY, ...HM, ...(i.precision === 'second' ? { second: '2-digit' } : {}) };
	const instant = (i: Instant) => {
		const text = fmt(long(i)).format(local(i));
		return i.precision === 'minute' || i.precision === 'second' ? `${text} ${formatOffset(i.offset ?? 0)}` : text;
	};
	/** Two instants said once where the language allows ("11–23 December 2025"), else both in full. */
	const span = (a: Instant, b: Instant) =>
		a.precision === b.precision && (a.precision === 'day' || a.precision === 'month')
			? fmt(long(a)).formatRange(local(a), local(b))
			: `${instant(a)} – ${instant(b)}`;
	const shortInstant = (i: Instant) => {
		if (i.precision === 'year') return String(new Date(local(i)).getUTCFullYear());
		if (i.precision === 'month') return fmt({ month: 'short', year: 'numeric' }).format(local(i));
		return fmt(i.precision === 'day' ? SHORT_DAY : { ...SHORT_DAY, ...HM }).format(local(i));
	};
	return {
		instant,
		when: (w) =>
			w.kind === 'single'
				? instant(w.from)
				: w.kind === 'range'
					? span(w.from, w.to)
					: phrases.between({ range: span(w.from, w.to), from: instant(w.from), to: instant(w.to) }),
		short: (w) => {
			if (w.kind === 'single') return shortInstant(w.from);
			const both = `${shortInstant(w.from)} – ${shortInstant(w.to)}`;
			return w.kind === 'range' ? both : phrases.uncertainShort(both);
		},
		precision: (w) => precisionOf(w, phrases.precision),
		window: (w) => {
			const width = w.to - w.from;
			if (width > 400 * DAY) return fmt({ month: 'short', year: 'numeric' }).formatRange(w.from, w.to);
			if (width > 2 * DAY) return fmt(SHORT_DAY).formatRange(w.from, w.to);
			return `${fmt({ ...SHORT_DAY, ...HM }).formatRange(w.from, w.to)} UTC`;
		},
		tick: (d, unit: TickUnit, roomy = true) => {
			if (unit === 'year') return String(d.getUTCFullYear());
			if (unit === 'month') return axis(fmt({ month: roomy ? 'long' : 'short' }).format(d));
			if (unit === 'day') return axis(fmt({ day: 'numeric', month: 'short' }).format(d));
			return fmt(HM).format(d);
		},
		year: (d) => String(d.getUTCFullYear()),
		day: (d) => axis(fmt(LONG_DAY).format(d))
	};
}

const cache = new Map<Locale, DateWords>();

/** The date formatters of a language (made once; `phrases` come from its catalogue). */
export function datesFor(locale: Locale, phrases: DatePhrases): DateWords {
	let d = cache.get(locale);
	if (!d) cache.set(locale, (d = locale === 'en' ? english(phrases) : intl(locale, phrases)));
	return d;
}

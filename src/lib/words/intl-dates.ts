/** Dates through `Intl`, for every language but English (fetched with the language's catalogue). */
import { formatOffset, type Instant } from '../time/dates';
import type { TickUnit } from '../time/ticks';
import { precisionOf, type DatePhrases, type DateWords } from './dates';
import { intlTag } from './plural';
import { dirOf, type Locale } from './locales';

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

/** French writes the first of a month as an ordinal, which `Intl` does not: "1er mars 2025", "1er–3 mars". */
const FIRST = /(^|[^\d])1(?=\s?–\s?\d|\s(?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc))/g;
type Format = Pick<Intl.DateTimeFormat, 'format' | 'formatRange'>;
const firstAsOrdinal = (f: Intl.DateTimeFormat): Format => ({
	format: (t) => f.format(t).replace(FIRST, '$11er'),
	formatRange: (a, b) => f.formatRange(a, b).replace(FIRST, '$11er')
});

/** A language's date formatters (`phrases` come from its catalogue). */
export function intlDates(locale: Locale, phrases: DatePhrases): DateWords {
	const tag = intlTag(locale);
	const axis = isolate(locale);
	const fmt = (o: Options): Format => (locale === 'fr' ? firstAsOrdinal(formatter(tag, o)) : formatter(tag, o));
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
		day: (d, roomy = true) => axis(fmt(roomy ? LONG_DAY : SHORT_DAY).format(d))
	};
}

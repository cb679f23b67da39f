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

/** Every pattern the interface formats dates in, by name (an instant's long form is named by its precision). */
const PATTERNS = {
	year: { year: 'numeric' },
	month: { month: 'long', year: 'numeric' },
	day: LONG_DAY,
	minute: { ...LONG_DAY, ...HM },
	second: { ...LONG_DAY, ...HM, second: '2-digit' },
	shortMonth: { month: 'short', year: 'numeric' },
	shortDay: SHORT_DAY,
	shortMinute: { ...SHORT_DAY, ...HM },
	monthName: { month: 'long' },
	monthShort: { month: 'short' },
	dayMonth: { day: 'numeric', month: 'short' },
	time: HM
} satisfies Record<string, Options>;
type Pattern = keyof typeof PATTERNS;

/** Formatters by language and pattern, made once: the first costs tens of milliseconds. */
const made = new Map<string, Intl.DateTimeFormat>();
function formatter(tag: string, p: Pattern): Intl.DateTimeFormat {
	const key = `${tag} ${p}`;
	let f = made.get(key);
	if (!f) made.set(key, (f = new Intl.DateTimeFormat(tag, { ...PATTERNS[p], timeZone: 'UTC' })));
	return f;
}

/**
 * Make a language's first formatter now: called while its catalogue downloads, so the tens of
 * milliseconds `Intl` takes to start are spent waiting for the network, not after it.
 */
export function warmDates(locale: Locale): void {
	if (locale !== 'en') formatter(intlTag(locale), 'day').format(0);
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
	// Looked up per tick and frame while zooming: each pattern's formatter (French's wrapped) kept here.
	const mine = new Map<Pattern, Format>();
	const fmt = (p: Pattern): Format => {
		let f = mine.get(p);
		if (!f) mine.set(p, (f = locale === 'fr' ? firstAsOrdinal(formatter(tag, p)) : formatter(tag, p)));
		return f;
	};
	/** The instant's own wall-clock time, as UTC milliseconds. */
	const local = (i: Instant) => i.start + (i.offset ?? 0) * 60_000;
	const long = (i: Instant): Pattern => i.precision;
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
		if (i.precision === 'month') return fmt('shortMonth').format(local(i));
		return fmt(i.precision === 'day' ? 'shortDay' : 'shortMinute').format(local(i));
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
			if (width > 400 * DAY) return fmt('shortMonth').formatRange(w.from, w.to);
			if (width > 2 * DAY) return fmt('shortDay').formatRange(w.from, w.to);
			return `${fmt('shortMinute').formatRange(w.from, w.to)} UTC`;
		},
		tick: (d, unit: TickUnit, roomy = true) => {
			if (unit === 'year') return String(d.getUTCFullYear());
			if (unit === 'month') return axis(fmt(roomy ? 'monthName' : 'monthShort').format(d));
			if (unit === 'day') return axis(fmt('dayMonth').format(d));
			return fmt('time').format(d);
		},
		year: (d) => String(d.getUTCFullYear()),
		day: (d, roomy = true) => axis(fmt(roomy ? 'day' : 'shortDay').format(d))
	};
}

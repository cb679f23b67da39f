/**
 * Precision-aware dates. A value keeps the precision it was written with from parsing to drawing:
 * "2025-03" covers the whole of March, it is not 1 March. All arithmetic is in UTC milliseconds and
 * never goes through `Date.parse`, which silently rolls 2025-02-30 over to 2 March.
 */

/** How finely a date was written. */
export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

/** One written date, as the span of time it covers. */
export interface Instant {
	/** The text as written, e.g. "2025-03" or "2025-03-05T20:00+01:00". */
	text: string;
	precision: Precision;
	/** First millisecond covered (UTC). */
	start: number;
	/** First millisecond after the covered span (UTC, exclusive). */
	end: number;
	/** Minutes east of UTC as written with a time; null for dates without a time. */
	offset: number | null;
}

/** A single date, a range (start to end), or an uncertain interval (not before / not after). */
export type WhenKind = 'single' | 'range' | 'uncertain';

/** An event's date, normalised: `start`/`end` bound every moment it may cover. */
export interface When {
	kind: WhenKind;
	from: Instant;
	/** Equal to `from` for a single date. */
	to: Instant;
	start: number;
	end: number;
}

/** The date forms a data file may use. */
export type DateInput = string | { start: string; end: string } | { notBefore: string; notAfter: string };

/**
 * Why a date is refused, as data: a stable code and what its message needs, so the interface can
 * say it in the reader's language and the command line in English (`data/issue-english.ts`).
 */
export type DateProblem =
	| { code: 'dateNotDate'; params: { text: string } }
	| { code: 'dateYearZero'; params: Record<string, never> }
	| { code: 'dateNoMonth'; params: { month: string; text: string } }
	| { code: 'dateNoDay'; params: { date: string; year: number; month: number; days: number } }
	| { code: 'dateNoTime'; params: { time: string; text: string } }
	| { code: 'dateNoZone'; params: { text: string } }
	| { code: 'dateBadOffset'; params: { zone: string } }
	| { code: 'dateEnd'; params: { end: 'start' | 'end' | 'notBefore' | 'notAfter'; why: DateProblem } }
	| { code: 'dateBackwards'; params: { range: boolean; start: string; end: string } };

/** Either a value or why not, as a code. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; why: DateProblem };

const refused = <T>(why: DateProblem): Parsed<T> => ({ ok: false, why });

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Full English month name, 0-based. */
export function monthName(month0: number): string {
	return MONTHS[month0] ?? '';
}

/** Number of days in a month (1-based month), Gregorian leap rules. */
export function daysInMonth(year: number, month1: number): number {
	if (month1 === 2) {
		const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
		return leap ? 29 : 28;
	}
	return month1 === 4 || month1 === 6 || month1 === 9 || month1 === 11 ? 30 : 31;
}

/** UTC milliseconds for a calendar moment; safe for years below 100, unlike `Date.UTC`. */
export function utcMs(year: number, month0 = 0, day = 1, hour = 0, minute = 0, second = 0): number {
	// Date.UTC is fast but maps years 0-99 to 1900-1999; only those take the slow path.
	if (year >= 100) return Date.UTC(year, month0, day, hour, minute, second);
	const d = new Date(0);
	d.setUTCFullYear(year, month0, day);
	d.setUTCHours(hour, minute, second, 0);
	return d.getTime();
}

function two(n: number): string {
	return String(n).padStart(2, '0');
}

const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1-12), exact for every year, no Date object. */
function daysFromCivil(year: number, month1: number, day: number): number {
	// Howard Hinnant's days_from_civil: years start in March, so the leap day ends a year.
	const y = month1 <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month1 + (month1 > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146_097 + doe - 719_468;
}

/** The number made of `n` ASCII digits of `s` from `at`, or -1 when one of them is not a digit. */
function digitsAt(s: string, at: number, n: number): number {
	let v = 0;
	for (let i = at; i < at + n; i++) {
		const c = s.charCodeAt(i) - 48;
		if (c < 0 || c > 9) return -1;
		v = v * 10 + c;
	}
	return v;
}

/**
 * The common valid forms (YYYY, YYYY-MM, YYYY-MM-DD) read without a regex or a Date: loading
 * 100,000 events parses as many dates. Anything else, and every invalid date, returns null and goes
 * the long way, which also says why.
 */
function quickInstant(text: string): Instant | null {
	const n = text.length;
	if (n !== 4 && n !== 7 && n !== 10) return null;
	const year = digitsAt(text, 0, 4);
	if (year <= 0) return null;
	if (n === 4) {
		const start = daysFromCivil(year, 1, 1) * DAY_MS;
		return { text, precision: 'year', start, end: daysFromCivil(year + 1, 1, 1) * DAY_MS, offset: null };
	}
	const month = text.charCodeAt(4) === 45 ? digitsAt(text, 5, 2) : -1;
	if (month < 1 || month > 12) return null;
	if (n === 7) {
		const start = daysFromCivil(year, month, 1) * DAY_MS;
		return { text, precision: 'month', start, end: start + daysInMonth(year, month) * DAY_MS, offset: null };
	}
	const day = text.charCodeAt(7) === 45 ? digitsAt(text, 8, 2) : -1;
	if (day < 1 || day > daysInMonth(year, month)) return null;
	const start = daysFromCivil(year, month, day) * DAY_MS;
	return { text, precision: 'day', start, end: start + DAY_MS, offset: null };
}

/** Parse one written date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS]` with a zone. */
export function parseInstant(text: string): Parsed<Instant> {
	const quick = quickInstant(text);
	if (quick) return { ok: true, value: quick };
	const m = DATE_RE.exec(text);
	if (!m) {
		const shown = excerpt(text);
		return refused({ code: 'dateNotDate', params: { text: shown } });
	}
	const [, ys, mos, ds, hs, mis, ss, zone] = m;
	const year = Number(ys);
	if (year === 0) return refused({ code: 'dateYearZero', params: {} });
	if (mos === undefined) {
		return { ok: true, value: { text, precision: 'year', start: utcMs(year), end: utcMs(year + 1), offset: null } };
	}
	const month = Number(mos);
	if (month < 1 || month > 12) return refused({ code: 'dateNoMonth', params: { month: mos, text } });
	if (ds === undefined) {
		return {
			ok: true,
			value: { text, precision: 'month', start: utcMs(year, month - 1), end: utcMs(year, month), offset: null }
		};
	}
	const day = Number(ds);
	const dim = daysInMonth(year, month);
	if (day < 1 || day > dim) {
		const date = `${ys}-${mos}-${ds}`;
		return refused({ code: 'dateNoDay', params: { date, year, month, days: dim } });
	}
	if (hs === undefined || mis === undefined) {
		return {
			ok: true,
			value: {
				text,
				precision: 'day',
				start: utcMs(year, month - 1, day),
				end: utcMs(year, month - 1, day + 1),
				offset: null
			}
		};
	}
	const hour = Number(hs);
	const minute = Number(mis);
	const second = ss === undefined ? 0 : Number(ss);
	if (hour > 23 || minute > 59 || second > 59) {
		const time = `${hs}:${mis}${ss ? ':' + ss : ''}`;
		return refused({ code: 'dateNoTime', params: { time, text } });
	}
	if (zone === undefined) {
		return refused({ code: 'dateNoZone', params: { text } });
	}
	let offset = 0;
	if (zone !== 'Z') {
		const sign = zone.startsWith('-') ? -1 : 1;
		const oh = Number(zone.slice(1, 3));
		const om = Number(zone.slice(4, 6));
		if (oh > 14 || om > 59 || (oh === 14 && om > 0)) {
			return refused({ code: 'dateBadOffset', params: { zone } });
		}
		offset = sign * (oh * 60 + om);
	}
	const precision: Precision = ss === undefined ? 'minute' : 'second';
	const start = utcMs(year, month - 1, day, hour, minute, second) - offset * 60_000;
	return {
		ok: true,
		value: { text, precision, start, end: start + (precision === 'minute' ? 60_000 : 1_000), offset }
	};
}

/** Parse any date form a data file may use; `path` words are added by the caller. */
export function parseWhen(input: DateInput): Parsed<When> {
	if (typeof input === 'string') {
		const p = parseInstant(input);
		if (!p.ok) return p;
		return { ok: true, value: { kind: 'single', from: p.value, to: p.value, start: p.value.start, end: p.value.end } };
	}
	const isRange = 'start' in input;
	const a = parseInstant(isRange ? input.start : input.notBefore);
	const atEnd = (end: 'start' | 'end' | 'notBefore' | 'notAfter', p: { why: DateProblem }) =>
		refused<When>({ code: 'dateEnd', params: { end, why: p.why } });
	if (!a.ok) return atEnd(isRange ? 'start' : 'notBefore', a);
	const b = parseInstant(isRange ? input.end : input.notAfter);
	if (!b.ok) return atEnd(isRange ? 'end' : 'notAfter', b);
	if (b.value.end <= a.value.start || b.value.start < a.value.start) {
		const [start, end] = [a.value.text, b.value.text];
		return refused({ code: 'dateBackwards', params: { range: isRange, start, end } });
	}
	// Both ends the same date: that one date, as if it had been written once.
	if (b.value.start === a.value.start && b.value.end === a.value.end) {
		return { ok: true, value: { kind: 'single', from: a.value, to: a.value, start: a.value.start, end: a.value.end } };
	}
	return {
		ok: true,
		value: { kind: isRange ? 'range' : 'uncertain', from: a.value, to: b.value, start: a.value.start, end: b.value.end }
	};
}

/** Calendar fields of an instant in the zone it was written in (UTC for dates without a time). */
function fields(i: Instant) {
	const d = new Date(i.start + (i.offset ?? 0) * 60_000);
	return {
		year: d.getUTCFullYear(),
		month0: d.getUTCMonth(),
		day: d.getUTCDate(),
		hour: d.getUTCHours(),
		minute: d.getUTCMinutes(),
		second: d.getUTCSeconds()
	};
}

/** "UTC", "UTC+1", "UTC-3:30". */
export function formatOffset(offset: number): string {
	if (offset === 0) return 'UTC';
	const sign = offset > 0 ? '+' : '-';
	const abs = Math.abs(offset);
	const h = Math.floor(abs / 60);
	const m = abs % 60;
	return `UTC${sign}${h}${m ? ':' + two(m) : ''}`;
}

/** One instant in words at its own precision: "2025", "March 2025", "5 March 2025", "5 March 2025, 20:00 UTC+1". */
export function formatInstant(i: Instant): string {
	const f = fields(i);
	const yearText = String(f.year);
	switch (i.precision) {
		case 'year':
			return yearText;
		case 'month':
			return `${monthName(f.month0)} ${yearText}`;
		case 'day':
			return `${f.day} ${monthName(f.month0)} ${yearText}`;
		default: {
			const time = `${two(f.hour)}:${two(f.minute)}${i.precision === 'second' ? ':' + two(f.second) : ''}`;
			return `${f.day} ${monthName(f.month0)} ${yearText}, ${time} ${formatOffset(i.offset ?? 0)}`;
		}
	}
}

/** Two day- or month-precision instants in the same year/month, said once: "11 and 23 December 2025". */
function sharedSpan(a: Instant, b: Instant, joiner: string): string | null {
	const fa = fields(a);
	const fb = fields(b);
	if (a.precision !== b.precision || fa.year !== fb.year) return null;
	if (a.precision === 'day' && fa.month0 === fb.month0) {
		return `${fa.day}${joiner}${fb.day} ${monthName(fa.month0)} ${fa.year}`;
	}
	if (a.precision === 'month') return `${monthName(fa.month0)}${joiner}${monthName(fb.month0)} ${fa.year}`;
	if (a.precision === 'day') {
		return `${fa.day} ${monthName(fa.month0)}${joiner}${fb.day} ${monthName(fb.month0)} ${fa.year}`;
	}
	return null;
}

/** An event date in words, its precision included: "between 11 and 23 December 2025". */
export function formatWhen(w: When): string {
	if (w.kind === 'single') return formatInstant(w.from);
	if (w.kind === 'range') {
		return sharedSpan(w.from, w.to, '–') ?? `${formatInstant(w.from)} – ${formatInstant(w.to)}`;
	}
	return `between ${sharedSpan(w.from, w.to, ' and ') ?? `${formatInstant(w.from)} and ${formatInstant(w.to)}`}`;
}

/** A short label for lists and tooltips: "5 Mar 2025", "Mar 2025", "2025", with "c." for uncertain. */
export function formatWhenShort(w: When): string {
	const short = (i: Instant) => {
		const f = fields(i);
		const mon = monthName(f.month0).slice(0, 3);
		if (i.precision === 'year') return String(f.year);
		if (i.precision === 'month') return `${mon} ${f.year}`;
		if (i.precision === 'day') return `${f.day} ${mon} ${f.year}`;
		return `${f.day} ${mon} ${f.year} ${two(f.hour)}:${two(f.minute)}`;
	};
	if (w.kind === 'single') return short(w.from);
	return w.kind === 'range' ? `${short(w.from)} – ${short(w.to)}` : `${short(w.from)} – ${short(w.to)} (uncertain)`;
}

/** Precision in words, for legends and screen readers. */
export function precisionWords(w: When): string {
	if (w.kind === 'uncertain') return 'uncertain date';
	if (w.kind === 'range') return 'date range';
	switch (w.from.precision) {
		case 'year':
			return 'year only';
		case 'month':
			return 'month only';
		case 'day':
			return 'day';
		default:
			return 'exact time';
	}
}

/** At most 40 characters of a bad value, for error messages. */
export function excerpt(text: string, max = 40): string {
	return text.length > max ? text.slice(0, max) + '…' : text;
}

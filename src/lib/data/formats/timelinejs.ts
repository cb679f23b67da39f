/**
 * TimelineJS timelines (Knight Lab), both forms, as Sourceline files: its spreadsheet template saved
 * as CSV, and its JSON (`title`, `events`, `eras`). Nothing is silently lost or invented: every
 * change is an import note, what Sourceline cannot draw is left out with a note saying why, and a
 * field too long for the schema is left whole for the loader to report (`locate` maps its path back
 * to the row and column, or JSON path, the author wrote). The mapping, rule by rule:
 * the README ("Bringing a TimelineJS timeline over").
 */
import { headerNamed, readCsvTable, type CsvRow } from './csv-table';
import { slugify, sourceSlug, uniqueSlug } from './slug';
import {
	htmlDepth,
	htmlToText,
	MAX_HTML_DEPTH,
	readMediaHtml,
	type HtmlLink,
	type HtmlQuote,
	type HtmlText
} from './html-text';
import type { Converted, FormatName, ImportReport, Issue, Place } from './types';
import { safeHttpUrl } from '../urls';
import { LIMITS } from '../limits';
import { excerpt, parseWhen } from '../../time/dates';
import type { Coded, DatePart, DroppedPart, Listed, SlideLabel, TallyCode, TallyParams } from '../issue-codes';
import { issue } from '../issue-codes';

/** What the caller may say that TimelineJS files do not: the language of the text. */
export interface TimelineJsOptions {
	/** BCP 47 tag of the timeline's text; TimelineJS data has none, so "en" unless given. */
	language?: string;
}

/** The spreadsheet template's columns (TimelineJS v3), as its template names them. */
export const TIMELINEJS_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Alt Text',
	'Type',
	'Group',
	'Background'
] as const;

// TimelineJS reads "Tag" when there is no "Group" (its v1 sheets).
const CSV_KNOWN = [...TIMELINEJS_COLUMNS, 'Tag'];

/** A part of a slide, for pointing at it: a column of the sheet, or a JSON path. */
type Field =
	| 'start'
	| 'end'
	| 'time'
	| 'endTime'
	| 'headline'
	| 'text'
	| 'media'
	| 'caption'
	| 'credit'
	| 'alt'
	| 'group'
	| 'display'
	| 'id'
	| 'thumbnail'
	| 'background'
	| 'link'
	| 'mediaTitle';

/** A date as TimelineJS holds it: integer parts, the year as written (it may be -13800000000). */
interface DateParts {
	year: number;
	yearText: string;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
	second?: number;
	millisecond?: number;
	display?: string;
}

/** One slide (event, title or era) of either form, read but not yet converted. */
interface Slide {
	/** For notes: row 5, or a path (`events[3]`, `title`, `eras[1]`). */
	label: SlideLabel;
	place: Place;
	at: (field: Field) => Place;
	start?: DateParts;
	end?: DateParts;
	headline: string;
	text: string;
	media: { url: string; caption: string; credit: string; alt: string; thumbnail: string; title: string; link: string };
	group: string;
	display: string;
	uniqueId: string;
	background: boolean;
	autolink: boolean;
}

/** What both readers give the converter. */
interface Input {
	format: FormatName;
	file: string;
	title: Slide | null;
	events: Slide[];
	eras: Slide[];
	notes: Notes;
}

interface SourceOut {
	id: string;
	publisher: string;
	title?: string;
	url: string;
	kind: 'unknown';
	note?: string;
}

interface QuoteOut {
	text: string;
	speaker: string;
	source: string;
	language: string;
}

interface MediaOut {
	url: string;
	caption?: string;
	credit?: string;
	alt?: string;
}

interface EventOut {
	id: string;
	title: string;
	date: string | { start: string; end: string };
	dateNote?: string;
	summary?: string;
	group?: string;
	media?: MediaOut;
	quotes?: QuoteOut[];
	sources: string[];
}

/** Where each part of a converted event came from, for `locate`. */
interface EventOrigin {
	slide: Slide;
	title: Field;
	id: Field;
	summary: Field;
	sources: Field[];
}

const MAX_ERRORS = 100;
/** Notes that name many places list this many and count the rest. */
const MAX_LISTED = 20;
const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// ---------------------------------------------------------------------------------------------
// Recognising the formats

/** Whether a sheet's headers are TimelineJS's template: it has Year and Headline (any case). */
export function isTimelineJsCsv(headers: string[]): boolean {
	const has = (name: string) => headers.some((h) => h.trim().toLowerCase() === name);
	return has('year') && has('headline');
}

/** Whether JSON is a TimelineJS timeline: events with `start_date`, or a `title` slide with `text`. */
export function isTimelineJsJson(json: unknown): boolean {
	if (!isObj(json)) return false;
	const events = own(json, 'events');
	if (Array.isArray(events) && events.some((e) => isObj(e) && Object.hasOwn(e, 'start_date'))) return true;
	const title = own(json, 'title');
	return isObj(title) && isObj(own(title, 'text'));
}

// ---------------------------------------------------------------------------------------------
// The CSV form

/** Convert TimelineJS's spreadsheet template, saved as CSV, into a Sourceline file. */
export function readTimelineJsCsv(text: string, file: string, options: TimelineJsOptions = {}): Converted {
	const read = readCsvTable(text, file);
	if (!read.ok) return read;
	const table = read.table;
	const missing = ['Year', 'Headline'].filter((c) => headerNamed(table, c) === undefined);
	if (missing.length) {
		return fail([{ file, row: 1, ...issue('tjsNotTemplate', { missing }) }]);
	}
	const notes = new Notes(file);
	const errors: Issue[] = [];
	const extra = table.headers.filter((h) => !CSV_KNOWN.some((k) => headerNamed(table, k) === h));
	if (extra.length) {
		notes.add(issue('tjsColumnsNotRead', { columns: extra }), { row: 1 });
	}
	const input: Input = { format: 'timelinejs-csv', file, title: null, events: [], eras: [], notes };
	// Each template column's header as this file writes it, found once (not once per cell).
	const columns = new Map<string, string>();
	for (const name of CSV_KNOWN) columns.set(name, headerNamed(table, name) ?? name);
	for (const row of table.rows) {
		const slide = csvSlide(row, columns, file, errors, notes);
		checkDepth(slide, file, errors);
		const type = (row.cells.get(columns.get('Type')!) ?? '').toLowerCase();
		const typePlace = { row: row.row, column: columns.get('Type')! };
		if (type === 'title' && !input.title) input.title = slide;
		else if (type === 'era') input.eras.push(slide);
		else {
			if (type === 'title') {
				notes.add(issue('tjsSecondTitle', { slide: slide.label }), typePlace);
			} else if (type && type !== 'event') {
				notes.add(issue('tjsUnknownType', { slide: slide.label, type: excerpt(type) }), typePlace);
			}
			input.events.push(slide);
		}
	}
	if (errors.length) return fail(errors);
	return convert(input, options);
}

/** One row of the sheet as a slide; bad numbers and times become errors naming the cell. */
function csvSlide(row: CsvRow, columns: Map<string, string>, file: string, errors: Issue[], notes: Notes): Slide {
	const column = (name: string) => columns.get(name) ?? name;
	const cell = (name: string) => row.cells.get(column(name)) ?? '';
	const at = (name: string): Place => ({ row: row.row, column: column(name) });
	const COLUMN_OF: Record<Field, string> = {
		start: 'Year',
		end: 'End Year',
		time: 'Time',
		endTime: 'End Time',
		headline: 'Headline',
		text: 'Text',
		media: 'Media',
		caption: 'Media Caption',
		credit: 'Media Credit',
		alt: 'Alt Text',
		group: cell('Group') ? 'Group' : 'Tag',
		display: 'Display Date',
		id: 'Headline',
		thumbnail: 'Media Thumbnail',
		background: 'Background',
		link: 'Media',
		mediaTitle: 'Media'
	};
	const int = (name: string): number | undefined => {
		const r = readInt(cell(name));
		if (r.ok) return r.value;
		errors.push({ file, ...at(name), ...issue('tjsNotWholeNumber', { value: excerpt(cell(name)), json: false }) });
		return undefined;
	};
	const date = (prefix: '' | 'End '): DateParts | undefined => {
		const yearCell = cell(`${prefix}Year`);
		const year = int(`${prefix}Year`);
		const parts: Record<string, number | undefined> = { month: int(`${prefix}Month`), day: int(`${prefix}Day`) };
		const timeCell = cell(`${prefix}Time`);
		if (timeCell) {
			const t = parseTimeCell(timeCell);
			if (t) Object.assign(parts, t);
			else errors.push({ file, ...at(`${prefix}Time`), ...issue('tjsNotTime', { value: excerpt(timeCell) }) });
		}
		checkRanges(parts, (k) => at(k === 'month' || k === 'day' ? `${prefix}${cap(k)}` : `${prefix}Time`), file, errors);
		if (year === undefined) {
			const orphan = ['Month', 'Day', 'Time'].filter((c) => cell(`${prefix}${c}`));
			if (prefix && orphan.length) {
				notes.add(
					issue('tjsOrphanEndParts', { row: row.row, columns: orphan.map((c) => prefix + c) }),
					at(`${prefix}${orphan[0]}`)
				);
			}
			return undefined;
		}
		return { year, yearText: yearCell.replace(/[\s,]+/g, ''), ...defined(parts) };
	};
	return {
		label: { row: row.row },
		place: { row: row.row },
		at: (field) => at(COLUMN_OF[field]),
		start: date(''),
		end: date('End '),
		headline: cell('Headline'),
		text: cell('Text'),
		media: {
			url: cell('Media'),
			caption: cell('Media Caption'),
			credit: cell('Media Credit'),
			alt: cell('Alt Text'),
			thumbnail: cell('Media Thumbnail'),
			title: '',
			link: ''
		},
		group: cell('Group') || cell('Tag'),
		display: cell('Display Date'),
		uniqueId: '',
		background: cell('Background') !== '',
		autolink: true
	};
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A TimelineJS time cell ("14:30", "2:30 PM", "1430", "14:30:15.5") as parts, or null; the forms TimelineJS's parseTime reads. */
export function parseTimeCell(
	raw: string
): { hour: number; minute?: number; second?: number; millisecond?: number } | null {
	let s = raw.trim();
	const period = /\s*([AaPp])\.?[Mm]\.?\s*$/.exec(s);
	if (period) s = s.slice(0, period.index).trim();
	const compact = /^(\d{1,2})(\d{2})$/.exec(s);
	const parts = compact ? [compact[1]!, compact[2]!] : s.includes(':') ? s.split(':') : s.split('.');
	if (parts.length > 3 || !parts.every((p, i) => (i === 2 ? /^\d{1,2}(?:[.,]\d+)?$/ : /^\d{1,2}$/).test(p)))
		return null;
	let hour = Number(parts[0]);
	if (period) {
		const pm = period[1]!.toLowerCase() === 'p';
		if (hour < 1 || hour > 12) return null;
		if (pm && hour !== 12) hour += 12;
		if (!pm && hour === 12) hour = 0;
	}
	const out: { hour: number; minute?: number; second?: number; millisecond?: number } = { hour };
	if (parts[1] !== undefined) out.minute = Number(parts[1]);
	if (parts[2] !== undefined) {
		const [sec, frac] = parts[2].split(/[.,]/);
		out.second = Number(sec);
		// TimelineJS reads the fraction as tenths ("15.5" is 500 ms); only whether there is one matters here.
		if (frac !== undefined) out.millisecond = Math.round(Number(`0.${frac}`) * 1000);
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// The JSON form

const JSON_TOP = new Set(['title', 'events', 'eras', 'scale']);
const JSON_SLIDE = new Set([
	'start_date',
	'end_date',
	'text',
	'media',
	'group',
	'display_date',
	'background',
	'autolink',
	'unique_id'
]);
const JSON_TEXT = new Set(['headline', 'text']);
const JSON_MEDIA = new Set(['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target']);
const JSON_DATE = new Set([
	'year',
	'month',
	'day',
	'hour',
	'minute',
	'second',
	'millisecond',
	'display_date',
	'format'
]);

/** Convert a TimelineJS JSON timeline (parsed) into a Sourceline file. */
export function readTimelineJsJson(json: unknown, file: string, options: TimelineJsOptions = {}): Converted {
	if (!isObj(json)) return fail([{ file, path: '(root)', ...issue('tjsNotObject', {}) }]);
	const events = own(json, 'events');
	if (!Array.isArray(events)) {
		// TimelineJS 2 wrapped its data in {"timeline": {"date": [...]}}: another format, which TimelineJS 3 does not read either.
		const why = issue(isObj(own(json, 'timeline')) ? 'tjsVersion2' : 'tjsNoEvents', {});
		return fail([{ file, path: 'events', ...why }]);
	}
	const notes = new Notes(file);
	const errors: Issue[] = [];
	const r = new JsonReader(file, errors, notes);
	r.unknownKeys(json, '', JSON_TOP);
	const scale = own(json, 'scale');
	if (scale !== undefined && scale !== 'human') {
		notes.add(issue('tjsScale', { scale: excerpt(String(scale)) }), { path: 'scale' });
	}
	const input: Input = { format: 'timelinejs-json', file, title: null, events: [], eras: [], notes };
	const title = own(json, 'title');
	if (title !== undefined && title !== null) input.title = r.slide(title, 'title');
	events.forEach((e, i) => {
		const s = r.slide(e, `events[${i}]`);
		if (s) input.events.push(s);
	});
	const eras = own(json, 'eras');
	if (Array.isArray(eras)) {
		eras.forEach((e, i) => {
			const s = r.slide(e, `eras[${i}]`);
			if (s) input.eras.push(s);
		});
	} else if (eras !== undefined && eras !== null) errors.push({ file, path: 'eras', ...issue('tjsMustBeList', {}) });
	if (errors.length) return fail(errors);
	return convert(input, options);
}

/** Reads slides of TimelineJS JSON, with errors at their JSON paths. */
class JsonReader {
	constructor(
		private file: string,
		private errors: Issue[],
		private notes: Notes
	) {}

	/** A slide at `base` (`events[3]`), or null (with an error) when it is not an object. */
	slide(raw: unknown, base: string): Slide | null {
		const s = this.read(raw, base);
		if (s) checkDepth(s, this.file, this.errors);
		return s;
	}

	private read(raw: unknown, base: string): Slide | null {
		if (!isObj(raw)) {
			this.error(base, issue('tjsNotSlide', {}));
			return null;
		}
		this.unknownKeys(raw, base, JSON_SLIDE);
		const text = this.object(raw, 'text', base);
		const media = this.object(raw, 'media', base);
		if (text) this.unknownKeys(text, `${base}.text`, JSON_TEXT);
		if (media) this.unknownKeys(media, `${base}.media`, JSON_MEDIA);
		const start = this.date(raw, 'start_date', base);
		const end = this.date(raw, 'end_date', base);
		const slideDisplay = this.text(raw, 'display_date', base);
		const display = slideDisplay || [start?.display, end?.display].filter(Boolean).join(' – ');
		const displayPath = slideDisplay
			? '.display_date'
			: start?.display
				? '.start_date.display_date'
				: '.end_date.display_date';
		const mediaText = (key: string) => (media ? this.text(media, key, `${base}.media`) : '');
		const background = own(raw, 'background');
		const PATH_OF: Record<Field, string> = {
			start: '.start_date',
			end: '.end_date',
			time: '.start_date.hour',
			endTime: '.end_date.hour',
			headline: '.text.headline',
			text: '.text.text',
			media: '.media.url',
			caption: '.media.caption',
			credit: '.media.credit',
			alt: '.media.alt',
			group: '.group',
			display: displayPath,
			id: Object.hasOwn(raw, 'unique_id') ? '.unique_id' : '.text.headline',
			thumbnail: '.media.thumbnail',
			background: '.background',
			link: '.media.link',
			mediaTitle: '.media.title'
		};
		return {
			label: { path: base },
			place: { path: base },
			at: (field) => ({ path: base + PATH_OF[field] }),
			start,
			end,
			headline: text ? this.text(text, 'headline', `${base}.text`) : '',
			text: text ? this.text(text, 'text', `${base}.text`) : '',
			media: {
				url: mediaText('url'),
				caption: mediaText('caption'),
				credit: mediaText('credit'),
				alt: mediaText('alt'),
				thumbnail: mediaText('thumbnail'),
				title: mediaText('title'),
				link: mediaText('link')
			},
			group: this.text(raw, 'group', base),
			display,
			uniqueId: this.text(raw, 'unique_id', base),
			background: background !== undefined && background !== null && background !== '' && !isEmptyObject(background),
			autolink: own(raw, 'autolink') !== false
		};
	}

	/** A date object (`start_date`), its parts checked; undefined when absent or without a year. */
	private date(slide: Record<string, unknown>, key: string, base: string): DateParts | undefined {
		const d = this.object(slide, key, base);
		if (!d) return undefined;
		const path = `${base}.${key}`;
		this.unknownKeys(d, path, JSON_DATE);
		const parts: Record<string, number | undefined> = {};
		for (const k of ['month', 'day', 'hour', 'minute', 'second', 'millisecond']) parts[k] = this.int(d, k, path);
		checkRanges(parts, (k) => ({ path: `${path}.${k}` }), this.file, this.errors);
		const year = this.int(d, 'year', path);
		const display = this.text(d, 'display_date', path) || undefined;
		if (year === undefined) {
			// Without a year there is no date; the slide is left out (start) or its end ignored, with a note.
			if (key === 'end_date') this.notes.add(issue('tjsEndNoYear', { slide: { path: base } }), { path });
			return undefined;
		}
		return { year, yearText: String(own(d, 'year')).replace(/[\s,]+/g, ''), ...defined(parts), display };
	}

	private int(obj: Record<string, unknown>, key: string, base: string): number | undefined {
		const v = own(obj, key);
		const r = readInt(v);
		if (!r.ok)
			this.error(
				`${base}.${key}`,
				issue('tjsNotWholeNumber', { value: excerpt(JSON.stringify(v) ?? String(v)), json: true })
			);
		return r.ok ? r.value : undefined;
	}

	/** A text value (numbers are read as text, as TimelineJS does); '' when absent. */
	private text(obj: Record<string, unknown>, key: string, base: string): string {
		const v = own(obj, key);
		if (typeof v === 'string') return v.trim();
		if (typeof v === 'number' || typeof v === 'boolean') return String(v);
		if (v !== undefined && v !== null) this.error(`${base}.${key}`, issue('tjsMustBeText', {}));
		return '';
	}

	private object(obj: Record<string, unknown>, key: string, base: string): Record<string, unknown> | undefined {
		const v = own(obj, key);
		if (isObj(v)) return v;
		if (v !== undefined && v !== null && v !== '') this.error(`${base}.${key}`, issue('tjsMustBeObject', {}));
		return undefined;
	}

	/** Fields TimelineJS does not define are noted once, all together (they may be another tool's). */
	unknownKeys(obj: Record<string, unknown>, base: string, known: Set<string>): void {
		for (const k of Object.keys(obj)) {
			if (!known.has(k))
				this.notes.tally('tjsUnknownFields', { at: { path: `${base ? base + '.' : ''}${excerpt(k, 30)}` } }, {});
		}
	}

	private error(path: string, c: Coded): void {
		this.errors.push({ file: this.file, path, ...c });
	}
}

/** HTML nested too deep to read in reasonable time (no real slide comes near) is an error naming its field. */
function checkDepth(s: Slide, file: string, errors: Issue[]): void {
	const fields: [string, Field][] = [
		[s.headline, 'headline'],
		[s.text, 'text'],
		[s.media.url, 'media'],
		[s.media.caption, 'caption'],
		[s.media.credit, 'credit'],
		[s.media.alt, 'alt'],
		[s.group, 'group'],
		[s.display, 'display'],
		[s.uniqueId, 'id']
	];
	for (const [html, field] of fields) {
		if (html.includes('<') && htmlDepth(html) > MAX_HTML_DEPTH) {
			errors.push({ file, ...s.at(field), ...issue('tjsHtmlTooDeep', { limit: MAX_HTML_DEPTH }) });
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Shared: numbers and dates

type IntRead = { ok: true; value: number | undefined } | { ok: false };

/** A whole number from a cell or JSON value ("1,815", " 08", 602, "-13800000000"); undefined when empty. */
function readInt(v: unknown): IntRead {
	if (v === undefined || v === null || v === '') return { ok: true, value: undefined };
	if (typeof v === 'number') return Number.isInteger(v) ? { ok: true, value: v } : { ok: false };
	if (typeof v !== 'string') return { ok: false };
	// TimelineJS strips spaces and commas ("13,800,000,000") before reading a number.
	const s = v.replace(/[\s,]+/g, '');
	if (s === '') return { ok: true, value: undefined };
	return /^-?\d+$/.test(s) ? { ok: true, value: Number(s) } : { ok: false };
}

const RANGES: Record<string, [number, number]> = {
	month: [1, 12],
	day: [1, 31],
	hour: [0, 23],
	minute: [0, 59],
	second: [0, 59],
	millisecond: [0, 999]
};

/** Parts outside their range are errors (a day that its month lacks, 30 February, is the loader's to report). */
function checkRanges(
	parts: Record<string, number | undefined>,
	placeOf: (k: string) => Place,
	file: string,
	errors: Issue[]
): void {
	for (const [k, v] of Object.entries(parts)) {
		const range = RANGES[k];
		if (v === undefined || !range) continue;
		if (v < range[0] || v > range[1])
			errors.push({ file, ...placeOf(k), ...issue('tjsOutOfRange', { value: v, part: k as DatePart }) });
	}
}

/** The year of a date when Sourceline cannot draw it (before 1, after 9999), else null. */
function undrawableYear(p: DateParts): string | null {
	return p.year >= 1 && p.year <= 9999 ? null : p.yearText;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A date as Sourceline writes it, as precise as its parts and no more: year → YYYY, month → YYYY-MM,
 * day → YYYY-MM-DD, hour or minute → a time in UTC. Parts it cannot keep are named in `dropped`.
 */
function writeDate(p: DateParts): { text: string; time: string | null; dropped: DroppedPart[] } {
	const dropped: DroppedPart[] = [];
	let text = String(p.year).padStart(4, '0');
	const hasTime = p.hour !== undefined || p.minute !== undefined || p.second !== undefined;
	if (p.month === undefined) {
		if (p.day !== undefined) dropped.push('dayWithoutMonth');
		if (hasTime) dropped.push('timeWithoutDay');
		return { text, time: null, dropped };
	}
	text += `-${two(p.month)}`;
	if (p.day === undefined) {
		if (hasTime) dropped.push('timeWithoutDay');
		return { text, time: null, dropped };
	}
	text += `-${two(p.day)}`;
	if (!hasTime) return { text, time: null, dropped };
	if (p.hour === undefined) {
		dropped.push('minutesWithoutHour');
		return { text, time: null, dropped };
	}
	let time = `${two(p.hour)}:${two(p.minute ?? 0)}`;
	if (p.second !== undefined) time += `:${two(p.second)}`;
	if (p.millisecond) dropped.push('milliseconds');
	return { text: `${text}T${time}Z`, time, dropped };
}

// ---------------------------------------------------------------------------------------------
// Shared: media and links

const IMAGE_EXT = /\.(?:jpe?g|png|gif|svg|webp|avif|bmp|tiff?)$/i;
const VIDEO_EXT = /\.(?:mp4|m4v|webm|mov|ogv)$/i;
const AUDIO_EXT = /\.(?:mp3|wav|m4a|ogg|oga|flac|aac)$/i;
/**
 * Hosts whose pages are a picture, a clip, a map or a post that TimelineJS embeds: media, not
 * reporting. Matched on the host name and its subdomains.
 */
const MEDIA_HOSTS = [
	'youtube.com',
	'youtu.be',
	'youtube-nocookie.com',
	'vimeo.com',
	'dailymotion.com',
	'dai.ly',
	'vine.co',
	'tiktok.com',
	'bsky.app',
	'soundcloud.com',
	'spotify.com',
	'twitter.com',
	'x.com',
	'flickr.com',
	'flic.kr',
	'staticflickr.com',
	'instagram.com',
	'instagr.am',
	'imgur.com',
	'giphy.com',
	'wistia.com',
	'wi.st',
	'upload.wikimedia.org',
	'googleusercontent.com',
	'drive.google.com',
	'docs.google.com'
];

/** Whether a Media URL is a file or an embed (kept as the event's media) rather than a web page (a source). */
export function isMediaUrl(href: string): boolean {
	const u = new URL(href);
	const host = u.hostname.toLowerCase();
	const path = decoded(u.pathname);
	if (IMAGE_EXT.test(path) || VIDEO_EXT.test(path) || AUDIO_EXT.test(path)) return true;
	if (MEDIA_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return true;
	// A Commons file page, a Wikipedia picture viewer, a Google map: a picture or a map, not an article.
	if (host === 'commons.wikimedia.org' && path.startsWith('/wiki/File:')) return true;
	if (/(^|\.)wiki[mp]edia\.org$/.test(host) && u.hash.startsWith('#/media/')) return true;
	return /(^|\.)google\.[a-z.]+$/.test(host) && path.startsWith('/maps');
}

/** Bare http(s) addresses in plain text (TimelineJS's autolink makes them links); trailing punctuation is not part of them. */
function bareUrls(text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(/https?:\/\/[A-Za-z0-9][^\s<>"'«»“”]*/g)) {
		let url = m[0].replace(/[.,;:!?]+$/, '');
		// "(see https://x.org/a)" keeps its ")" out; "https://x.org/Grand_Canal_(China)" keeps it in.
		while (url.endsWith(')') && count(url, '(') < count(url, ')')) url = url.slice(0, -1);
		// Text that only looks like an address stays text; it is not a dropped link.
		if (safeHttpUrl(url)) out.push(url);
	}
	return out;
}

/** A URL path with its %-escapes decoded, or as it is when they are broken. */
function decoded(path: string): string {
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}

const count = (s: string, c: string) => s.split(c).length - 1;

/** The host name without "www.", as a source's publisher. */
const hostOf = (href: string) => new URL(href).hostname.replace(/^www\./, '');

/** Text from a few words of longer text, for a title: up to ten words or 80 characters. */
function firstWords(text: string): string {
	const line = text.split('\n')[0]!.trim();
	const words = line.split(/\s+/);
	let out = words.slice(0, 10).join(' ');
	if (out.length > 80) out = out.slice(0, 79).trimEnd();
	return out.length < line.length ? `${out}…` : out;
}

// ---------------------------------------------------------------------------------------------
// The conversion

/** The sources made at import, one per URL, shared by every event that links to it. */
class SourceList {
	readonly list: SourceOut[] = [];
	readonly places: Place[] = [];
	private byUrl = new Map<string, SourceOut>();
	private taken = new Set<string>();

	/** The source for a safe URL: made on first use, with `title` and `note` if they fit. */
	get(url: string, place: Place, title?: string, note?: string): SourceOut {
		const known = this.byUrl.get(url);
		if (known) return known;
		const source: SourceOut = { id: sourceSlug(url, this.taken), publisher: hostOf(url), url, kind: 'unknown' };
		// Text that does not fit stays where it was (the summary), whole; a source's title is one line.
		if (title && title.length <= LIMITS.title && !title.includes('\n') && title !== url) source.title = title;
		if (note && note.length <= LIMITS.summary) source.note = note;
		this.byUrl.set(url, source);
		this.list.push(source);
		this.places.push(place);
		return source;
	}
}

/** Import notes: one per change, or one per kind of change that names every place it happened. */
class Notes {
	private issues: Issue[] = [];
	/** By kind of change (its code, and for times whether they are end times). */
	private tallies = new Map<string, { code: TallyCode; end: boolean; labels: Listed[]; places: Place[] }>();

	constructor(private file: string) {}

	add(c: Coded, place: Place): void {
		this.issues.push({ file: this.file, ...place, ...c, warning: true });
	}

	/** Count a change of one kind; the note lists where (up to MAX_LISTED places). */
	tally(code: TallyCode, label: Listed, place: Place, end = false): void {
		const key = `${code}${end ? ' end' : ''}`;
		let t = this.tallies.get(key);
		if (!t) this.tallies.set(key, (t = { code, end, labels: [], places: [] }));
		t.labels.push(label);
		t.places.push(place);
	}

	/** Every note; a tally of one change points at its place, one of several at the column they share. */
	all(): Issue[] {
		const out = [...this.issues];
		for (const t of this.tallies.values()) {
			const n = t.labels.length;
			const tally: TallyParams = { count: n, listed: t.labels.slice(0, MAX_LISTED), more: Math.max(0, n - MAX_LISTED) };
			const columns = new Set(t.places.map((p) => p.column));
			const place: Place =
				n === 1 ? t.places[0]! : columns.size === 1 && t.places[0]!.column ? { column: t.places[0]!.column } : {};
			const said = t.code === 'tjsUtcTimes' ? issue(t.code, { ...tally, end: t.end }) : issue(t.code, tally);
			out.push({ file: this.file, ...place, ...said, warning: true });
		}
		return out;
	}
}

/** Makes (or reuses) the source for a link of the slide and adds it to the event; null when the link is not http(s). */
type Cite = (href: string, field: Field, title?: string, note?: string) => SourceOut | null;

/** Everything one conversion builds, shared by the steps that convert slides. */
interface Context {
	input: Input;
	notes: Notes;
	language: string;
	sources: SourceList;
	counts: { media: number; quotes: number };
}

/** Convert read slides into a Sourceline file, its report and its `locate`. */
function convert(input: Input, options: TimelineJsOptions): Converted {
	const { notes, file } = input;
	const language = options.language ?? 'en';
	if (options.language === undefined) {
		notes.add(issue('tjsLanguageAssumed', {}), {});
	}
	const ctx: Context = { input, notes, language, sources: new SourceList(), counts: { media: 0, quotes: 0 } };
	const head = titleOf(input);
	const ids = reservedIds(input.events, notes);
	const events: EventOut[] = [];
	const origins: EventOrigin[] = [];
	for (const slide of input.events) {
		const made = eventOf(slide, ctx, ids);
		if (!made) continue;
		events.push(made.event);
		origins.push(made.origin);
	}
	const eras: { title: string; start: string; end: string }[] = [];
	const eraSlides: Slide[] = [];
	for (const slide of input.eras) {
		const era = eraOf(slide, notes);
		if (era) {
			eras.push(era);
			eraSlides.push(slide);
		}
	}
	tallyDropped(input, notes);
	const unsourced = events.filter((e) => !e.sources.length).length;
	if (unsourced) notes.add(issue('noSourceCount', { count: unsourced, total: events.length }), {});
	if (ctx.counts.media) notes.add(issue('tjsMediaAsLinks', { count: ctx.counts.media }), {});
	const json = {
		id: slugify(baseName(file)) || 'timeline',
		title: head.title,
		...(head.description ? { description: head.description } : {}),
		language,
		sources: ctx.sources.list,
		...(eras.length ? { eras } : {}),
		events
	};
	const report: ImportReport = {
		format: input.format,
		events: events.length,
		sources: ctx.sources.list.length,
		quotes: ctx.counts.quotes,
		changes: notes.all()
	};
	return { ok: true, json, report, locate: locator(input, origins, eraSlides, ctx.sources.places) };
}

/** The timeline's title and description, from the title slide, else the file name. */
function titleOf(input: Input): { title: string; description?: string } {
	const s = input.title;
	const name = baseName(input.file) || 'Imported timeline';
	if (!s) {
		input.notes.add(issue('tjsNoTitleSlide', { name }), {});
		return { title: name };
	}
	// A timeline's title and description hold no links: their addresses are written into the text.
	const head = linkedText(s.headline, LIMITS.title, s, 'headline', input.notes);
	const body = htmlToText(s.text, { inlineLinks: true });
	const title = head.text;
	if (!title) input.notes.add(issue('tjsTitleNoHeadline', { name }), s.at('headline'));
	for (const l of head.links) safeLink(l.href, s, 'headline', input.notes);
	for (const l of body.links) safeLink(l.href, s, 'text', input.notes);
	const description = body.text;
	if (s.media.url) input.notes.add(issue('tjsTitleMedia', {}), s.at('media'));
	return { title: title || name, ...(description ? { description } : {}) };
}

/** Ids in use (`taken`), and which slide owns each valid unique_id. */
interface Ids {
	taken: Set<string>;
	owner: Map<string, Slide>;
}

/** The `unique_id`s that are valid slugs, reserved first so that ids made for other events never take them. */
function reservedIds(slides: Slide[], notes: Notes): Ids {
	const ids: Ids = { taken: new Set(), owner: new Map() };
	for (const s of slides) {
		if (!s.uniqueId || !SLUG_RE.test(s.uniqueId) || s.uniqueId.length > LIMITS.id) continue;
		if (ids.owner.has(s.uniqueId)) {
			notes.add(issue('tjsUniqueIdTwice', { slide: s.label, id: s.uniqueId }), s.at('id'));
		} else {
			ids.owner.set(s.uniqueId, s);
			ids.taken.add(s.uniqueId);
		}
	}
	return ids;
}

/** One event slide as a Sourceline event, or null when it is left out (with a note saying why). */
function eventOf(s: Slide, ctx: Context, ids: Ids): { event: EventOut; origin: EventOrigin } | null {
	const { notes } = ctx;
	const head = htmlToText(s.headline);
	const body = htmlToText(s.text);
	const named = head.text ? excerpt(head.text) : '';
	if (!s.start) {
		notes.add(issue('tjsNoStartYear', { slide: s.label, headline: named }), s.at('start'));
		return null;
	}
	const undrawable = undrawableYear(s.start) ?? (s.end ? undrawableYear(s.end) : null);
	if (undrawable !== null) {
		const field = undrawableYear(s.start) !== null ? 'start' : 'end';
		notes.add(issue('tjsUndrawable', { slide: s.label, headline: named, year: undrawable }), s.at(field));
		return null;
	}
	const from = writeDate(s.start);
	const to = s.end ? writeDate(s.end) : null;
	for (const [d, field] of [
		[from, 'start'],
		[to, 'end']
	] as const) {
		if (!d) continue;
		const timeField = field === 'start' ? 'time' : 'endTime';
		if (d.dropped.length)
			notes.add(
				issue('tjsPartsDropped', { slide: s.label, headline: named, dropped: d.dropped, end: field === 'end' }),
				s.at(d.dropped.includes('dayWithoutMonth') ? field : timeField)
			);
		if (d.time)
			notes.tally('tjsUtcTimes', { at: s.label, detail: d.time, style: 'paren' }, s.at(timeField), field === 'end');
	}
	const event: EventOut = {
		id: '',
		title: '',
		date: to && to.text !== from.text ? { start: from.text, end: to.text } : from.text,
		sources: []
	};
	const origin: EventOrigin = { slide: s, title: 'headline', id: 'id', summary: 'text', sources: [] };
	const cite: Cite = (href, field, title, note) => {
		const safe = safeLink(href, s, field, notes);
		if (!safe) return null;
		const source = ctx.sources.get(safe, s.at(field), title, note);
		if (!event.sources.includes(source.id)) {
			event.sources.push(source.id);
			origin.sources.push(field);
		}
		return source;
	};
	for (const l of head.links) cite(l.href, 'headline', l.text);
	for (const l of body.links) cite(l.href, 'text', l.text);
	if (s.autolink) {
		for (const url of bareUrls(head.text)) cite(url, 'headline');
		for (const url of bareUrls(body.text)) cite(url, 'text');
	}
	const summary = body.text ? [body.text] : [];
	mediaOf(s, ctx, event, summary, cite);
	if (!body.text && summary.length) origin.summary = 'media';
	if (summary.length) event.summary = summary.join('\n\n');
	const display = htmlToText(s.display).text;
	if (display) event.dateNote = `Shown as: ${display}`;
	const group = htmlToText(s.group).text;
	if (group) event.group = group;
	event.title = head.text;
	if (!event.title) {
		const [text, field] = display
			? [display, 'display' as const]
			: body.text
				? [firstWords(body.text), 'text' as const]
				: [typeof event.date === 'string' ? event.date : `${event.date.start} – ${event.date.end}`, 'start' as const];
		event.title = text;
		origin.title = field;
		notes.add(issue('tjsNoHeadline', { slide: s.label, from: field, title: excerpt(text) }), s.at('headline'));
	}
	event.id = idOf(s, event, origin, ids, notes);
	return { event: orderFields(event), origin };
}

/** The event's id: its unique_id when that is a slug no earlier event took, else one made (noted). */
function idOf(s: Slide, event: EventOut, origin: EventOrigin, ids: Ids, notes: Notes): string {
	const given = s.uniqueId;
	if (given && ids.owner.get(given) === s) return given;
	if (given && !ids.owner.has(given)) {
		// Made from its text: markup in an id is not part of its name.
		const id = uniqueSlug(htmlToText(given).text, ids.taken);
		notes.add(issue('tjsUniqueIdNotSlug', { slide: s.label, given: excerpt(given), id }), s.at('id'));
		return id;
	}
	origin.id = origin.title;
	const id = uniqueSlug(event.title, ids.taken);
	notes.tally('tjsIdsMade', { at: s.label, detail: id, style: 'arrow' }, s.at(origin.title));
	return id;
}

/**
 * The slide's media: a web page becomes a source; a picture, clip, map or post the event's `media`
 * (a link, never embedded); a blockquote a quote when something credits it, else text in the
 * summary. Caption and credit go with the media or source, or into the summary when there is neither.
 */
function mediaOf(s: Slide, ctx: Context, event: EventOut, summary: string[], cite: Cite): void {
	const { notes } = ctx;
	const m = s.media;
	const caption = htmlToText(m.caption, { inlineLinks: true });
	const credit = linkedText(m.credit, LIMITS.shortText, s, 'credit', notes);
	const alt = htmlToText(m.alt).text;
	let placed = false;
	const keepAsMedia = (url: string) => {
		event.media = {
			url,
			...(caption.text ? { caption: caption.text } : {}),
			...(credit.text ? { credit: credit.text } : {}),
			...(alt ? { alt } : {})
		};
		ctx.counts.media++;
		placed = true;
	};
	if (m.thumbnail) notes.tally('tjsThumbnails', { at: s.label }, s.at('thumbnail'));
	if (m.title) notes.tally('tjsMediaTitles', { at: s.label }, s.at('mediaTitle'));
	if (m.url.startsWith('<')) {
		const html = readMediaHtml(m.url);
		for (const q of html.quotes) quoteOf(q, s, ctx, event, summary, [caption.links, credit.links], cite);
		if (html.rest.text) summary.push(html.rest.text);
		for (const l of html.rest.links) cite(l.href, 'media', l.text);
		const [embed, ...others] = html.embeds;
		if (embed !== undefined) {
			const safe = safeLink(embed, s, 'media', notes);
			if (safe) {
				keepAsMedia(safe);
				notes.tally('tjsFrames', { at: s.label }, s.at('media'));
			}
		}
		if (others.length) notes.add(issue('tjsMoreEmbeds', { slide: s.label, count: others.length }), s.at('media'));
	} else if (m.url) {
		let url = m.url;
		if (url.startsWith('//')) {
			url = `https:${url}`;
			notes.add(issue('tjsNoScheme', { slide: s.label, url: excerpt(m.url) }), s.at('media'));
		}
		const safe = safeLink(url, s, 'media', notes);
		if (safe && isMediaUrl(safe)) keepAsMedia(safe);
		else if (safe) {
			// A web page: a source, titled by its caption and credited in its note when it is new and they fit.
			const note = credit.text ? `Credit: ${credit.text}` : undefined;
			const source = cite(safe, 'media', caption.text || undefined, note);
			placed = source !== null && (!caption.text || source.title === caption.text) && (!note || source.note === note);
		}
		if (alt && !event.media) notes.tally('tjsAltDropped', { at: s.label }, s.at('alt'));
	}
	if (m.link && m.link !== m.url) {
		notes.tally('tjsMediaLinks', { at: s.label, detail: excerpt(m.link), style: 'paren' }, s.at('link'));
	}
	if (!placed) {
		if (caption.text) summary.push(`Caption: ${caption.text}`);
		if (credit.text) summary.push(`Credit: ${credit.text}`);
	}
}

/** A blockquote: a quote when it names its speaker and a link credits it, else its text in the summary. */
function quoteOf(
	q: HtmlQuote,
	s: Slide,
	ctx: Context,
	event: EventOut,
	summary: string[],
	creditLinks: HtmlLink[][],
	cite: Cite
): void {
	const tweet = q.cite ? null : tweetOf(q);
	// The dash authors put before a <cite> separates it; it is not part of the words quoted.
	const text = (tweet?.text ?? q.text).replace(/[\s\u2014\u2013-]+$/u, '');
	const speaker = tweet?.speaker ?? q.cite;
	if (!text) return;
	const bodyLinks = tweet ? q.links.filter((l) => l !== tweet.link) : q.links;
	if (bodyLinks.length) {
		ctx.notes.tally('tjsQuoteLinks', { at: s.label }, s.at('media'));
	}
	const link = tweet ? tweet.link : [q.citeLinks, ...creditLinks].flat().find((l) => safeHttpUrl(l.href));
	if (speaker && link) {
		// A tweet's status link is dated text ("January 1, 2018"), not a title.
		const source = cite(link.href, 'media', tweet ? undefined : link.text);
		if (source) {
			(event.quotes ??= []).push({ text, speaker, source: source.id, language: ctx.language });
			ctx.counts.quotes++;
			return;
		}
	}
	summary.push(speaker ? `“${text}” — ${speaker}` : `“${text}”`);
	ctx.notes.add(issue('tjsQuoteInSummary', { slide: s.label, why: speaker ? 'noSource' : 'noSpeaker' }), s.at('media'));
}

const STATUS_URL = /^https:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/[A-Za-z0-9_]+\/status\/\d+/;

/**
 * The embed code Twitter/X gives (`<blockquote class="twitter-tweet">`, which TimelineJS accepts as
 * Media) names its author and links the post on its last line: "— Name (@handle) <a href=…/status/…>date</a>".
 * That is a speaker and a source; anything else is not read as a tweet.
 */
function tweetOf(q: HtmlQuote): { text: string; speaker: string; link: HtmlLink } | null {
	const lines = q.text.split('\n');
	const last = lines.pop()?.trim() ?? '';
	const link = q.links.at(-1);
	const m = /^[\u2014\u2013-]+\s*(.+)$/u.exec(last);
	if (!m || !link || !STATUS_URL.test(link.href) || !last.endsWith(link.text)) return null;
	const speaker = m[1]!.slice(0, m[1]!.length - link.text.length).trim();
	const text = lines.join('\n').trim();
	return speaker && text ? { text, speaker, link } : null;
}

/**
 * Text for a field that cannot hold links, with their addresses written in; when that would pass the
 * field's limit and the text alone would not, the addresses are left out (noted): the author's own
 * words are never cut, and a limit is never passed by what the import added.
 */
function linkedText(html: string, max: number, s: Slide, field: Field, notes: Notes): HtmlText {
	const linked = htmlToText(html, { inlineLinks: true });
	if (linked.text.length <= max) return linked;
	const bare = htmlToText(html);
	if (bare.text.length > max) return linked;
	notes.add(issue('tjsLinksLeftOut', { slide: s.label, limit: max }), s.at(field));
	return bare;
}

/** The normalised address of a safe http(s) link, or null with a note (javascript:, data:, relative, …). */
function safeLink(href: string, s: Slide, field: Field, notes: Notes): string | null {
	const safe = href ? safeHttpUrl(href) : null;
	if (!safe) {
		notes.tally('tjsBadLinks', { at: s.label, detail: excerpt(href, 30), style: 'quoted' }, s.at(field));
	}
	return safe;
}

/** An era slide as an era, or null when it cannot be one (no end, a year Sourceline cannot draw, end before start). */
function eraOf(s: Slide, notes: Notes): { title: string; start: string; end: string } | null {
	const title = htmlToText(s.headline).text;
	const named = title ? excerpt(title) : '';
	if (!s.start || !s.end) {
		const missing = s.start ? 'end' : 'start';
		notes.add(issue('tjsEraNoDate', { slide: s.label, headline: named, missing }), s.at(missing));
		return null;
	}
	const undrawable = undrawableYear(s.start) ?? undrawableYear(s.end);
	if (undrawable !== null) {
		notes.add(issue('tjsEraUndrawable', { slide: s.label, headline: named, year: undrawable }), s.at('start'));
		return null;
	}
	const start = writeDate(s.start).text;
	const end = writeDate(s.end).text;
	const w = parseWhen({ start, end });
	if (!w.ok) {
		notes.add(issue('tjsEraBadDates', { slide: s.label, headline: named, why: w.why }), s.at('end'));
		return null;
	}
	if (!title) notes.add(issue('tjsEraNoHeadline', { slide: s.label }), s.at('headline'));
	return { title: title || `${start} – ${end}`, start, end };
}

/** Notes for what no Sourceline field holds: slide backgrounds. */
function tallyDropped(input: Input, notes: Notes): void {
	for (const s of [...(input.title ? [input.title] : []), ...input.events, ...input.eras]) {
		if (s.background) notes.tally('tjsBackgrounds', { at: s.label }, s.at('background'));
	}
}

/** The event's fields in the order the format documents them (a readable converted file). */
function orderFields(e: EventOut): EventOut {
	return {
		id: e.id,
		title: e.title,
		date: e.date,
		...(e.dateNote ? { dateNote: e.dateNote } : {}),
		...(e.summary ? { summary: e.summary } : {}),
		...(e.group ? { group: e.group } : {}),
		...(e.media ? { media: e.media } : {}),
		...(e.quotes ? { quotes: e.quotes } : {}),
		sources: e.sources
	};
}

// ---------------------------------------------------------------------------------------------
// Locating converted paths in the original

const FIELD_OF: Record<string, Field> = {
	title: 'headline',
	date: 'start',
	dateNote: 'display',
	summary: 'text',
	group: 'group',
	media: 'media',
	quotes: 'media'
};
const MEDIA_FIELD: Record<string, Field> = { url: 'media', caption: 'caption', credit: 'credit', alt: 'alt' };

/** Maps a JSON path of the converted file (`events[3].date`) to the row and column, or path, it came from. */
function locator(
	input: Input,
	origins: EventOrigin[],
	eras: Slide[],
	sourcePlaces: Place[]
): (path: string) => Place | null {
	return (path) => {
		const m = /^(events|eras|sources)\[(\d+)\](?:\.([A-Za-z]+))?(?:\[(\d+)\]|\.([A-Za-z]+))?/.exec(path);
		if (!m) {
			const s = input.title;
			if (path === 'title' && s?.headline) return s.at('headline');
			if (path === 'description' && s) return s.at('text');
			return null;
		}
		const [, list, index, key, subIndex, subKey] = m;
		const i = Number(index);
		if (list === 'sources') return sourcePlaces[i] ?? null;
		if (list === 'eras') {
			const s = eras[i];
			if (!s) return null;
			return key === 'title'
				? s.at('headline')
				: key === 'start'
					? s.at('start')
					: key === 'end'
						? s.at('end')
						: s.place;
		}
		const o = origins[i];
		if (!o) return null;
		if (key === undefined) return o.slide.place;
		if (key === 'id') return o.slide.at(o.id);
		if (key === 'title') return o.slide.at(o.title);
		if (key === 'summary') return o.slide.at(o.summary);
		if (key === 'date') return o.slide.at(subKey === 'end' ? 'end' : 'start');
		if (key === 'sources') return o.slide.at(o.sources[Number(subIndex)] ?? 'text');
		if (key === 'media' && subKey) return o.slide.at(MEDIA_FIELD[subKey] ?? 'media');
		const field = FIELD_OF[key];
		return field ? o.slide.at(field) : o.slide.place;
	};
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function isObj(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An own property only: `constructor`, `toString` or `__proto__` of a plain object are not data. */
function own(obj: Record<string, unknown>, key: string): unknown {
	return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function isEmptyObject(v: unknown): boolean {
	return isObj(v) && Object.keys(v).length === 0;
}

/** The entries whose value is defined (optional fields are absent, never `undefined`). */
function defined(parts: Record<string, number | undefined>): Partial<Record<string, number>> {
	const out: Record<string, number> = {};
	for (const [k, v] of Object.entries(parts)) if (v !== undefined) out[k] = v;
	return out;
}

/** The file's name without folders or extension ("data/my-own-timeline.csv" → "my-own-timeline"). */
function baseName(file: string): string {
	return (file.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '').trim();
}

/** A failed conversion, its errors capped like the loader's. */
function fail(errors: Issue[]): Converted {
	if (errors.length <= MAX_ERRORS) return { ok: false, errors };
	const file = errors[0]!.file;
	return {
		ok: false,
		errors: [...errors.slice(0, MAX_ERRORS), { file, ...issue('moreErrors', { count: errors.length - MAX_ERRORS }) }]
	};
}

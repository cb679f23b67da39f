/**
 * The one door every timeline comes through (built-in story, file picker, `?data=`): JSON text in,
 * either a valid, sorted, normalised timeline or a list of errors that each name the file, the JSON
 * path and the reason in plain words.
 */
import * as v from 'valibot';
import { TimelineFileSchema, type TimelineFile } from './schema';
import { crossCheck } from './validate';
import { compileQuickCheck } from './quick-check';
import { LIMITS } from './limits';
import { parseWhen, excerpt } from '../time/dates';
import { lowerBound } from '../time/search';
import type { Era, PublishedFile, Timeline, TimelineEvent } from './model';
import { corroborator } from './provenance';

/** One problem in one file. */
export interface LoadError {
	file: string;
	/** JSON path like `events[3].quotes[0].source`, or "(file)" for the file as a whole. */
	path: string;
	message: string;
}

/** A loaded timeline, or why not. */
export type LoadResult = { ok: true; timeline: Timeline } | { ok: false; errors: LoadError[] };

/** Errors beyond this many are summarised, so a broken 100,000-event file stays readable. */
export const MAX_ERRORS = 100;

const IDENT_RE = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Format a path from its keys: `events[3].quotes[0].source`. */
export function formatPath(keys: readonly (string | number)[]): string {
	let out = '';
	for (const k of keys) {
		if (typeof k === 'number') out += `[${k}]`;
		else if (IDENT_RE.test(k)) out += out ? `.${k}` : k;
		else out += `[${JSON.stringify(excerpt(k, 30))}]`;
	}
	return out || '(root)';
}

function issueKeys(issue: v.BaseIssue<unknown>): (string | number)[] {
	return (issue.path ?? []).map((p) => (typeof p.key === 'number' ? p.key : String(p.key)));
}

const TYPE_WORDS: Record<string, string> = {
	string: 'text',
	array: 'a list',
	object: 'an object',
	strict_object: 'an object',
	picklist: 'one of the allowed values',
	number: 'a number'
};

/** A valibot issue in plain words. */
function describe(issue: v.BaseIssue<unknown>): string {
	if (issue.kind !== 'schema') return issue.message;
	if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a known field';
	if (issue.received === 'undefined') return 'is missing';
	if (issue.type === 'union' || issue.type === 'picklist') return issue.message;
	const want = TYPE_WORDS[issue.type] ?? issue.expected ?? issue.type;
	const got = issue.received === 'null' ? 'null' : issue.received;
	return `must be ${want}, not ${got}`;
}

/** Says whether JSON passes the schema, without valibot's copies; valibot runs only to explain a "no". */
const passesSchema = compileQuickCheck(TimelineFileSchema);

/** Every problem in unknown JSON (schema and cross checks), sorted by path; [] when it is valid. */
export function validateTimeline(json: unknown, file: string): LoadError[] {
	// Not an object at all: one plain message instead of one "is missing" per field.
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		const got = Array.isArray(json) ? 'a list' : json === null ? 'null' : typeof json;
		return [
			{
				file,
				path: '(file)',
				message: `must be a JSON object describing a timeline (with "id", "title", "language", "sources" and "events"), not ${got}`
			}
		];
	}
	const errors: LoadError[] = [];
	if (!passesSchema(json)) {
		const parsed = v.safeParse(TimelineFileSchema, json, { abortPipeEarly: true });
		if (!parsed.success)
			for (const issue of parsed.issues)
				errors.push({ file, path: formatPath(issueKeys(issue)), message: describe(issue) });
	}
	// Cross checks run even when the schema failed, so one pass shows every problem.
	const seen = new Set(errors.map((e) => e.path + '\n' + e.message));
	for (const e of crossCheck(json)) {
		if (!seen.has(e.path + '\n' + e.message)) errors.push({ file, ...e });
	}
	errors.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
	return capErrors(errors, file);
}

/** Turn unknown JSON into a timeline or precise errors; `json` itself is left as it was. */
export function loadTimelineData(json: unknown, file: string): LoadResult {
	const errors = validateTimeline(json, file);
	return errors.length
		? { ok: false, errors }
		: { ok: true, timeline: normalise(structuredClone(json) as TimelineFile) };
}

/** Parse JSON text (size-checked) into a timeline or precise errors. */
export function loadTimelineText(text: string, file: string): LoadResult {
	// Characters are a lower bound of bytes, so this never lets an over-size file through.
	if (text.length > LIMITS.fileBytes) return { ok: false, errors: [tooBig(file, text.length)] };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		const reason = e instanceof Error ? e.message : String(e);
		return { ok: false, errors: [{ file, path: '(file)', message: `is not valid JSON: ${excerpt(reason, 160)}` }] };
	}
	// The parsed objects are ours alone, so the timeline is made of them without a copy.
	const errors = validateTimeline(json, file);
	return errors.length ? { ok: false, errors } : { ok: true, timeline: normalise(json as TimelineFile) };
}

/** The error for a file over the size limit. */
export function tooBig(file: string, size: number): LoadError {
	const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
	return {
		file,
		path: '(file)',
		message: `is ${mb(size)} MB; the limit is ${mb(LIMITS.fileBytes)} MB`
	};
}

function capErrors(errors: LoadError[], file: string): LoadError[] {
	if (errors.length <= MAX_ERRORS) return errors;
	return [
		...errors.slice(0, MAX_ERRORS),
		{ file, path: '(file)', message: `and ${errors.length - MAX_ERRORS} more errors not shown` }
	];
}

/**
 * Sort by start, then end, then id, in place; a file already in order is only checked. `starts` and
 * `ends` hold each event's bounds in the current order: typed arrays read in order, where 100,000
 * events scattered over the heap would be chased pointer by pointer.
 */
function sortEvents(events: TimelineEvent[], starts: Float64Array, ends: Float64Array): void {
	const n = events.length;
	const before = (a: number, b: number) =>
		starts[a]! - starts[b]! || ends[a]! - ends[b]! || (events[a]!.id < events[b]!.id ? -1 : 1);
	let sorted = true;
	for (let i = 1; i < n && sorted; i++) sorted = before(i - 1, i) < 0;
	if (sorted) return;
	const order = startOrder(starts);
	// Events that start together (often dozens on one day) are ordered by end, then id.
	for (let a = 0; a < n;) {
		let b = a + 1;
		while (b < n && starts[order[b]!] === starts[order[a]!]) b++;
		if (b - a > 1) order.subarray(a, b).sort(before);
		a = b;
	}
	const copy = events.slice();
	for (let i = 0; i < n; i++) events[i] = copy[order[i]!]!;
}

/**
 * Indices by start time: the starts sorted natively (no comparator), then each index dropped into the
 * first free slot of its start's run. Several times faster than a comparator sort of 100,000 indices.
 */
function startOrder(starts: Float64Array): Uint32Array {
	const n = starts.length;
	const sortedStarts = starts.slice().sort();
	const filled = new Uint32Array(n);
	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) {
		const lo = lowerBound(sortedStarts, starts[i]!);
		order[lo + filled[lo]!++] = i;
	}
	return order;
}

/**
 * A validated file as the app's timeline: dates parsed, events sorted by start, then end, then id
 * (stable whatever the file order), corroboration judged, lookups built. Adds `when`, `order` and
 * `corroboration` to the event objects it is given (fresh objects from JSON.parse or a copy), so
 * 100,000 events are not copied again.
 * Only for data that passed `validateTimeline` (or, in `load-async.ts`, data whose verdict is pending
 * and whose result is thrown away unless it passes).
 */
export function normalise(data: TimelineFile | PublishedFile): Timeline {
	const events = data.events as TimelineEvent[];
	const sourceById = new Map(data.sources.map((s) => [s.id, s]));
	const judge = corroborator(sourceById);
	const starts = new Float64Array(events.length);
	const ends = new Float64Array(events.length);
	for (let i = 0; i < events.length; i++) {
		const e = events[i]!;
		const w = parseWhen(e.date);
		// validateTimeline has already rejected unparsable dates.
		if (!w.ok) throw new Error(`unreachable: ${e.id}: ${w.reason}`);
		e.when = w.value;
		e.order = 0;
		e.corroboration = judge(e);
		starts[i] = w.value.start;
		ends[i] = w.value.end;
	}
	sortEvents(events, starts, ends);
	const eventById = new Map<string, TimelineEvent>();
	let min = Infinity;
	let max = -Infinity;
	let maxSpan = 0;
	for (let i = 0; i < events.length; i++) {
		const e = events[i]!;
		e.order = i;
		eventById.set(e.id, e);
		if (e.when.start < min) min = e.when.start;
		if (e.when.end > max) max = e.when.end;
		if (e.when.end - e.when.start > maxSpan) maxSpan = e.when.end - e.when.start;
	}
	return {
		id: data.id,
		title: data.title,
		description: data.description,
		language: data.language,
		sources: data.sources,
		events,
		sourceById,
		eventById,
		extent: events.length ? [min, max] : null,
		maxSpan,
		eras: erasOf(data)
	};
}

/** The file's eras with their dates parsed, in time order (validateTimeline has checked them). */
function erasOf(data: TimelineFile | PublishedFile): Era[] {
	const eras: Era[] = [];
	for (const era of data.eras ?? []) {
		const w = parseWhen({ start: era.start, end: era.end });
		if (w.ok) eras.push({ title: era.title, when: w.value });
	}
	return eras.sort((a, b) => a.when.start - b.when.start || a.when.end - b.when.end);
}

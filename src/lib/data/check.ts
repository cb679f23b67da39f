/**
 * The loader's checks (see load.ts), given the hash that holds archived texts to their SHA-256: the
 * page's own check (load-async.ts) fetches the hashing code only for a file that carries such a text.
 */
import * as v from 'valibot';
import { schemaCode, TimelineFileSchema, type TimelineFile } from './schema';
import { crossCheck, type Hash } from './validate';
import { compileQuickCheck } from './quick-check';
import { LIMITS } from './limits';
import { excerpt } from '../time/dates';
import type { Timeline } from './model';
import { normalise } from './normalise';
import { fileError, tooBig, type LoadError } from './errors';
import { issue } from './issue-codes';
import type { Coded, ValueKind, WantedKind } from './issue-codes';

export type { LoadError } from './errors';
export { digestChecks, type Hash } from './validate';

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

const WANTED: Record<string, WantedKind> = {
	string: 'text',
	array: 'list',
	object: 'object',
	strict_object: 'object',
	picklist: 'oneOf',
	number: 'number'
};

/** A valibot issue as a code. */
function describe(i: v.BaseIssue<unknown>): Coded {
	// The schema's own messages filed their code; valibot's (a type mismatch) are worded here.
	const own = (): Coded => schemaCode(i) ?? issue('invalid', { detail: i.message });
	if (i.kind !== 'schema') return own();
	if (i.type === 'strict_object' && i.expected === 'never') return issue('unknownField', {});
	if (i.received === 'undefined') return issue('missing', {});
	if (i.type === 'union' || i.type === 'picklist') return own();
	const want = WANTED[i.type] ?? 'other';
	return issue('wrongType', { want, expected: i.expected ?? i.type, got: i.received });
}

/** One key for problems the schema and the cross checks both find at one place. */
const sameProblem = (e: Coded & { path: string }) => `${e.path}\n${e.code}\n${JSON.stringify(e.params)}`;

/** What a JSON value is, for "must be a JSON object …, not a list". */
function kindOf(json: unknown): ValueKind {
	if (Array.isArray(json)) return 'list';
	if (json === null) return 'null';
	const t = typeof json;
	return t === 'string' || t === 'number' || t === 'boolean' || t === 'undefined' ? t : 'other';
}

/** Says whether JSON passes the schema, without valibot's copies; valibot runs only to explain a "no". */
const passesSchema = compileQuickCheck(TimelineFileSchema);

/** Every problem in unknown JSON (schema and cross checks), sorted by path; [] when it is valid. */
export function validateTimeline(json: unknown, file: string, hash: Hash | null): LoadError[] {
	// Not an object at all: one plain message instead of one "is missing" per field.
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		return [fileError(file, issue('notTimelineObject', { got: kindOf(json) }))];
	}
	const errors: LoadError[] = [];
	if (!passesSchema(json)) {
		const parsed = v.safeParse(TimelineFileSchema, json, { abortPipeEarly: true });
		if (!parsed.success)
			for (const i of parsed.issues) errors.push({ file, path: formatPath(issueKeys(i)), ...describe(i) });
	}
	// Cross checks run even when the schema failed, so one pass shows every problem.
	const seen = new Set(errors.map(sameProblem));
	for (const e of crossCheck(json, hash)) {
		if (!seen.has(sameProblem(e))) errors.push({ file, ...e });
	}
	errors.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
	return capErrors(errors, file);
}

/** Turn unknown JSON into a timeline or precise errors; `json` itself is left as it was. */
export function loadTimelineData(json: unknown, file: string, hash: Hash | null): LoadResult {
	const errors = validateTimeline(json, file, hash);
	return errors.length
		? { ok: false, errors }
		: { ok: true, timeline: normalise(structuredClone(json) as TimelineFile) };
}

/** JSON text (size-checked) parsed, or why it cannot be. */
export function parseTimelineText(
	text: string,
	file: string
): { ok: true; json: unknown } | { ok: false; errors: LoadError[] } {
	// Characters are a lower bound of bytes, so this never lets an over-size file through.
	if (text.length > LIMITS.fileBytes) return { ok: false, errors: [tooBig(file, text.length)] };
	try {
		return { ok: true, json: JSON.parse(text) };
	} catch (e) {
		const reason = e instanceof Error ? e.message : String(e);
		return { ok: false, errors: [fileError(file, issue('notJson', { detail: excerpt(reason, 160) }))] };
	}
}

/** A timeline from freshly parsed JSON, or precise errors: the parsed objects are ours alone, so the timeline is made of them without a copy. */
export function loadParsed(json: unknown, file: string, hash: Hash | null): LoadResult {
	const errors = validateTimeline(json, file, hash);
	return errors.length ? { ok: false, errors } : { ok: true, timeline: normalise(json as TimelineFile) };
}

/** Parse JSON text (size-checked) into a timeline or precise errors. */
export function loadTimelineText(text: string, file: string, hash: Hash | null): LoadResult {
	const parsed = parseTimelineText(text, file);
	return parsed.ok ? loadParsed(parsed.json, file, hash) : parsed;
}

function capErrors(errors: LoadError[], file: string): LoadError[] {
	if (errors.length <= MAX_ERRORS) return errors;
	return [...errors.slice(0, MAX_ERRORS), fileError(file, issue('moreErrors', { count: errors.length - MAX_ERRORS }))];
}

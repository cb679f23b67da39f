/**
 * The timeline file format, written once: it gives the TypeScript types (`TimelineFile` …), the
 * run-time validation (`safeParse(TimelineFileSchema, json)`) and the published JSON Schema
 * (`static/timeline.schema.json`, made by `npm run schema`). Rules that need the whole file
 * (unknown or duplicate ids, cycles) live in `validate.ts`.
 */
import * as v from 'valibot';
import { parseInstant } from '../time/dates';
import { urlProblem } from './urls';
import { LIMITS } from './limits';
import { BAD_CHAR, badCharacter, characters } from './characters';

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NON_BLANK = /\S/;
// The shape only; the calendar check (2025-02-30) is the rawCheck below.
const DATE_SHAPE_RE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const LANG_RE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** A non-empty string of at most `max` characters (code points), without control characters. */
function text(max: number) {
	return v.pipe(
		v.string(),
		// /\S/ rather than trim(): no copy of every string of a 100,000-event file.
		v.check((s) => NON_BLANK.test(s), 'must not be empty'),
		// UTF-16 length is an upper bound of code points: only long strings are counted.
		v.check(
			(s) => s.length <= max || characters(s) <= max,
			(issue) => `is ${characters(issue.input as string)} characters long; the limit is ${max}`
		),
		v.check(
			(s) => !BAD_CHAR.test(s),
			(issue) => badCharacter(issue.input as string) ?? 'contains a character that is not allowed'
		)
	);
}

/** Stable ids: lowercase slugs, never derived from titles at run time. */
export const Slug = v.pipe(
	v.string(),
	v.maxLength(LIMITS.id, `is longer than ${LIMITS.id} characters`),
	v.regex(SLUG_RE, 'must be a slug: lowercase letters, digits and single hyphens, like "rutte-dpa-interview"')
);

/** A written date; see `timeline/dates.ts`. */
export const DateText = v.pipe(
	v.string(),
	v.regex(DATE_SHAPE_RE, 'is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM with a zone'),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const p = parseInstant(dataset.value);
		if (!p.ok) addIssue({ message: p.reason });
	})
);

/** An http(s) URL with no credentials, spaces or control characters. */
export const HttpUrl = v.pipe(
	v.string(),
	v.maxLength(2_000, 'URL is longer than 2000 characters'),
	v.regex(/^https?:\/\//i, 'URL is not http(s)'),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const problem = urlProblem(dataset.value);
		if (problem) addIssue({ message: problem });
	})
);

/** BCP 47 language tag, e.g. "en", "de", "pt-BR". */
export const Language = v.pipe(v.string(), v.regex(LANG_RE, 'must be a language tag like "en" or "de"'));

/** The date of an event: one date, a range, or an uncertain interval. */
export const DateValue = v.union(
	[
		DateText,
		v.strictObject({ start: DateText, end: DateText }),
		v.strictObject({ notBefore: DateText, notAfter: DateText })
	],
	'must be a date string, {"start", "end"} or {"notBefore", "notAfter"}'
);

/** What kind of report a source is; decides how it counts towards corroboration. */
export const SourceKind = v.picklist(
	['primary', 'wire', 'news', 'derivative', 'unreliable', 'unknown'],
	'must be one of primary, wire, news, derivative, unreliable, unknown'
);

/** A moment in UTC, to the minute or second: `2026-11-21T14:03Z`, `2026-11-21T14:03:09Z`. */
export const UtcDateTime = v.pipe(
	v.string(),
	v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?Z$/, 'must be a date and time in UTC, like 2026-11-21T14:03Z'),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const p = parseInstant(dataset.value);
		if (!p.ok) addIssue({ message: p.reason });
	})
);

/** A SHA-256 digest as 64 lowercase hexadecimal digits. */
export const Sha256 = v.pipe(
	v.string(),
	v.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 written as 64 lowercase hexadecimal digits')
);

export const ArchiveSchema = v.strictObject({
	/** When the text was read; absent when the archive did not record it. */
	retrieved: v.optional(DateText),
	/** "full" text of the page, or only the "passages" used. */
	scope: v.picklist(['full', 'passages'], 'must be "full" or "passages"'),
	text: text(LIMITS.archive),
	/** A copy a reader can open, such as a web archive's snapshot of the page. */
	url: v.optional(HttpUrl),
	/** When that copy was captured, in UTC; absent when it is not known (never guessed). */
	captured: v.optional(UtcDateTime),
	/** SHA-256 of `text` (its UTF-8 bytes): a text changed after it was archived no longer loads. */
	sha256: v.optional(Sha256)
});

export const SourceSchema = v.strictObject({
	id: Slug,
	publisher: text(LIMITS.shortText),
	title: v.optional(text(LIMITS.title)),
	url: HttpUrl,
	published: v.optional(DateText),
	kind: SourceKind,
	derivedFrom: v.optional(Slug),
	/** The news agency whose reporting this is (e.g. "DPA"): reports of one agency count once. */
	agency: v.optional(text(LIMITS.shortText)),
	language: v.optional(Language),
	note: v.optional(text(LIMITS.summary)),
	archive: v.optional(ArchiveSchema)
});

export const QuoteSchema = v.strictObject({
	text: text(LIMITS.quote),
	speaker: text(LIMITS.shortText),
	source: Slug,
	language: Language,
	/** Set when the verbatim text is itself a translation: from which language, and by whom. */
	translatedFrom: v.optional(v.strictObject({ language: v.optional(Language), by: text(LIMITS.shortText) })),
	/** An added translation for readers, with whose it is. */
	translation: v.optional(v.strictObject({ text: text(LIMITS.quote), language: Language, by: text(LIMITS.shortText) })),
	note: v.optional(text(LIMITS.summary))
});

export const ClaimSchema = v.strictObject({
	/** The detail the sources disagree on, e.g. "kind of statement". */
	about: text(LIMITS.shortText),
	variants: v.pipe(
		v.array(
			v.strictObject({
				value: text(LIMITS.shortText),
				sources: v.pipe(v.array(Slug), v.minLength(1, 'must name at least one source'))
			})
		),
		v.minLength(2, 'must list at least two variants')
	)
});

/** How sure the author is of a detail: high, medium or low, and why. */
export const ConfidenceSchema = v.strictObject({
	level: v.picklist(['high', 'medium', 'low'], 'must be "high", "medium" or "low"'),
	/** What the level rests on, in a sentence (a level without its reason tells a reader little). */
	note: text(LIMITS.summary)
});

/** What one source of an event is cited for, when it is less than the whole event. */
export const SupportKind = v.picklist(
	['event', 'date', 'attribution', 'quote', 'claim'],
	'must be one of event, date, attribution, quote, claim'
);

export const SupportSchema = v.strictObject({
	source: Slug,
	/**
	 * "event": it reports the event itself (only then does it count in the verdict); "date": the date;
	 * "attribution": where the words come from (the interview, speech, post or document, and to whom);
	 * "quote", "claim": the quotes and claim variants credited to it.
	 */
	supports: v.pipe(v.array(SupportKind), v.minLength(1, 'must name at least one thing the source supports')),
	note: v.optional(text(LIMITS.summary))
});

export const MediaSchema = v.strictObject({
	url: HttpUrl,
	caption: v.optional(text(LIMITS.summary)),
	credit: v.optional(text(LIMITS.shortText)),
	alt: v.optional(text(LIMITS.summary))
});

/** A labelled span of time drawn behind the marks (TimelineJS's eras). */
export const EraSchema = v.strictObject({
	title: text(LIMITS.title),
	start: DateText,
	end: DateText
});

export const EventSchema = v.strictObject({
	id: Slug,
	title: text(LIMITS.title),
	date: DateValue,
	/** What is known about the date beyond its value (time zones, publication vs. occurrence). */
	dateNote: v.optional(text(LIMITS.summary)),
	summary: v.optional(text(LIMITS.summary)),
	actors: v.optional(
		v.pipe(
			v.array(text(LIMITS.shortText)),
			v.maxLength(LIMITS.actorsPerEvent, `names more than ${LIMITS.actorsPerEvent} actors`)
		)
	),
	tags: v.optional(
		v.pipe(
			v.array(text(LIMITS.shortText)),
			v.maxLength(LIMITS.tagsPerEvent, `has more than ${LIMITS.tagsPerEvent} tags`)
		)
	),
	/** A group the timeline can be laid out by (TimelineJS's "Group" column). */
	group: v.optional(text(LIMITS.shortText)),
	/** A picture, video or page that goes with the event, shown as a link (never embedded). */
	media: v.optional(MediaSchema),
	quotes: v.optional(
		v.pipe(v.array(QuoteSchema), v.maxLength(LIMITS.quotesPerEvent, `has more than ${LIMITS.quotesPerEvent} quotes`))
	),
	/** May be empty (an imported timeline often names none): the verdict is then "no source given". */
	sources: v.pipe(
		v.array(Slug),
		v.maxLength(LIMITS.sourcesPerEvent, `names more than ${LIMITS.sourcesPerEvent} sources`)
	),
	claims: v.optional(v.array(ClaimSchema)),
	/** How sure the date and the attribution (where the words come from) are; absent: as the sources say. */
	confidence: v.optional(
		v.strictObject({ date: v.optional(ConfidenceSchema), attribution: v.optional(ConfidenceSchema) })
	),
	/** Sources cited for less than the whole event; a source not listed here supports all it is cited for. */
	support: v.optional(
		v.pipe(
			v.array(SupportSchema),
			v.maxLength(LIMITS.sourcesPerEvent, `lists more than ${LIMITS.sourcesPerEvent} sources`)
		)
	),
	/** For a claim that only some sources make: the event it contradicts. */
	contradicts: v.optional(Slug)
});

export const TimelineFileSchema = v.strictObject({
	$schema: v.optional(v.string()),
	id: Slug,
	title: text(LIMITS.title),
	description: v.optional(text(LIMITS.summary)),
	language: Language,
	sources: v.pipe(v.array(SourceSchema), v.maxLength(LIMITS.sources, `has more than ${LIMITS.sources} sources`)),
	eras: v.optional(v.pipe(v.array(EraSchema), v.maxLength(LIMITS.eras, `has more than ${LIMITS.eras} eras`))),
	events: v.pipe(v.array(EventSchema), v.maxLength(LIMITS.events, `has more than ${LIMITS.events} events`))
});

export type TimelineFile = v.InferOutput<typeof TimelineFileSchema>;
export type SourceInput = v.InferOutput<typeof SourceSchema>;
export type EventInput = v.InferOutput<typeof EventSchema>;
export type QuoteInput = v.InferOutput<typeof QuoteSchema>;
export type ClaimInput = v.InferOutput<typeof ClaimSchema>;
export type MediaInput = v.InferOutput<typeof MediaSchema>;
export type EraInput = v.InferOutput<typeof EraSchema>;
export type SourceKindName = v.InferOutput<typeof SourceKind>;
export type ArchiveInput = v.InferOutput<typeof ArchiveSchema>;
export type ConfidenceInput = v.InferOutput<typeof ConfidenceSchema>;
export type SupportKindName = v.InferOutput<typeof SupportKind>;
export type SupportInput = v.InferOutput<typeof SupportSchema>;

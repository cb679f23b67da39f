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
import type { Coded, TooManyOf } from './issue-codes';

/**
 * The code of each issue the schema raised, by issue: valibot keeps only a message, so a message
 * function files the code here as it words it, and the loader reads it back (`schemaCode`).
 */
const codes = new WeakMap<object, Coded>();

/** A valibot message for a code: files the code for the issue; the message valibot keeps is the bare code. */
function say(c: Coded | ((input: unknown) => Coded)) {
	return (issue: v.BaseIssue<unknown>): string => {
		const made = typeof c === 'function' ? c(issue.input) : c;
		codes.set(issue, made);
		return made.code;
	};
}
const plain = (code: Coded['code']) => say({ code, params: {} } as Coded);
const tooMany = (of: TooManyOf, limit: number) => say({ code: 'tooMany', params: { of, limit } });

/** The code of an issue the schema's own messages raised, if it was one of them. */
export function schemaCode(issue: v.BaseIssue<unknown>): Coded | undefined {
	return codes.get(issue);
}

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
		v.check((s) => NON_BLANK.test(s), plain('empty')),
		// UTF-16 length is an upper bound of code points: only long strings are counted.
		v.check(
			(s) => s.length <= max || characters(s) <= max,
			say((input) => ({ code: 'tooLong', params: { length: characters(input as string), limit: max } }))
		),
		v.check(
			(s) => !BAD_CHAR.test(s),
			// BAD_CHAR matched, so badCharacter finds the character.
			say((input) => ({ code: 'badChar', params: badCharacter(input as string)! }))
		)
	);
}

/** Stable ids: lowercase slugs, never derived from titles at run time. */
export const Slug = v.pipe(
	v.string(),
	v.maxLength(LIMITS.id, say({ code: 'idTooLong', params: { limit: LIMITS.id } })),
	v.regex(SLUG_RE, plain('notSlug'))
);

/** A written date; see `timeline/dates.ts`. */
export const DateText = v.pipe(
	v.string(),
	v.regex(DATE_SHAPE_RE, plain('dateShape')),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const p = parseInstant(dataset.value);
		if (!p.ok) addIssue({ message: say(p.why) });
	})
);

/** An http(s) URL with no credentials, spaces or control characters. */
export const HttpUrl = v.pipe(
	v.string(),
	v.maxLength(2_000, plain('urlTooLong')),
	v.regex(/^https?:\/\//i, plain('urlNotHttp')),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const problem = urlProblem(dataset.value);
		if (problem) addIssue({ message: plain(problem) });
	})
);

/** BCP 47 language tag, e.g. "en", "de", "pt-BR". */
export const Language = v.pipe(v.string(), v.regex(LANG_RE, plain('notLanguageTag')));

/** The date of an event: one date, a range, or an uncertain interval. */
export const DateValue = v.union(
	[
		DateText,
		v.strictObject({ start: DateText, end: DateText }),
		v.strictObject({ notBefore: DateText, notAfter: DateText })
	],
	plain('notDateValue')
);

/** What kind of report a source is; decides how it counts towards corroboration. */
export const SourceKind = v.picklist(
	['primary', 'wire', 'news', 'derivative', 'unreliable', 'unknown'],
	plain('notSourceKind')
);

/** A moment in UTC, to the minute or second: `2026-11-21T14:03Z`, `2026-11-21T14:03:09Z`. */
export const UtcDateTime = v.pipe(
	v.string(),
	v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?Z$/, plain('notUtc')),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const p = parseInstant(dataset.value);
		if (!p.ok) addIssue({ message: say(p.why) });
	})
);

/** A SHA-256 digest as 64 lowercase hexadecimal digits. */
export const Sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, plain('notSha256')));

export const ArchiveSchema = v.strictObject({
	/** When the text was read; absent when the archive did not record it. */
	retrieved: v.optional(DateText),
	/** "full" text of the page, or only the "passages" used. */
	scope: v.picklist(['full', 'passages'], plain('notArchiveScope')),
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
				sources: v.pipe(v.array(Slug), v.minLength(1, plain('needsSource')))
			})
		),
		v.minLength(2, plain('needsTwoVariants'))
	)
});

/** How sure the author is of a detail: high, medium or low, and why. */
export const ConfidenceSchema = v.strictObject({
	level: v.picklist(['high', 'medium', 'low'], plain('notConfidenceLevel')),
	/** What the level rests on, in a sentence (a level without its reason tells a reader little). */
	note: text(LIMITS.summary)
});

/** What one source of an event is cited for, when it is less than the whole event. */
export const SupportKind = v.picklist(['event', 'date', 'attribution', 'quote', 'claim'], plain('notSupportKind'));

export const SupportSchema = v.strictObject({
	source: Slug,
	/**
	 * "event": it reports the event itself (only then does it count in the verdict); "date": the date;
	 * "attribution": where the words come from (the interview, speech, post or document, and to whom);
	 * "quote", "claim": the quotes and claim variants credited to it.
	 */
	supports: v.pipe(v.array(SupportKind), v.minLength(1, plain('needsSupport'))),
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
			v.maxLength(LIMITS.actorsPerEvent, tooMany('actors', LIMITS.actorsPerEvent))
		)
	),
	tags: v.optional(
		v.pipe(v.array(text(LIMITS.shortText)), v.maxLength(LIMITS.tagsPerEvent, tooMany('tags', LIMITS.tagsPerEvent)))
	),
	/** A group the timeline can be laid out by (TimelineJS's "Group" column). */
	group: v.optional(text(LIMITS.shortText)),
	/** A picture, video or page that goes with the event, shown as a link (never embedded). */
	media: v.optional(MediaSchema),
	quotes: v.optional(
		v.pipe(v.array(QuoteSchema), v.maxLength(LIMITS.quotesPerEvent, tooMany('quotes', LIMITS.quotesPerEvent)))
	),
	/** May be empty (an imported timeline often names none): the verdict is then "no source given". */
	sources: v.pipe(v.array(Slug), v.maxLength(LIMITS.sourcesPerEvent, tooMany('eventSources', LIMITS.sourcesPerEvent))),
	claims: v.optional(v.array(ClaimSchema)),
	/** How sure the date and the attribution (where the words come from) are; absent: as the sources say. */
	confidence: v.optional(
		v.strictObject({ date: v.optional(ConfidenceSchema), attribution: v.optional(ConfidenceSchema) })
	),
	/** Sources cited for less than the whole event; a source not listed here supports all it is cited for. */
	support: v.optional(
		v.pipe(
			v.array(SupportSchema),
			v.maxLength(LIMITS.sourcesPerEvent, tooMany('supportSources', LIMITS.sourcesPerEvent))
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
	sources: v.pipe(v.array(SourceSchema), v.maxLength(LIMITS.sources, tooMany('sources', LIMITS.sources))),
	eras: v.optional(v.pipe(v.array(EraSchema), v.maxLength(LIMITS.eras, tooMany('eras', LIMITS.eras)))),
	events: v.pipe(v.array(EventSchema), v.maxLength(LIMITS.events, tooMany('events', LIMITS.events)))
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

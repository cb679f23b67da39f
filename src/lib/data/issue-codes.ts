/**
 * Every problem a timeline file can have, by a stable code with the values its message needs (file
 * names and paths live beside them, in the issue). The English message is made from them where it is
 * printed, by the command line and the build (issue-english.ts); the interface words the same code in
 * the reader's language (`words/issue-words.ts`). Codes and values are plain data: they cross the
 * workers' boundary as they are.
 */
import type { DateProblem } from '../time/dates';

/** What a JSON value is, where the file has the wrong kind. */
export type ValueKind = 'list' | 'null' | 'string' | 'number' | 'boolean' | 'undefined' | 'other';

/** What the schema wanted where a value has the wrong type; `other` comes with valibot's own word. */
export type WantedKind = 'text' | 'list' | 'object' | 'oneOf' | 'number' | 'other';

/** What a list holds too many of, for "has more than 50 tags". */
export type TooManyOf =
	'actors' | 'tags' | 'quotes' | 'eventSources' | 'supportSources' | 'sources' | 'eras' | 'events';

/** A character text may not hold: half a surrogate pair, U+FFFE/U+FFFF, or a control character. */
export type BadCharKind = 'surrogate' | 'noncharacter' | 'control';

type None = Record<string, never>;

/** A slide of a TimelineJS file, as a note names it: its spreadsheet row, or its JSON path (`events[3]`). */
export type SlideLabel = { row: number } | { path: string };

/** One place a tallied change happened: a slide (or a path), with what changed there (`row 5 (14:30)`). */
export interface Listed {
	at: SlideLabel;
	detail?: string;
	/** How the detail goes with the place: `row 5 (14:30)`, `row 3 → made-id`, `row 4 ("javascript:…")`. */
	style?: 'paren' | 'arrow' | 'quoted';
}

/** A change counted over a file: how many, the first places it happened, and how many more. */
export interface TallyParams {
	count: number;
	listed: Listed[];
	more: number;
}

/** A part of a TimelineJS date, for "13 is not a month (1 to 12)". */
export type DatePart = 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';

/** A part of a TimelineJS date Sourceline cannot keep. */
export type DroppedPart = 'dayWithoutMonth' | 'timeWithoutDay' | 'minutesWithoutHour' | 'milliseconds';

/** The TimelineJS import notes that count a change over the whole file. */
export type TallyCode =
	| 'tjsUnknownFields'
	| 'tjsUtcTimes'
	| 'tjsIdsMade'
	| 'tjsThumbnails'
	| 'tjsMediaTitles'
	| 'tjsFrames'
	| 'tjsAltDropped'
	| 'tjsMediaLinks'
	| 'tjsQuoteLinks'
	| 'tjsBadLinks'
	| 'tjsBackgrounds';

/** The date problems of `time/dates.ts`, by code. */
type DateParams = { [P in DateProblem as P['code']]: P['params'] };

/** The values each code's message needs. */
export interface IssueParams extends DateParams {
	// The file as a whole: reading, decoding, parsing.
	fileTooBig: { size: number; limit: number };
	tooBigWhileReading: { size: number; limit: number };
	notJson: { detail: string };
	notText: { encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' };
	unreadable: { detail: string };
	noWorker: None;
	notTimelineObject: { got: ValueKind };
	moreErrors: { count: number };
	// Spreadsheets (CSV) as tables, before their columns are read.
	csvTooBig: { size: number; limit: number };
	csvTooManyColumns: { count: number; limit: number };
	csvNoHeader: None;
	csvBlankHeader: { column: number };
	csvDuplicateHeader: { header: string; first: number; second: number };
	csvTooManyRows: { limit: number };
	csvTooManyCells: { cells: number; columns: number };
	unknownColumns: { columns: string };
	// Sourceline CSV: its columns and rows.
	csvSameColumn: { other: string };
	csvUnknownColumn: { near: string; columns: string };
	csvNotesColumns: { columns: string[] };
	csvSpreadsheetDate: { text: string };
	csvConflict: {
		value: string;
		row: number;
		earlier: string;
		of: 'source' | 'timeline' | 'event' | 'support';
		source: string;
		event: string;
	};
	csvIdMade: { id: string };
	csvStraySourceCell: None;
	csvSupportNoSource: None;
	csvSupportNoEvent: None;
	csvNoEvent: None;
	csvQuoteNoSource: None;
	csvStrayQuoteCell: None;
	csvClaimEmpty: None;
	csvClaimValueEmpty: { claim: string };
	csvClaimNoSource: None;
	/** The timeline fields no row gave, with the value each was given (null: a row gave it). */
	csvTimelineAssumed: { id: string | null; title: string | null; language: string | null };
	csvKindAssumed: { source: string };
	csvUnknownDerivedFrom: { value: string };
	csvScopeAssumed: { source: string };
	csvDateMix: None;
	csvNeedsNotBefore: None;
	csvNeedsNotAfter: None;
	csvEndWithoutDate: None;
	csvQuoteLanguageAssumed: { language: string; from: 'source' | 'timeline' };
	// TimelineJS (JSON or its spreadsheet template): what could not be read, and what the import changed.
	tjsNotTemplate: { missing: string[] };
	tjsColumnsNotRead: { columns: string[] };
	tjsSecondTitle: { slide: SlideLabel };
	tjsUnknownType: { slide: SlideLabel; type: string };
	/** `json`: the value is written as JSON has it (`1.5`, `"x"`), else a cell's text. */
	tjsNotWholeNumber: { value: string; json: boolean };
	tjsNotTime: { value: string };
	tjsOrphanEndParts: { row: number; columns: string[] };
	tjsNotObject: None;
	tjsVersion2: None;
	tjsNoEvents: None;
	tjsScale: { scale: string };
	tjsMustBeList: None;
	tjsNotSlide: None;
	tjsEndNoYear: { slide: SlideLabel };
	tjsMustBeText: None;
	tjsMustBeObject: None;
	tjsHtmlTooDeep: { limit: number };
	tjsOutOfRange: { value: number; part: DatePart };
	tjsLanguageAssumed: None;
	tjsMediaAsLinks: { count: number };
	tjsNoTitleSlide: { name: string };
	tjsTitleNoHeadline: { name: string };
	tjsTitleMedia: None;
	tjsUniqueIdTwice: { slide: SlideLabel; id: string };
	/** `headline`: the slide's headline ('' when it has none). */
	tjsNoStartYear: { slide: SlideLabel; headline: string };
	tjsUndrawable: { slide: SlideLabel; headline: string; year: string };
	tjsPartsDropped: { slide: SlideLabel; headline: string; dropped: DroppedPart[]; end: boolean };
	/** `from`: what the title was made of: the display date, the text's first words, or the date. */
	tjsNoHeadline: { slide: SlideLabel; from: 'display' | 'text' | 'start'; title: string };
	tjsUniqueIdNotSlug: { slide: SlideLabel; given: string; id: string };
	tjsMoreEmbeds: { slide: SlideLabel; count: number };
	tjsNoScheme: { slide: SlideLabel; url: string };
	tjsQuoteInSummary: { slide: SlideLabel; why: 'noSource' | 'noSpeaker' };
	tjsLinksLeftOut: { slide: SlideLabel; limit: number };
	tjsEraNoDate: { slide: SlideLabel; headline: string; missing: 'start' | 'end' };
	tjsEraUndrawable: { slide: SlideLabel; headline: string; year: string };
	tjsEraBadDates: { slide: SlideLabel; headline: string; why: DateProblem };
	tjsEraNoHeadline: { slide: SlideLabel };
	tjsUnknownFields: TallyParams;
	tjsUtcTimes: TallyParams & { end: boolean };
	tjsIdsMade: TallyParams;
	tjsThumbnails: TallyParams;
	tjsMediaTitles: TallyParams;
	tjsFrames: TallyParams;
	tjsAltDropped: TallyParams;
	tjsMediaLinks: TallyParams;
	tjsQuoteLinks: TallyParams;
	tjsBadLinks: TallyParams;
	tjsBackgrounds: TallyParams;
	// `?data=` and fetching.
	dataUrlTooLong: None;
	dataUrlUnparsable: None;
	dataUrlNotHttp: None;
	dataUrlCredentials: None;
	dataUrlOtherSite: { origin: string };
	fetchFailed: { detail: string };
	fetchStatus: { status: number };
	notServedAsJson: { type: string };
	noBody: None;
	// The schema: one field of the wrong shape.
	unknownField: None;
	missing: None;
	wrongType: { want: WantedKind; expected: string; got: string };
	invalid: { detail: string };
	empty: None;
	tooLong: { length: number; limit: number };
	badChar: { kind: BadCharKind; char: string; at: number };
	idTooLong: { limit: number };
	notSlug: None;
	dateShape: None;
	urlTooLong: None;
	urlNotHttp: None;
	urlUnsafeChars: None;
	urlUnparsable: None;
	urlCredentials: None;
	urlNoHost: None;
	notLanguageTag: None;
	notDateValue: None;
	notSourceKind: None;
	notUtc: None;
	notSha256: None;
	notArchiveScope: None;
	notConfidenceLevel: None;
	notSupportKind: None;
	needsSource: None;
	needsTwoVariants: None;
	needsSupport: None;
	tooMany: { of: TooManyOf; limit: number };
	// The cross checks: ids, references, archived texts.
	duplicateId: { id: string; first: string };
	unknownSourceId: { id: string };
	unknownEventId: { id: string };
	contradictsItself: None;
	shaMismatch: { source: string; actual: string };
	notVerbatim: { event: string; source: string; quote: string };
	supportTwice: { source: string };
	supportLeavesOut: { what: 'quote' | 'claim'; source: string };
	supportNamesUncredited: { what: 'quote' | 'claim'; source: string };
	notInEventSources: { source: string };
	derivationCycle: { ids: string[] };
	// Warnings: the file loads, but an author should know.
	noSource: None;
	noSourceCount: { count: number; total: number };
	plainHttp: None;
	plainHttpCount: { count: number };
	futureDate: { date: string };
	futureCount: { count: number };
}

export type IssueCode = keyof IssueParams;

/** A code with its values: what a message is made from. */
export type Coded = { [K in IssueCode]: { code: K; params: IssueParams[K] } }[IssueCode];

/** An issue's code and values, to spread into an issue beside its file and place. */
export function issue<K extends IssueCode>(code: K, params: IssueParams[K]): Coded {
	return { code, params } as Coded;
}

/** A message's forms by CLDR plural category (`words/plural.ts` picks one). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** What a language's issue messages are given besides their values: numbers, lists and reasons in that language. */
export interface IssueSay {
	/** Another reason (a date's end, say) in the same language. */
	reason(r: Coded): string;
	/** A count or limit, as the language writes numbers. */
	n(x: number): string;
	/** Bytes as megabytes to one decimal: "64.0". */
	mb(bytes: number): string;
	/** Items joined as the language does: "a, b and c". */
	list(items: readonly string[]): string;
	/** The name of a month (1 to 12). */
	month(m: number): string;
	/** The form for a count. */
	plural(n: number, forms: PluralForms): string;
	/** A slide as the language names it: "row 5", or its path. */
	slide(l: SlideLabel): string;
	/** The places of a tally: "row 5 (14:30), row 9 (08:00) and 3 more". */
	listed(t: TallyParams): string;
}

/** A language's message for every code. */
export type IssueMessages = { [K in IssueCode]: (p: IssueParams[K], say: IssueSay) => string };

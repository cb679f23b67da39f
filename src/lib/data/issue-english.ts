/**
 * The English of every issue code: the one wording the command line, the build and the English
 * interface share (`words/messages/en/issues.ts` is this table, so the two never drift apart). The
 * command line and the build import it; a page fetches it with the English report words
 * (`words/report-catalogue.ts`) only when it shows a problem.
 */
import { monthName } from '../time/dates';
import { joinWords } from './english-list';
import type { Coded, IssueMessages, IssueSay, Listed, SlideLabel } from './issue-codes';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const GOT: Record<string, string> = { list: 'a list' };
const WANT: Record<string, string> = {
	text: 'text',
	list: 'a list',
	object: 'an object',
	oneOf: 'one of the allowed values',
	number: 'a number'
};
const CHAR: Record<string, string> = {
	surrogate: 'half of a character (a lone surrogate)',
	noncharacter: 'a noncharacter',
	control: 'a control character'
};
const TOO_MANY: Record<string, string> = {
	actors: 'names more than {n} actors',
	tags: 'has more than {n} tags',
	quotes: 'has more than {n} quotes',
	eventSources: 'names more than {n} sources',
	supportSources: 'lists more than {n} sources',
	sources: 'has more than {n} sources',
	eras: 'has more than {n} eras',
	events: 'has more than {n} events'
};
const NOUN = { quote: 'quote', claim: 'claim variant' };
const RANGE: Record<string, string> = {
	month: 'a month (1 to 12)',
	day: 'a day of the month (1 to 31)',
	hour: 'an hour (0 to 23)',
	minute: 'a minute (0 to 59)',
	second: 'a second (0 to 59)',
	millisecond: 'a millisecond (0 to 999)'
};
const DROPPED: Record<string, string> = {
	dayWithoutMonth: 'the day (it has no month)',
	timeWithoutDay: 'the time (it has no day)',
	minutesWithoutHour: 'the time (minutes without an hour)',
	milliseconds: 'the milliseconds (Sourceline dates go to the second)'
};
const TITLE_FROM: Record<string, string> = {
	display: 'its display date',
	text: 'the first words of its text',
	start: 'its date'
};
/** "1 link", "3 links". */
const many = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;
/** ` "Headline"` after a slide's label, when it has one. */
const named = (headline: string) => (headline ? ` "${headline}"` : '');

export const ENGLISH_ISSUES: IssueMessages = {
	fileTooBig: (p) => `is ${mb(p.size)} MB; the limit is ${mb(p.limit)} MB`,
	tooBigWhileReading: (p) => `is larger than the limit of ${mb(p.limit)} MB (stopped reading at ${mb(p.size)} MB)`,
	notJson: (p) => `is not valid JSON: ${p.detail}`,
	notText: (p) => `is not valid ${p.encoding} text; save it as UTF-8 and open it again`,
	unreadable: (p) => `could not be read: ${p.detail || 'the browser could not read it'}`,
	noWorker: () => 'could not be read: this browser would not start the converter (a Web Worker)',
	notTimelineObject: (p) =>
		`must be a JSON object describing a timeline (with "id", "title", "language", "sources" and "events"), not ${GOT[p.got] ?? p.got}`,
	moreErrors: (p) => `and ${p.count} more errors not shown`,
	csvTooBig: (p) => `is ${mb(p.size)} MB; the limit is ${p.limit / 1024 / 1024} MB`,
	csvTooManyColumns: (p) => `has ${p.count} columns; the limit is ${p.limit}`,
	csvNoHeader: () => 'has no header row: the first row must name the columns',
	csvBlankHeader: (p) => `column ${p.column} has no header`,
	csvDuplicateHeader: (p) => `column "${p.header}" appears twice (columns ${p.first} and ${p.second})`,
	csvTooManyRows: (p) => `has more than ${p.limit} rows`,
	csvTooManyCells: (p) => `has ${p.cells} cells but only ${p.columns} columns have a header`,
	unknownColumns: (p) =>
		`has neither Sourceline's columns (Date, Title, …) nor TimelineJS's (Year, Headline, …); its columns are ${p.columns}`,
	csvSameColumn: (p) => `is the same column as "${p.other}": keep one of them`,
	csvUnknownColumn: (p) =>
		`is not a known column${p.near ? ` (did you mean "${p.near}"?)` : ''}; the columns are: ${p.columns}. A column whose name starts with "#" or "Note" is kept for your own notes`,
	csvNotesColumns: (p) => {
		const many = p.columns.length > 1;
		return `${many ? 'columns' : 'column'} ${p.columns.map((n) => `"${n}"`).join(', ')} ${many ? 'are' : 'is'} kept out of the timeline: a column whose name starts with "#" or "Note" is for the author’s own notes`;
	},
	csvSpreadsheetDate: (p) =>
		`"${p.text}" looks like a spreadsheet’s own date format, where day and month can be read either way: write YYYY-MM-DD (2025-03-05); to keep the spreadsheet from changing it, format the column as text`,
	csvConflict: (p) => {
		const what = {
			source: `the same source ("${p.source}")`,
			timeline: 'the timeline',
			event: `event "${p.event}"`,
			support: `what source "${p.source}" supports of event "${p.event}"`
		}[p.of];
		return `is "${p.value}" here, but row ${p.row} gives "${p.earlier}" for ${what}: a row that adds to it must leave this cell empty or repeat the same value`;
	},
	csvIdMade: (p) =>
		`has no ID, so the event’s id was made from its title: "${p.id}". Write ${p.id} in the ID column, so links to the event stay the same if its title changes`,
	csvStraySourceCell: () => 'belongs to a source, but this row has no Source URL or Source ID',
	csvSupportNoSource: () => 'says what a source supports, but this row has no Source URL or Source ID',
	csvSupportNoEvent: () => 'is on a row that is not part of an event: write the ID of its event in the ID column',
	csvNoEvent: () =>
		'is on a row that is not part of an event: write the ID of its event in the ID column (a row with neither an ID nor a Title adds to no event)',
	csvQuoteNoSource: () =>
		'has no source: give the Source URL (or the Source ID) of where the quote is from, on the same row',
	csvStrayQuoteCell: () => 'belongs to a quote, but this row’s Quote is empty',
	csvClaimEmpty: () => 'is empty: say what the Claim value is about',
	csvClaimValueEmpty: (p) => `is empty: say what this row’s source says about "${p.claim}"`,
	csvClaimNoSource: () =>
		'has no source: give the Source URL (or the Source ID) of the source that says it, on the same row',
	csvTimelineAssumed: (p) => {
		const names: string[] = [];
		const whats: string[] = [];
		if (p.id !== null) {
			names.push('Timeline ID');
			whats.push(`id "${p.id}" (from the file name)`);
		}
		if (p.title !== null) {
			names.push('Timeline title');
			whats.push(`title "${p.title}" (the file name)`);
		}
		if (p.language !== null) {
			names.push('Timeline language');
			whats.push(`language "${p.language}"`);
		}
		const many = names.length > 1;
		return `no row gives the ${joinWords(names)}: the timeline’s ${joinWords(whats)} ${many ? 'are' : 'is'} assumed; add the ${many ? 'columns' : 'column'} to set ${many ? 'them' : 'it'}`;
	},
	csvKindAssumed: (p) =>
		`is empty for source "${p.source}": its kind is "unknown" (write primary, wire, news, derivative or unreliable)`,
	csvUnknownDerivedFrom: (p) => `"${p.value}" is not the Source URL or Source ID of any source in this file`,
	csvScopeAssumed: (p) =>
		`is empty for source "${p.source}": its Archived text is taken as "passages" (write "full" if it is the whole page)`,
	csvDateMix: () =>
		'cannot go with a Date or End date: give either Date (with End date for a span) or Not before and Not after for an uncertain date',
	csvNeedsNotBefore: () => 'needs a Not before: an uncertain date is the interval between the two',
	csvNeedsNotAfter: () => 'needs a Not after: an uncertain date is the interval between the two',
	csvEndWithoutDate: () => 'needs a Date: the start of the span',
	csvQuoteLanguageAssumed: (p) =>
		`is empty: the quote is taken to be in "${p.language}" (the ${p.from === 'source' ? 'source’s' : 'timeline’s'} language)`,
	tjsNotTemplate: (p) => `has no ${p.missing.join(' or ')} column: not TimelineJS's template`,
	tjsColumnsNotRead: (p) => `columns not read (TimelineJS's template has no such column): ${p.columns.join(', ')}`,
	tjsSecondTitle: (p, say) => `${say.slide(p.slide)}: a second title row, read as an event (TimelineJS does the same)`,
	tjsUnknownType: (p, say) => `${say.slide(p.slide)}: Type "${p.type}" is not title or era; read as an event`,
	tjsNotWholeNumber: (p) => `${p.json ? p.value : `"${p.value}"`} is not a whole number`,
	tjsNotTime: (p) => `"${p.value}" is not a time such as 14:30 or 2:30 PM`,
	tjsOrphanEndParts: (p, say) =>
		`${say.slide({ row: p.row })}: ${p.columns.join(', ')} without an End Year; ignored (as TimelineJS does)`,
	tjsNotObject: () => 'is not a TimelineJS timeline: the file must be a JSON object',
	tjsVersion2: () =>
		'is in the format of TimelineJS 2 ({"timeline": …}); Sourceline reads TimelineJS 3 files ({"events": […]})',
	tjsNoEvents: () => 'has no "events" list: not a TimelineJS timeline',
	tjsScale: (p) => `scale "${p.scale}" is not read: Sourceline draws years 1 to 9999`,
	tjsMustBeList: () => 'must be a list',
	tjsNotSlide: () => 'must be an object (a slide)',
	tjsEndNoYear: (p, say) => `${say.slide(p.slide)}: end_date has no year; ignored (TimelineJS ignores it too)`,
	tjsMustBeText: () => 'must be text',
	tjsMustBeObject: () => 'must be an object',
	tjsHtmlTooDeep: (p) =>
		`nests HTML more than ${p.limit} elements deep; the limit keeps a hostile file from hanging the page`,
	tjsOutOfRange: (p) => `${p.value} is not ${RANGE[p.part]}`,
	tjsLanguageAssumed: () =>
		'TimelineJS files name no language: the text is taken to be English ("en"); change `language` if it is not',
	tjsMediaAsLinks: (p) => `${p.count} pictures, clips, maps or posts are kept as links, not embedded`,
	tjsNoTitleSlide: (p) => `no title slide: the file name "${p.name}" is the title`,
	tjsTitleNoHeadline: (p) => `the title slide has no headline: the file name "${p.name}" is the title`,
	tjsTitleMedia: () => "the title slide's media is not kept: a timeline has none of its own",
	tjsUniqueIdTwice: (p, say) => `${say.slide(p.slide)}: unique_id "${p.id}" is used twice; this event gets another id`,
	tjsNoStartYear: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)} has no start year: left out (TimelineJS skips it too)`,
	tjsUndrawable: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)} is dated ${p.year}: Sourceline draws years 1 to 9999; left out`,
	tjsPartsDropped: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)}: ${p.dropped.map((d) => DROPPED[d]).join(' and ')} dropped from the ${p.end ? 'end date' : 'date'}`,
	tjsNoHeadline: (p, say) => `${say.slide(p.slide)} has no headline: its title is ${TITLE_FROM[p.from]}, "${p.title}"`,
	tjsUniqueIdNotSlug: (p, say) => `${say.slide(p.slide)}: unique_id "${p.given}" is not a slug; its id is "${p.id}"`,
	tjsMoreEmbeds: (p, say) =>
		`${say.slide(p.slide)}: ${p.count} more embedded addresses in Media were dropped (an event keeps one)`,
	tjsNoScheme: (p, say) => `${say.slide(p.slide)}: the Media address "${p.url}" has no scheme; read as https:`,
	tjsQuoteInSummary: (p, say) =>
		`${say.slide(p.slide)}: quote kept in the summary: ${p.why === 'noSource' ? 'no source to credit it to' : 'it names no speaker'}`,
	tjsLinksLeftOut: (p, say) =>
		`${say.slide(p.slide)}: link addresses left out of the text, which would be over ${p.limit} characters with them`,
	tjsEraNoDate: (p, say) =>
		`${say.slide(p.slide)}: era${named(p.headline)} has no ${p.missing} date: an era needs both; left out`,
	tjsEraUndrawable: (p, say) =>
		`${say.slide(p.slide)}: era${named(p.headline)} is dated ${p.year}: Sourceline draws years 1 to 9999; left out`,
	tjsEraBadDates: (p, say) => `${say.slide(p.slide)}: era${named(p.headline)}: ${say.reason(p.why)}; left out`,
	tjsEraNoHeadline: (p, say) => `${say.slide(p.slide)}: the era has no headline: its title is its dates`,
	tjsUnknownFields: (p, say) =>
		`${many(p.count, 'field', 'fields')} that TimelineJS does not define ${p.count === 1 ? 'was' : 'were'} not read: ${say.listed(p)}`,
	tjsUtcTimes: (p, say) => {
		const end = p.end ? 'end ' : '';
		return `TimelineJS times carry no zone: ${many(p.count, `${end}time was`, `${end}times were`)} read as UTC: ${say.listed(p)}`;
	},
	tjsIdsMade: (p, say) =>
		`${
			p.count === 1
				? '1 event had no id: one was made from its title and written into the file, so it stays the same'
				: `${p.count} events had no id: ids were made from their titles and written into the file, so they stay the same`
		}: ${say.listed(p)}`,
	tjsThumbnails: (p, say) =>
		`${many(p.count, 'media thumbnail was', 'media thumbnails were')} dropped (the timeline draws no thumbnails): ${say.listed(p)}`,
	tjsMediaTitles: (p, say) => `${many(p.count, 'media title was', 'media titles were')} dropped: ${say.listed(p)}`,
	tjsFrames: (p, say) =>
		`${many(p.count, 'embedded frame is', 'embedded frames are')} kept as a link to its address: ${say.listed(p)}`,
	tjsAltDropped: (p, say) =>
		`${many(p.count, 'alt text was', 'alt texts were')} dropped: there is no picture to go with: ${say.listed(p)}`,
	tjsMediaLinks: (p, say) =>
		`${many(p.count, 'media click-through link was', 'media click-through links were')} dropped: ${say.listed(p)}`,
	tjsQuoteLinks: (p, say) =>
		`links inside quoted text are not made sources (${many(p.count, 'quote', 'quotes')}): ${say.listed(p)}`,
	tjsBadLinks: (p, say) =>
		`${many(p.count, 'link is not an http(s) address and was', 'links are not http(s) addresses and were')} dropped: ${say.listed(p)}`,
	tjsBackgrounds: (p, say) =>
		`${many(p.count, 'slide background was', 'slide backgrounds were')} dropped (Sourceline draws none): ${say.listed(p)}`,
	dataUrlTooLong: () => 'the data URL is longer than 2000 characters',
	dataUrlUnparsable: () => 'the data URL cannot be parsed',
	dataUrlNotHttp: () => 'the data URL is not http(s)',
	dataUrlCredentials: () => 'the data URL must not contain a user name or password',
	dataUrlOtherSite: (p) => `only timelines from this site (${p.origin}) can be opened with ?data=`,
	fetchFailed: (p) => `could not be fetched: ${p.detail}`,
	fetchStatus: (p) => `could not be fetched: the server answered ${p.status}`,
	notServedAsJson: (p) => `is served as "${p.type || 'no content type'}", not JSON`,
	noBody: () => 'has no body',
	unknownField: () => 'is not a known field',
	missing: () => 'is missing',
	wrongType: (p) => `must be ${WANT[p.want] ?? p.expected}, not ${p.got}`,
	invalid: (p) => p.detail,
	empty: () => 'must not be empty',
	tooLong: (p) => `is ${p.length} characters long; the limit is ${p.limit}`,
	badChar: (p) => `contains ${CHAR[p.kind]}, ${p.char}, at character ${p.at}`,
	idTooLong: (p) => `is longer than ${p.limit} characters`,
	notSlug: () => 'must be a slug: lowercase letters, digits and single hyphens, like "rutte-dpa-interview"',
	dateShape: () => 'is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM with a zone',
	urlTooLong: () => 'URL is longer than 2000 characters',
	urlNotHttp: () => 'URL is not http(s)',
	urlUnsafeChars: () => 'URL contains spaces, control or invisible characters',
	urlUnparsable: () => 'URL cannot be parsed',
	urlCredentials: () => 'URL must not contain a user name or password',
	urlNoHost: () => 'URL has no host',
	notLanguageTag: () => 'must be a language tag like "en" or "de"',
	notDateValue: () => 'must be a date string, {"start", "end"} or {"notBefore", "notAfter"}',
	notSourceKind: () => 'must be one of primary, wire, news, derivative, unreliable, unknown',
	notUtc: () => 'must be a date and time in UTC, like 2026-11-21T14:03Z',
	notSha256: () => 'must be a SHA-256 written as 64 lowercase hexadecimal digits',
	notArchiveScope: () => 'must be "full" or "passages"',
	notConfidenceLevel: () => 'must be "high", "medium" or "low"',
	notSupportKind: () => 'must be one of event, date, attribution, quote, claim',
	needsSource: () => 'must name at least one source',
	needsTwoVariants: () => 'must list at least two variants',
	needsSupport: () => 'must name at least one thing the source supports',
	tooMany: (p) => TOO_MANY[p.of]!.replace('{n}', String(p.limit)),
	duplicateId: (p) => `duplicate id "${p.id}" (first used at ${p.first})`,
	unknownSourceId: (p) => `unknown source id "${p.id}"`,
	unknownEventId: (p) => `unknown event id "${p.id}"`,
	contradictsItself: () => 'an event cannot contradict itself',
	shaMismatch: (p) =>
		`does not match the archived text of source "${p.source}": the text's SHA-256 is ${p.actual} (the text was changed after it was archived, or the digest is wrong)`,
	notVerbatim: (p) =>
		`of event "${p.event}" does not appear verbatim in the archived text of source "${p.source}": “${p.quote}” (compared after Unicode NFC normalisation, with each run of white space read as one space)`,
	supportTwice: (p) => `source "${p.source}" is listed twice`,
	supportLeavesOut: (p) =>
		`leaves out "${p.what}", but a ${NOUN[p.what]} of this event is credited to source "${p.source}"`,
	supportNamesUncredited: (p) =>
		`names "${p.what}", but no ${NOUN[p.what]} of this event is credited to source "${p.source}"`,
	notInEventSources: (p) => `source "${p.source}" is not in this event's sources list`,
	derivationCycle: (p) => `derivedFrom forms a cycle: ${p.ids.join(' → ')}`,
	noSource: () => 'no source given',
	noSourceCount: (p) => `${p.count} of ${p.total} events name no source`,
	plainHttp: () => 'is plain http:, not https:',
	plainHttpCount: (p) => `${p.count} sources are plain http:`,
	futureDate: (p) => `${p.date} is in the future`,
	futureCount: (p) => `${p.count} sources are dated in the future`,
	dateNotDate: (p) =>
		`"${p.text}" is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM with a zone (Z or +01:00)`,
	dateYearZero: () => 'year 0000 does not exist (the calendar goes from 1 BC to AD 1)',
	dateNoMonth: (p) => `month ${p.month} does not exist in ${p.text}`,
	dateNoDay: (p, say) => `${p.date} does not exist: ${say.month(p.month)} ${p.year} has ${p.days} days`,
	dateNoTime: (p) => `time ${p.time} does not exist in ${p.text}`,
	dateNoZone: (p) => `${p.text} has a time but no zone; add Z for UTC or an offset such as +01:00`,
	dateBadOffset: (p) => `zone offset ${p.zone} does not exist (offsets run from -14:00 to +14:00)`,
	dateEnd: (p, say) => `${p.end}: ${say.reason(p.why)}`,
	dateBackwards: (p) =>
		p.range ? `end ${p.end} is before start ${p.start}` : `notAfter ${p.end} is before notBefore ${p.start}`
};

const slide = (l: SlideLabel) => ('row' in l ? `row ${l.row}` : l.path);
const place = (l: Listed) =>
	l.detail === undefined
		? slide(l.at)
		: l.style === 'arrow'
			? `${slide(l.at)} → ${l.detail}`
			: l.style === 'quoted'
				? `${slide(l.at)} ("${l.detail}")`
				: `${slide(l.at)} (${l.detail})`;

export const ENGLISH_SAY: IssueSay = {
	slide,
	listed: (t) => t.listed.map(place).join(', ') + (t.more ? ` and ${t.more} more` : ''),
	reason: (r) => englishOf(r),
	n: String,
	mb,
	list: joinWords,
	month: (m) => monthName(m - 1),
	plural: (n, f) => (n === 1 ? (f.one ?? f.other) : f.other)
};

/** The English message of a code and its values. */
export function englishOf(c: Coded): string {
	return (ENGLISH_ISSUES[c.code] as (p: unknown, say: IssueSay) => string)(c.params, ENGLISH_SAY);
}

/** An issue with its English message beside it, as the command line and the tests read it. */
export function withEnglish<T extends Coded>(i: T): T & { message: string } {
	return { ...i, message: englishOf(i) };
}

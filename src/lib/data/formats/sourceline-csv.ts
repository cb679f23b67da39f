/**
 * Sourceline CSV: a timeline kept in a spreadsheet (Excel, LibreOffice, Google Sheets). One row per
 * event; a row whose ID repeats an earlier row's adds another quote, source or claim variant to that
 * event, so every field keeps one column and a long quote or archived text stays in one cell. Read
 * into a Sourceline timeline file (validated later by the loader) with a map from JSON paths back to
 * the row and column the author wrote; written back from one, losslessly for what the columns hold.
 */
import { excerpt } from '../../time/dates';
import { MAX_ERRORS } from '../load';
import type { EventInput, QuoteInput } from '../schema';
import type { PublishedFile, Source } from '../model';
import { headerNamed, readCsvTable, writeCsv, type CsvRow, type CsvTable } from './csv-table';
import { slugify, sourceSlug, uniqueSlug } from './slug';
import type { Converted, Issue, Place } from './types';
import type { Coded, IssueParams } from '../issue-codes';
import { issue } from '../issue-codes';

const EVENT_COLUMNS = [
	'ID',
	'Date',
	'End date',
	'Not before',
	'Not after',
	'Date note',
	'Title',
	'Summary',
	'Actors',
	'Tags',
	'Group',
	'Contradicts',
	'Media',
	'Media caption',
	'Media credit',
	'Media alt',
	'Date confidence',
	'Date confidence note',
	'Attribution confidence',
	'Attribution confidence note'
] as const;
const QUOTE_COLUMNS = [
	'Quote',
	'Speaker',
	'Quote language',
	'Translated from',
	'Translated by',
	'Translation',
	'Translation language',
	'Translation by',
	'Quote note'
] as const;
const SOURCE_COLUMNS = [
	'Source ID',
	'Source URL',
	'Publisher',
	'Source title',
	'Source kind',
	'Agency',
	'Source published',
	'Source language',
	'Derived from',
	'Source note',
	'Archived text',
	'Archive scope',
	'Retrieved',
	'Archive URL',
	'Captured',
	'SHA-256'
] as const;
/** What a row's source supports of the row's event, when it is less than the whole. */
const SUPPORT_COLUMNS = ['Supports', 'Support note'] as const;
const TIMELINE_COLUMNS = ['Timeline ID', 'Timeline title', 'Timeline description', 'Timeline language'] as const;

/** A column of Sourceline CSV by its name as documented (files may write it in any case or spacing). */
export type ColumnName =
	| (typeof EVENT_COLUMNS)[number]
	| (typeof QUOTE_COLUMNS)[number]
	| 'Claim'
	| 'Claim value'
	| (typeof SUPPORT_COLUMNS)[number]
	| (typeof SOURCE_COLUMNS)[number]
	| (typeof TIMELINE_COLUMNS)[number];

/** A column: its name, the JSON it fills (`[]` for any index; the first path is the main one), and what it means. */
export interface ColumnDef {
	name: ColumnName;
	paths: readonly string[];
	means: string;
}

/** Every column, in the order the writer puts them. */
export const COLUMNS: readonly ColumnDef[] = [
	col(
		'ID',
		['events[].id'],
		'The event’s id (a slug). Rows with the same ID are one event; empty: a new event, id made from the title.'
	),
	col(
		'Date',
		['events[].date', 'events[].date.start'],
		'When: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD HH:MM +01:00. With an End date, the start.'
	),
	col('End date', ['events[].date.end'], 'The end of a span that starts at Date.'),
	col(
		'Not before',
		['events[].date.notBefore'],
		'An uncertain date: the earliest it can be (with Not after, and no Date).'
	),
	col('Not after', ['events[].date.notAfter'], 'An uncertain date: the latest it can be.'),
	col('Date note', ['events[].dateNote'], 'What is known about the date beyond its value.'),
	col('Title', ['events[].title'], 'The event in a line.'),
	col('Summary', ['events[].summary'], 'What happened, in a sentence or two.'),
	col('Actors', ['events[].actors'], 'People or bodies involved, separated by ";".'),
	col('Tags', ['events[].tags'], 'Tags, separated by ";".'),
	col('Group', ['events[].group'], 'A group the timeline can be laid out by.'),
	col(
		'Contradicts',
		['events[].contradicts'],
		'For a claim only some sources make: the ID of the event it contradicts.'
	),
	col(
		'Media',
		['events[].media.url', 'events[].media'],
		'A picture, video or page that goes with the event (shown as a link).'
	),
	col('Media caption', ['events[].media.caption'], 'Its caption.'),
	col('Media credit', ['events[].media.credit'], 'Its credit.'),
	col('Media alt', ['events[].media.alt'], 'Its text alternative.'),
	col(
		'Date confidence',
		['events[].confidence.date.level', 'events[].confidence.date', 'events[].confidence'],
		'How sure the date is: high, medium or low (empty: as the sources say).'
	),
	col('Date confidence note', ['events[].confidence.date.note'], 'What that rests on (needed with a level).'),
	col(
		'Attribution confidence',
		['events[].confidence.attribution.level', 'events[].confidence.attribution'],
		'How sure it is where the words come from (the interview, speech or post): high, medium or low.'
	),
	col('Attribution confidence note', ['events[].confidence.attribution.note'], 'What that rests on.'),
	col(
		'Quote',
		['events[].quotes[].text', 'events[].quotes[]'],
		'Verbatim words, exactly as the source has them; the row’s source is the quote’s source.'
	),
	col('Speaker', ['events[].quotes[].speaker'], 'Who said or wrote them.'),
	col(
		'Quote language',
		['events[].quotes[].language'],
		'The quote’s language (en, de, pt-BR); empty: the source’s language, else the timeline’s.'
	),
	col(
		'Translated from',
		['events[].quotes[].translatedFrom.language'],
		'When the quote is itself a translation: the language of the original.'
	),
	col(
		'Translated by',
		['events[].quotes[].translatedFrom.by', 'events[].quotes[].translatedFrom'],
		'When the quote is itself a translation: who translated it.'
	),
	col(
		'Translation',
		['events[].quotes[].translation.text', 'events[].quotes[].translation'],
		'A translation added for readers.'
	),
	col('Translation language', ['events[].quotes[].translation.language'], 'Its language.'),
	col('Translation by', ['events[].quotes[].translation.by'], 'Whose translation it is.'),
	col('Quote note', ['events[].quotes[].note'], 'A note on the quote.'),
	col(
		'Claim',
		['events[].claims[].about', 'events[].claims[]'],
		'A detail the sources disagree on (“Where it was said”).'
	),
	col(
		'Claim value',
		['events[].claims[].variants[].value', 'events[].claims[].variants[]', 'events[].claims[].variants'],
		'What the row’s source says about it; rows with the same Claim and value add their sources to it.'
	),
	col(
		'Supports',
		['events[].support[].supports', 'events[].support[]', 'events[].support'],
		'What the row’s source supports of the event, when less than the whole: event, date, attribution, quote, claim, separated by ";". Empty: all it is cited for.'
	),
	col('Support note', ['events[].support[].note'], 'Why the source supports only that.'),
	col(
		'Source ID',
		['sources[].id', 'events[].sources[]', 'events[].quotes[].source', 'events[].claims[].variants[].sources[]'],
		'The source’s id (a slug); empty: made from the URL. Rows naming the same source share its details.'
	),
	col('Source URL', ['sources[].url', 'events[].sources'], 'The source’s address (http or https).'),
	col('Publisher', ['sources[].publisher'], 'Who published it.'),
	col('Source title', ['sources[].title'], 'The headline or title of the page.'),
	col('Source kind', ['sources[].kind'], 'primary, wire, news, derivative, unreliable or unknown (empty: unknown).'),
	col(
		'Agency',
		['sources[].agency'],
		'The news agency whose reporting it is (AP, DPA): one agency’s reports count once.'
	),
	col('Source published', ['sources[].published'], 'When the source was published (a date like Date).'),
	col('Source language', ['sources[].language'], 'The source’s language.'),
	col(
		'Derived from',
		['sources[].derivedFrom'],
		'For a rewrite: the Source ID or Source URL of the source it rewrites.'
	),
	col('Source note', ['sources[].note'], 'A note on the source.'),
	col(
		'Archived text',
		['sources[].archive.text', 'sources[].archive'],
		'The text that was read: the whole page or the passages used.'
	),
	col('Archive scope', ['sources[].archive.scope'], '“full” or “passages” (empty, with an Archived text: passages).'),
	col('Retrieved', ['sources[].archive.retrieved'], 'When the archived text was read.'),
	col('Archive URL', ['sources[].archive.url'], 'A copy a reader can open, such as a web archive’s snapshot.'),
	col('Captured', ['sources[].archive.captured'], 'When that copy was captured, in UTC (2026-11-21 14:03 UTC).'),
	col(
		'SHA-256',
		['sources[].archive.sha256'],
		'The SHA-256 of the Archived text; a text that no longer matches it is refused.'
	),
	col('Timeline ID', ['id'], 'The timeline’s id; on any one row. Empty: made from the file name.'),
	col('Timeline title', ['title'], 'The timeline’s title; on any one row. Empty: the file name.'),
	col('Timeline description', ['description'], 'What the timeline is about; on any one row.'),
	col('Timeline language', ['language'], 'The timeline’s language; on any one row. Empty: en.')
];

function col(name: ColumnName, paths: string[], means: string): ColumnDef {
	return { name, paths, means };
}

/** Columns the writer always writes, used or not, so an exported sheet shows where things go. */
const BASIC = new Set<ColumnName>([
	'ID',
	'Date',
	'Title',
	'Summary',
	'Quote',
	'Speaker',
	'Quote language',
	'Source ID',
	'Source URL',
	'Publisher',
	'Source kind',
	'Timeline ID',
	'Timeline title',
	'Timeline language'
]);
const DATE_COLUMNS = new Set<ColumnName>([
	'Date',
	'End date',
	'Not before',
	'Not after',
	'Source published',
	'Retrieved',
	'Captured'
]);
const LIST_COLUMNS = new Set<ColumnName>(['Actors', 'Tags', 'Supports']);
const LOWERCASE_COLUMNS = new Set<ColumnName>([
	'Source kind',
	'Archive scope',
	'Date confidence',
	'Attribution confidence',
	'Supports',
	'SHA-256'
]);
/** Event columns other than the ID: any of them on a row without an ID starts a new event. */
const EVENT_DETAILS = EVENT_COLUMNS.filter((c) => c !== 'ID');
/** The column that names a JSON path (by template), for problems in fields no row wrote. */
const COLUMN_OF_PATH = new Map<string, ColumnName>(COLUMNS.flatMap((c) => c.paths.map((p) => [p, c.name] as const)));

/** Headers that are the author's own notes, not data: kept out of the timeline. */
const NOTES_HEADER = /^#|^notes?\b/i;

/** Timeline fields a caller may give when the file does not (the file's own columns win). */
export interface TimelineMeta {
	id?: string;
	title?: string;
	description?: string;
	language?: string;
}

/** Whether a table's headers are Sourceline CSV: Title and Date, and none of TimelineJS's Year or Headline. */
export function isSourcelineCsv(headers: string[]): boolean {
	const table: CsvTable = { headers, rows: [], delimiter: ',' };
	const has = (name: string) => headerNamed(table, name) !== undefined;
	return has('Title') && has('Date') && !has('Year') && !has('Headline');
}

// ---------------------------------------------------------------------------------------------
// Reading

/** A value a row gave for a field, and where. */
interface Given {
	value: string;
	row: number;
}

interface SourceAcc {
	/** Set by a Source ID cell, or made from the URL once every row is read. */
	id: string | undefined;
	idGiven: boolean;
	/** The first row that names the source. */
	row: number;
	/** The row and column that gave its id (Source ID, or Source URL for a made one). */
	idAt: Given & { column: ColumnName };
	fields: Map<ColumnName, Given>;
}

/** A source as a row cites it: which column named it, for pointing at it. */
interface Cite {
	src: SourceAcc;
	row: number;
	column: ColumnName;
}

interface QuoteAcc {
	row: number;
	cite: Cite;
	cells: Map<ColumnName, string>;
}

interface ClaimAcc {
	about: string;
	row: number;
	variants: { value: string; row: number; cites: Cite[] }[];
}

interface EventAcc {
	id: string;
	row: number;
	fields: Map<ColumnName, Given>;
	cites: Cite[];
	quotes: QuoteAcc[];
	claims: ClaimAcc[];
	/** The Supports and Support note cells of each source of the event, in the order rows gave them. */
	support: { cite: Cite; fields: Map<ColumnName, Given> }[];
}

type Loose = Record<string, unknown>;

/** What the builders need: headers as written, and where errors and notes go. */
interface Ctx {
	header: (name: ColumnName) => string;
	fail: (row: number, name: ColumnName, c: Coded) => void;
	note: (c: Coded, row?: number, name?: ColumnName) => void;
}

/** Every row read into events and sources, before ids are made for sources and JSON is built. */
interface Rows {
	events: EventAcc[];
	sources: SourceAcc[];
	sourceById: Map<string, SourceAcc>;
	sourceByUrl: Map<string, SourceAcc>;
	/** Source ids written in the file, which a made id must not take. */
	sourceIdsTaken: Set<string>;
	timeline: Map<ColumnName, Given>;
}

/** Read Sourceline CSV into a Sourceline timeline file, with notes on what was made or assumed and a map back to rows and columns. */
export function readSourcelineCsv(text: string, file: string, meta: TimelineMeta = {}): Converted {
	const read = readCsvTable(text, file);
	if (!read.ok) return read;
	const errors: Issue[] = [];
	const changes: Issue[] = [];
	const headerOf = columnHeaders(read.table, file, errors, changes);
	if (errors.length) return { ok: false, errors };
	const header = (name: ColumnName) => headerOf.get(name) ?? name;
	const ctx: Ctx = {
		header,
		fail: (row, name, c) => errors.push({ file, row, column: header(name), ...c }),
		note: (c, row, name) =>
			changes.push({
				file,
				...(row === undefined ? {} : { row }),
				...(name === undefined ? {} : { column: header(name) }),
				...c,
				warning: true
			})
	};
	const rows = readRows(read.table, headerOf, ctx);
	const json = buildTimeline(rows, file, meta, ctx);
	if (errors.length)
		return {
			ok: false,
			errors: capped(
				errors.sort((a, b) => a.row! - b.row!),
				file
			)
		};
	let quotes = 0;
	for (const ev of rows.events) quotes += ev.quotes.length;
	return {
		ok: true,
		json,
		report: { format: 'sourceline-csv', events: rows.events.length, sources: rows.sources.length, quotes, changes },
		locate: locator(rows, header)
	};
}

/** The rows as events, sources and timeline fields; conflicts and misplaced cells go to `ctx.fail`. */
function readRows(table: CsvTable, headerOf: Map<ColumnName, string>, ctx: Ctx): Rows {
	// Each row is read only for the columns the file has (a sheet uses a dozen of the forty-odd).
	const present = <T extends ColumnName>(names: readonly T[]) => names.filter((c) => headerOf.has(c));
	const [sourceColumns, timelineColumns, eventDetails, quoteColumns, supportColumns] = [
		present(SOURCE_COLUMNS),
		present(TIMELINE_COLUMNS),
		present(EVENT_DETAILS),
		present(QUOTE_COLUMNS),
		present(SUPPORT_COLUMNS)
	];
	const cellAt = (r: CsvRow, name: ColumnName): string | undefined => {
		const h = headerOf.get(name);
		const v = h === undefined ? undefined : r.cells.get(h);
		return v === undefined ? undefined : unguard(v);
	};

	// Ids the author wrote are reserved first, so an id made for an earlier row never takes a later row's.
	const eventIdsTaken = new Set<string>();
	const sourceIdsTaken = new Set<string>();
	for (const r of table.rows) {
		const id = cellAt(r, 'ID');
		if (id) eventIdsTaken.add(id);
		const sid = cellAt(r, 'Source ID');
		if (sid) sourceIdsTaken.add(sid);
	}
	const out: Rows = {
		events: [],
		sources: [],
		sourceById: new Map(),
		sourceByUrl: new Map(),
		sourceIdsTaken,
		timeline: new Map()
	};
	const eventById = new Map<string, EventAcc>();

	/** Set a field from a row's cell; a different value for the same field is an error naming the earlier row. */
	const give = (fields: Map<ColumnName, Given>, name: ColumnName, raw: string, row: number, what: Whose) => {
		const problem = cellProblem(name, raw);
		if (problem) return ctx.fail(row, name, problem);
		const value = normalise(name, raw);
		const earlier = fields.get(name);
		if (!earlier) fields.set(name, { value, row });
		else if (earlier.value !== value) ctx.fail(row, name, conflict(earlier, value, what));
	};

	/** The source a row names (by Source ID, else by URL), created on first mention. */
	const sourceOfRow = (row: number, get: (name: ColumnName) => string | undefined): Cite | undefined => {
		const sid = get('Source ID');
		const url = get('Source URL');
		if (sid === undefined && url === undefined) {
			const stray = sourceColumns.find((c) => get(c) !== undefined);
			if (stray) ctx.fail(row, stray, issue('csvStraySourceCell', {}));
			return undefined;
		}
		const column = sid === undefined ? 'Source URL' : 'Source ID';
		let src = sid === undefined ? undefined : out.sourceById.get(sid);
		if (!src && url !== undefined) {
			const byUrl = out.sourceByUrl.get(url);
			// A source first named by its URL alone takes the Source ID a later row gives it.
			if (byUrl && (sid === undefined || !byUrl.idGiven)) src = byUrl;
		}
		if (!src) {
			src = { id: sid, idGiven: sid !== undefined, row, idAt: { value: sid ?? url!, row, column }, fields: new Map() };
			out.sources.push(src);
		} else if (sid !== undefined && !src.idGiven) {
			src.id = sid;
			src.idGiven = true;
			src.idAt = { value: sid, row, column };
		}
		if (sid !== undefined) out.sourceById.set(sid, src);
		if (url !== undefined && !out.sourceByUrl.has(url)) out.sourceByUrl.set(url, src);
		const what: Whose = { of: 'source', source: excerpt(sid ?? url!, 60), event: '' };
		for (const c of sourceColumns) {
			const v = c === 'Source ID' ? undefined : get(c);
			if (v !== undefined) give(src.fields, c, v, row, what);
		}
		return { src, row, column };
	};

	for (const r of table.rows) {
		const get = (name: ColumnName) => cellAt(r, name);
		for (const c of timelineColumns) {
			const v = get(c);
			if (v !== undefined) give(out.timeline, c, v, r.row, { of: 'timeline', source: '', event: '' });
		}

		const id = get('ID');
		const details = eventDetails.filter((c) => get(c) !== undefined);
		let ev = id === undefined ? undefined : eventById.get(id);
		if (!ev && (id !== undefined || details.length)) {
			const eventId = id ?? uniqueSlug(get('Title') ?? '', eventIdsTaken);
			ev = { id: eventId, row: r.row, fields: new Map(), cites: [], quotes: [], claims: [], support: [] };
			out.events.push(ev);
			eventById.set(eventId, ev);
			if (id === undefined) ctx.note(issue('csvIdMade', { id: eventId }), r.row, 'ID');
		}
		if (ev) for (const c of details) give(ev.fields, c, get(c)!, r.row, { of: 'event', source: '', event: ev.id });

		const cite = sourceOfRow(r.row, get);
		if (ev && cite && !ev.cites.some((c) => c.src === cite.src)) ev.cites.push(cite);
		const supportGiven = supportColumns.filter((c) => get(c) !== undefined);
		if (supportGiven.length) {
			if (!ev || !cite) ctx.fail(r.row, supportGiven[0]!, issue(ev ? 'csvSupportNoSource' : 'csvSupportNoEvent', {}));
			else {
				let entry = ev.support.find((x) => x.cite.src === cite.src);
				if (!entry) ev.support.push((entry = { cite, fields: new Map() }));
				const what: Whose = {
					of: 'support',
					source: excerpt(cite.src.id ?? cite.src.idAt.value, 60),
					event: ev.id
				};
				for (const c of supportGiven) give(entry.fields, c, get(c)!, r.row, what);
			}
		}

		const quoteCells = new Map<ColumnName, string>();
		for (const c of quoteColumns) {
			const v = get(c);
			if (v !== undefined) quoteCells.set(c, v);
		}
		const claim = get('Claim');
		const value = get('Claim value');
		if (!ev) {
			const stray = [
				...quoteCells.keys(),
				...(claim === undefined ? [] : ['Claim' as const]),
				...(value === undefined ? [] : ['Claim value' as const])
			][0];
			if (stray) ctx.fail(r.row, stray, issue('csvNoEvent', {}));
			continue;
		}
		if (quoteCells.has('Quote')) {
			if (cite) ev.quotes.push({ row: r.row, cite, cells: quoteCells });
			else ctx.fail(r.row, 'Quote', issue('csvQuoteNoSource', {}));
		} else {
			const stray = quoteCells.keys().next();
			if (!stray.done) ctx.fail(r.row, stray.value, issue('csvStrayQuoteCell', {}));
		}
		if (claim === undefined && value === undefined) continue;
		if (claim === undefined) ctx.fail(r.row, 'Claim', issue('csvClaimEmpty', {}));
		else if (value === undefined)
			ctx.fail(r.row, 'Claim value', issue('csvClaimValueEmpty', { claim: excerpt(claim, 60) }));
		else if (!cite) ctx.fail(r.row, 'Claim value', issue('csvClaimNoSource', {}));
		else addClaim(ev, claim, value, cite);
	}
	return out;
}

/** The timeline file from what the rows gave, the caller's `meta` and the file name. */
function buildTimeline(rows: Rows, file: string, meta: TimelineMeta, ctx: Ctx): Loose {
	const tl = (name: ColumnName) => rows.timeline.get(name)?.value;
	const base = baseName(file);
	const id = tl('Timeline ID') ?? meta.id ?? (slugify(base) || 'timeline');
	const title = tl('Timeline title') ?? meta.title ?? base;
	const language = tl('Timeline language') ?? meta.language ?? 'en';
	const assumed = (name: ColumnName, given: string | undefined, value: string) =>
		tl(name) === undefined && given === undefined ? value : null;
	const defaulted: IssueParams['csvTimelineAssumed'] = {
		id: assumed('Timeline ID', meta.id, id),
		title: assumed('Timeline title', meta.title, title),
		language: assumed('Timeline language', meta.language, language)
	};
	if (defaulted.id !== null || defaulted.title !== null || defaulted.language !== null)
		ctx.note(issue('csvTimelineAssumed', defaulted));
	for (const src of rows.sources)
		if (src.id === undefined) src.id = sourceSlug(src.fields.get('Source URL')?.value ?? '', rows.sourceIdsTaken);
	return compact({
		id,
		title,
		description: tl('Timeline description') ?? meta.description,
		language,
		sources: rows.sources.map((src) => buildSource(src, rows, ctx)),
		events: rows.events.map((ev) => buildEvent(ev, language, ctx))
	});
}

function buildSource(src: SourceAcc, rows: Rows, ctx: Ctx): Loose {
	const f = (name: ColumnName) => src.fields.get(name)?.value;
	let kind = f('Source kind');
	if (kind === undefined) {
		kind = 'unknown';
		ctx.note(issue('csvKindAssumed', { source: src.id! }), src.row, 'Source kind');
	}
	let derivedFrom = f('Derived from');
	if (derivedFrom !== undefined) {
		const resolved = rows.sourceById.get(derivedFrom)?.id ?? rows.sourceByUrl.get(derivedFrom)?.id;
		if (resolved !== undefined) derivedFrom = resolved;
		// An unknown id is the loader's to report; an unknown URL could never become one.
		else if (/^https?:\/\//i.test(derivedFrom))
			ctx.fail(
				src.fields.get('Derived from')!.row,
				'Derived from',
				issue('csvUnknownDerivedFrom', { value: excerpt(derivedFrom, 60) })
			);
	}
	const text = f('Archived text');
	let scope = f('Archive scope');
	if (scope === undefined && text !== undefined) {
		scope = 'passages';
		ctx.note(issue('csvScopeAssumed', { source: src.id! }), src.row, 'Archive scope');
	}
	const retrieved = f('Retrieved');
	const [url, captured, sha256] = [f('Archive URL'), f('Captured'), f('SHA-256')];
	const hasArchive = [text, scope, retrieved, url, captured, sha256].some((x) => x !== undefined);
	return compact({
		id: src.id,
		publisher: f('Publisher'),
		title: f('Source title'),
		url: f('Source URL'),
		published: f('Source published'),
		kind,
		derivedFrom,
		agency: f('Agency'),
		language: f('Source language'),
		note: f('Source note'),
		archive: hasArchive ? compact({ retrieved, scope, text, url, captured, sha256 }) : undefined
	});
}

function buildEvent(ev: EventAcc, language: string, ctx: Ctx): Loose {
	const f = (name: ColumnName) => ev.fields.get(name)?.value;
	const list = (name: ColumnName) => {
		const v = f(name);
		return v === undefined ? undefined : splitList(v);
	};
	const hasMedia = ['Media', 'Media caption', 'Media credit', 'Media alt'].some((c) => ev.fields.has(c as ColumnName));
	const confidence = (level: ColumnName, note: ColumnName) =>
		ev.fields.has(level) || ev.fields.has(note) ? compact({ level: f(level), note: f(note) }) : undefined;
	const date = confidence('Date confidence', 'Date confidence note');
	const attribution = confidence('Attribution confidence', 'Attribution confidence note');
	return compact({
		id: ev.id,
		title: f('Title'),
		date: buildDate(ev, ctx),
		dateNote: f('Date note'),
		summary: f('Summary'),
		actors: list('Actors'),
		tags: list('Tags'),
		group: f('Group'),
		media: hasMedia
			? compact({ url: f('Media'), caption: f('Media caption'), credit: f('Media credit'), alt: f('Media alt') })
			: undefined,
		quotes: ev.quotes.length ? ev.quotes.map((q) => buildQuote(q, language, ctx)) : undefined,
		sources: ev.cites.map((c) => c.src.id!),
		claims: ev.claims.length
			? ev.claims.map((c) => ({
					about: c.about,
					variants: c.variants.map((v) => ({ value: v.value, sources: v.cites.map((cite) => cite.src.id!) }))
				}))
			: undefined,
		confidence: date || attribution ? compact({ date, attribution }) : undefined,
		support: ev.support.length
			? ev.support.map(({ cite, fields }) => {
					const supports = fields.get('Supports')?.value;
					return compact({
						source: cite.src.id,
						supports: supports === undefined ? undefined : splitList(supports),
						note: fields.get('Support note')?.value
					});
				})
			: undefined,
		contradicts: f('Contradicts')
	});
}

/** The date from its four columns; which combinations make sense only the CSV knows. */
function buildDate(ev: EventAcc, ctx: Ctx): unknown {
	const g = (name: ColumnName) => ev.fields.get(name);
	const [date, end, notBefore, notAfter] = [g('Date'), g('End date'), g('Not before'), g('Not after')];
	if (notBefore && notAfter && !date && !end) return { notBefore: notBefore.value, notAfter: notAfter.value };
	if (notBefore || notAfter) {
		if (date || end)
			ctx.fail((notBefore ?? notAfter)!.row, notBefore ? 'Not before' : 'Not after', issue('csvDateMix', {}));
		else if (notAfter) ctx.fail(notAfter.row, 'Not after', issue('csvNeedsNotBefore', {}));
		else ctx.fail(notBefore!.row, 'Not before', issue('csvNeedsNotAfter', {}));
		return undefined;
	}
	if (end && !date) {
		ctx.fail(end.row, 'End date', issue('csvEndWithoutDate', {}));
		return undefined;
	}
	return date && end ? { start: date.value, end: end.value } : date?.value;
}

function buildQuote(q: QuoteAcc, timelineLanguage: string, ctx: Ctx): Loose {
	const c = (name: ColumnName) => q.cells.get(name);
	let language = c('Quote language');
	if (language === undefined) {
		const fromSource = q.cite.src.fields.get('Source language')?.value;
		language = fromSource ?? timelineLanguage;
		ctx.note(
			issue('csvQuoteLanguageAssumed', { language, from: fromSource ? 'source' : 'timeline' }),
			q.row,
			'Quote language'
		);
	}
	const any = (...names: ColumnName[]) => names.some((n) => q.cells.has(n));
	return compact({
		text: c('Quote'),
		speaker: c('Speaker'),
		source: q.cite.src.id,
		language,
		translatedFrom: any('Translated from', 'Translated by')
			? compact({ language: c('Translated from'), by: c('Translated by') })
			: undefined,
		translation: any('Translation', 'Translation language', 'Translation by')
			? compact({ text: c('Translation'), language: c('Translation language'), by: c('Translation by') })
			: undefined,
		note: c('Quote note')
	});
}

/** The header each known column has in this file; unknown columns are errors, note columns are set aside. */
function columnHeaders(table: CsvTable, file: string, errors: Issue[], changes: Issue[]): Map<ColumnName, string> {
	const out = new Map<ColumnName, string>();
	for (const c of COLUMNS) {
		const h = headerNamed(table, c.name);
		if (h !== undefined) out.set(c.name, h);
	}
	const known = new Set(out.values());
	const notes: string[] = [];
	for (const h of table.headers) {
		if (known.has(h)) continue;
		const alone: CsvTable = { ...table, headers: [h] };
		const twin = COLUMNS.find((c) => headerNamed(alone, c.name) !== undefined);
		if (twin) errors.push({ file, row: 1, column: h, ...issue('csvSameColumn', { other: out.get(twin.name)! }) });
		else if (NOTES_HEADER.test(h)) notes.push(h);
		else {
			const near = nearestColumn(h);
			errors.push({
				file,
				row: 1,
				column: h,
				...issue('csvUnknownColumn', { near: near ?? '', columns: COLUMNS.map((c) => c.name).join(', ') })
			});
		}
	}
	if (notes.length) changes.push({ file, row: 1, ...issue('csvNotesColumns', { columns: notes }), warning: true });
	return out;
}

/** A known column a mistyped header is probably meant to be (at most two letters off). */
function nearestColumn(header: string): string | undefined {
	const h = squash(header);
	let best: string | undefined;
	let bestDistance = 3;
	for (const c of COLUMNS) {
		const d = editDistance(h, squash(c.name));
		if (d < bestDistance) [best, bestDistance] = [c.name, d];
	}
	return best;
}

/** A header without case, spaces or underscores, for telling how close two are. */
const squash = (s: string) => s.toLowerCase().replace(/[\s_]+/g, '');

function editDistance(a: string, b: string): number {
	// Headers are short: the plain two-row dynamic programme is plenty.
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++) {
			cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		prev = cur;
	}
	return prev[b.length]!;
}

function addClaim(ev: EventAcc, about: string, value: string, cite: Cite): void {
	let claim = ev.claims.find((c) => c.about === about);
	if (!claim) ev.claims.push((claim = { about, row: cite.row, variants: [] }));
	let variant = claim.variants.find((v) => v.value === value);
	if (!variant) claim.variants.push((variant = { value, row: cite.row, cites: [] }));
	if (!variant.cites.some((c) => c.src === cite.src)) variant.cites.push(cite);
}

/** Why a cell cannot be read, for what only a spreadsheet does; the loader judges the rest. */
function cellProblem(name: ColumnName, raw: string): Coded | null {
	if (DATE_COLUMNS.has(name) && /^\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/.test(raw)) {
		return issue('csvSpreadsheetDate', { text: excerpt(raw) });
	}
	return null;
}

/** A cell as the JSON has it: dates in their JSON form, lists with one separator, kinds in lowercase. */
function normalise(name: ColumnName, raw: string): string {
	if (DATE_COLUMNS.has(name)) return jsonDate(raw);
	const value = LIST_COLUMNS.has(name) ? splitList(raw).join('; ') : raw;
	return LOWERCASE_COLUMNS.has(name) ? value.toLowerCase() : value;
}

const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})(?:T|\s+)(\d{1,2}):(\d{2}(?::\d{2})?)\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;

/** `2025-03-05 20:00 +01:00` (a space for the T, a space before the zone) in the JSON form `2025-03-05T20:00+01:00`. */
export function jsonDate(text: string): string {
	const m = DATE_TIME_RE.exec(text.trim());
	if (!m) return text.trim();
	const [, day, hour, rest, zone] = m;
	let z = zone ?? '';
	if (/^(z|utc|gmt)$/i.test(z)) z = 'Z';
	else if (/^[+-]\d{4}$/.test(z)) z = `${z.slice(0, 3)}:${z.slice(3)}`;
	return `${day}T${hour!.padStart(2, '0')}:${rest}${z}`;
}

/** The items of a `;`-separated cell. */
function splitList(cell: string): string[] {
	return cell
		.split(';')
		.map((s) => s.trim())
		.filter(Boolean);
}

/** Whose field two rows give different values for: a source's, the timeline's, an event's, or what a source supports of an event. */
type Whose = Pick<IssueParams['csvConflict'], 'of' | 'source' | 'event'>;

function conflict(earlier: Given, value: string, what: Whose): Coded {
	return issue('csvConflict', {
		value: excerpt(value, 60),
		row: earlier.row,
		earlier: excerpt(earlier.value, 60),
		...what
	});
}

/** An object without its undefined fields (the loader would call them "must be text, not undefined"). */
function compact(o: Loose): Loose {
	const out: Loose = {};
	for (const k in o) if (o[k] !== undefined) out[k] = o[k];
	return out;
}

/** A file's name without folders or extension: "timelines/My events.csv" → "My events". */
function baseName(file: string): string {
	const name = file.split(/[\\/]/).pop() ?? file;
	return name.replace(/\.[^.]*$/, '') || name;
}

function capped(errors: Issue[], file: string): Issue[] {
	if (errors.length <= MAX_ERRORS) return errors;
	return [...errors.slice(0, MAX_ERRORS), { file, ...issue('moreErrors', { count: errors.length - MAX_ERRORS }) }];
}

const KEY_RE = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** The keys of a loader path (`events[3].date.end` → events, 3, date, end), or null for "(file)" and the like. */
function pathKeys(path: string): (string | number)[] | null {
	const keys: (string | number)[] = [];
	for (let at = 0; at < path.length; at = KEY_RE.lastIndex) {
		KEY_RE.lastIndex = at;
		const m = KEY_RE.exec(path);
		if (!m) return null;
		keys.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? m[3]!));
	}
	return keys.length ? keys : null;
}

/** The column that holds the value at a path (`events[].date.end` → End date), looking up the path until one does. */
function columnOfKeys(keys: (string | number)[]): ColumnName | undefined {
	const parts = keys.map((k, i) => (typeof k === 'number' ? '[]' : i ? `.${k}` : k));
	for (let n = parts.length; n > 0; n--) {
		const name = COLUMN_OF_PATH.get(parts.slice(0, n).join(''));
		if (name) return name;
	}
	return undefined;
}

/**
 * `locate` for a read file: a loader path to the row that wrote the value (or, for a missing field,
 * the row of the event, quote or source it belongs to) and the column of the field. Worked out when
 * asked, from what reading kept anyway: a map of every path of a 100,000-event file would cost more
 * than the few errors it is asked about.
 */
function locator(
	{ events, sources, timeline }: Rows,
	header: (name: ColumnName) => string
): (path: string) => Place | null {
	const place = (row: number, name?: ColumnName): Place => (name ? { row, column: header(name) } : { row });
	const fieldRow = (fields: Map<ColumnName, Given>, name: ColumnName | undefined, fallback: number) =>
		(name && fields.get(name)?.row) ?? fallback;

	function eventPlace(ev: EventAcc, rest: (string | number)[], name: ColumnName | undefined): Place {
		const [field, j, sub, k, subsub, m] = rest;
		if (field === undefined) return place(ev.row);
		if (field === 'id') return place(ev.row, 'ID');
		const quote = field === 'quotes' && typeof j === 'number' ? ev.quotes[j] : undefined;
		if (quote) return sub === 'source' ? place(quote.cite.row, quote.cite.column) : place(quote.row, name ?? 'Quote');
		const cite = field === 'sources' && typeof j === 'number' ? ev.cites[j] : undefined;
		if (cite) return place(cite.row, cite.column);
		const support = field === 'support' && typeof j === 'number' ? ev.support[j] : undefined;
		if (support) {
			if (sub === 'source') return place(support.cite.row, support.cite.column);
			const col = name ?? 'Supports';
			return place(fieldRow(support.fields, col, support.cite.row), col);
		}
		const claim = field === 'claims' && typeof j === 'number' ? ev.claims[j] : undefined;
		if (claim) {
			const variant = sub === 'variants' && typeof k === 'number' ? claim.variants[k] : undefined;
			const by = variant && subsub === 'sources' && typeof m === 'number' ? variant.cites[m] : undefined;
			if (by) return place(by.row, by.column);
			return place(variant?.row ?? claim.row, name ?? 'Claim');
		}
		// A problem with the date as a whole (a range that runs backwards) is shown at the cell that ends it.
		const dateName =
			field === 'date' && rest.length === 1
				? ev.fields.has('Not after') || ev.fields.has('Not before')
					? 'Not after'
					: ev.fields.has('End date')
						? 'End date'
						: 'Date'
				: name;
		return place(fieldRow(ev.fields, dateName, ev.row), dateName);
	}

	return (path) => {
		const keys = pathKeys(path);
		if (!keys) return null;
		const name = columnOfKeys(keys);
		const [top, i] = keys;
		if (top === 'events' && typeof i === 'number') {
			const ev = events[i];
			return ev ? eventPlace(ev, keys.slice(2), name) : null;
		}
		if (top === 'sources' && typeof i === 'number') {
			const src = sources[i];
			if (!src) return null;
			if (keys.length === 2) return place(src.row);
			if (keys[2] === 'id') return place(src.idAt.row, src.idAt.column);
			return place(fieldRow(src.fields, name, src.row), name);
		}
		const given = keys.length === 1 && name ? timeline.get(name) : undefined;
		return given ? place(given.row, name) : null;
	};
}

// ---------------------------------------------------------------------------------------------
// Writing

/** One planned row of an event: the source it cites, and the quote or claim variant it carries. */
interface PlannedRow {
	source?: string;
	quote?: QuoteInput;
	claim?: { about: string; value: string };
}

/**
 * The rows of one event, in an order that reads back to the same lists: sources first named in the
 * order of `event.sources`, quotes in their order, claims, variants and their sources in theirs. A
 * claim variant goes on a row of its source where it keeps that order, else on a row of its own.
 */
export function planEventRows(event: EventInput): PlannedRow[] {
	const rows: PlannedRow[] = [];
	const named = new Set<string>();
	let next = 0;
	/** Name, on rows of their own, the event's sources before `id` that no row has named yet. */
	const nameUpTo = (id: string) => {
		while (!named.has(id) && next < event.sources.length) {
			const s = event.sources[next++]!;
			if (s !== id && !named.has(s)) rows.push({ source: s });
			named.add(s);
		}
	};
	for (const quote of event.quotes ?? []) {
		nameUpTo(quote.source);
		named.add(quote.source);
		rows.push({ source: quote.source, quote });
	}
	for (const s of event.sources.slice(next))
		if (!named.has(s)) {
			named.add(s);
			rows.push({ source: s });
		}
	let last = -1;
	for (const claim of event.claims ?? []) {
		for (const variant of claim.variants) {
			for (const source of variant.sources) {
				const mark = { about: claim.about, value: variant.value };
				let i = last + 1;
				while (i < rows.length && (rows[i]!.source !== source || rows[i]!.claim)) i++;
				if (i < rows.length) rows[i]!.claim = mark;
				else rows.push({ source, claim: mark });
				last = i;
			}
		}
	}
	return rows.length ? rows : [{}];
}

type Cells = Map<ColumnName, string>;

/** Sourceline CSV for a timeline file: what the columns hold reads back to the same file (eras and empty lists aside). */
export function writeSourcelineCsv(file: PublishedFile): string {
	const rows: Cells[] = [];
	const sourceById = new Map(file.sources.map((s) => [s.id, s]));
	const written = new Set<string>();
	// Sources come back in the order rows first name them: when events name them in another order (or
	// some not at all), they are listed first, one row each, in the file's order.
	if (!sourcesInOrderOfUse(file))
		for (const s of file.sources) {
			const cells: Cells = new Map();
			sourceCells(s, cells, true);
			written.add(s.id);
			rows.push(cells);
		}
	for (const event of file.events) {
		const supportWritten = new Set<string>();
		planEventRows(event).forEach((plan, i) => {
			const cells: Cells = new Map<ColumnName, string>([['ID', event.id]]);
			if (i === 0) eventCells(event, cells);
			if (plan.source !== undefined) {
				const s = sourceById.get(plan.source);
				if (s) sourceCells(s, cells, !written.has(s.id));
				else cells.set('Source ID', plan.source);
				written.add(plan.source);
				// On the first row of the event that names the source: the order of `support` is the order
				// of `sources` it reads back in.
				const support = event.support?.find((x) => x.source === plan.source);
				if (support && !supportWritten.has(plan.source)) {
					supportWritten.add(plan.source);
					cells.set('Supports', support.supports.join('; '));
					put(cells, 'Support note', support.note);
				}
			}
			if (plan.quote) quoteCells(plan.quote, cells);
			if (plan.claim) {
				cells.set('Claim', plan.claim.about);
				cells.set('Claim value', plan.claim.value);
			}
			rows.push(cells);
		});
	}
	if (!rows.length) rows.push(new Map());
	const first = rows[0]!;
	first.set('Timeline ID', file.id);
	first.set('Timeline title', file.title);
	if (file.description !== undefined) first.set('Timeline description', file.description);
	first.set('Timeline language', file.language);
	const columns = COLUMNS.map((c) => c.name).filter((name) => BASIC.has(name) || rows.some((r) => r.has(name)));
	return writeCsv(
		columns,
		rows.map((r) => columns.map((name) => guard(r.get(name) ?? '')))
	);
}

/** Whether the events name the sources, first mention by first mention, in the order of `file.sources` (all of them). */
function sourcesInOrderOfUse(file: PublishedFile): boolean {
	const order: string[] = [];
	const seen = new Set<string>();
	for (const e of file.events)
		for (const id of e.sources)
			if (!seen.has(id)) {
				seen.add(id);
				order.push(id);
			}
	return order.length === file.sources.length && order.every((id, i) => file.sources[i]!.id === id);
}

function eventCells(e: EventInput, cells: Cells): void {
	if (typeof e.date === 'string') cells.set('Date', e.date);
	else if ('start' in e.date) {
		cells.set('Date', e.date.start);
		cells.set('End date', e.date.end);
	} else {
		cells.set('Not before', e.date.notBefore);
		cells.set('Not after', e.date.notAfter);
	}
	put(cells, 'Date note', e.dateNote);
	cells.set('Title', e.title);
	put(cells, 'Summary', e.summary);
	if (e.actors?.length) cells.set('Actors', e.actors.join('; '));
	if (e.tags?.length) cells.set('Tags', e.tags.join('; '));
	put(cells, 'Group', e.group);
	put(cells, 'Contradicts', e.contradicts);
	if (e.media) {
		cells.set('Media', e.media.url);
		put(cells, 'Media caption', e.media.caption);
		put(cells, 'Media credit', e.media.credit);
		put(cells, 'Media alt', e.media.alt);
	}
	put(cells, 'Date confidence', e.confidence?.date?.level);
	put(cells, 'Date confidence note', e.confidence?.date?.note);
	put(cells, 'Attribution confidence', e.confidence?.attribution?.level);
	put(cells, 'Attribution confidence note', e.confidence?.attribution?.note);
}

/** A source's cells: all of them on the row that first names it, and on later rows what tells a reader whose it is. */
function sourceCells(s: Source, cells: Cells, full: boolean): void {
	cells.set('Source ID', s.id);
	cells.set('Source URL', s.url);
	cells.set('Publisher', s.publisher);
	if (!full) return;
	put(cells, 'Source title', s.title);
	cells.set('Source kind', s.kind);
	put(cells, 'Agency', s.agency);
	put(cells, 'Source published', s.published);
	put(cells, 'Source language', s.language);
	put(cells, 'Derived from', s.derivedFrom);
	put(cells, 'Source note', s.note);
	if (s.archive) {
		put(cells, 'Archived text', s.archive.text);
		cells.set('Archive scope', s.archive.scope);
		put(cells, 'Retrieved', s.archive.retrieved);
		put(cells, 'Archive URL', s.archive.url);
		put(cells, 'Captured', s.archive.captured);
		put(cells, 'SHA-256', s.archive.sha256);
	}
}

function quoteCells(q: QuoteInput, cells: Cells): void {
	cells.set('Quote', q.text);
	cells.set('Speaker', q.speaker);
	cells.set('Quote language', q.language);
	put(cells, 'Translated from', q.translatedFrom?.language);
	put(cells, 'Translated by', q.translatedFrom?.by);
	put(cells, 'Translation', q.translation?.text);
	put(cells, 'Translation language', q.translation?.language);
	put(cells, 'Translation by', q.translation?.by);
	put(cells, 'Quote note', q.note);
}

function put(cells: Cells, name: ColumnName, value: string | undefined): void {
	if (value !== undefined) cells.set(name, value);
}

// A spreadsheet runs a cell that starts with = + - or @ as a formula (an archived page could carry
// one): such a cell is written after an apostrophe, the spreadsheets' own "this is text" mark, and
// read back without it.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet will show as text. */
function guard(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A cell without the apostrophe `guard` added. */
function unguard(value: string): string {
	return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

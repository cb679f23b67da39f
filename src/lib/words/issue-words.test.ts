import { describe, expect, it } from 'vitest';
import { issue, type Coded, type IssueCode, type IssueParams, type TallyParams } from '$lib/data/issue-codes';
import { ENGLISH_ISSUES, englishOf } from '$lib/data/issue-english';
import { loadTimelineText } from '$lib/data/load';
import { importText } from '$lib/data/formats/import';
import { loadWords } from './catalogue';
import { ENGLISH } from '../../../tests/fixtures/english-words';
import { LOCALES } from './locales';
import { issueWords as wordIssue, whereOrFile, whereWords } from './issue-words';
import { loadReport } from './report-catalogue';
import type { Words } from './words';

/** Word an issue as the page does: with the language's issue messages, fetched. */
const issueWords = async (c: Coded, words: Words) => wordIssue(c, words, await loadReport(words.locale));

const tally: TallyParams = {
	count: 3,
	listed: [{ at: { row: 4 }, detail: '14:30', style: 'paren' }, { at: { path: 'events[2]' } }],
	more: 1
};
const day = { code: 'dateNoDay', params: { date: '2025-02-30', year: 2025, month: 2, days: 28 } } as const;

/** Values for every code (a code missing here fails the type check), as a file could give them. */
const SAMPLES: { [K in IssueCode]: IssueParams[K] } = {
	fileTooBig: { size: 68_157_440, limit: 67_108_864 },
	tooBigWhileReading: { size: 68_157_440, limit: 67_108_864 },
	notJson: { detail: 'Unexpected token } in JSON at position 12' },
	notText: { encoding: 'UTF-16LE' },
	unreadable: { detail: '' },
	noWorker: {},
	notTimelineObject: { got: 'list' },
	moreErrors: { count: 1234 },
	csvTooBig: { size: 68_157_440, limit: 67_108_864 },
	csvTooManyColumns: { count: 201, limit: 200 },
	csvNoHeader: {},
	csvBlankHeader: { column: 3 },
	csvDuplicateHeader: { header: 'Title', first: 2, second: 5 },
	csvTooManyRows: { limit: 200_000 },
	csvTooManyCells: { cells: 7, columns: 5 },
	unknownColumns: { columns: 'When, What' },
	csvSameColumn: { other: 'End date' },
	csvUnknownColumn: { near: 'Title', columns: 'ID, Date, Title' },
	csvNotesColumns: { columns: ['# mine', 'Notes'] },
	csvSpreadsheetDate: { text: '05/03/2025' },
	csvConflict: { value: 'AP', row: 3, earlier: 'Reuters', of: 'support', source: 'ap', event: 'talks' },
	csvIdMade: { id: 'talks-begin' },
	csvStraySourceCell: {},
	csvSupportNoSource: {},
	csvSupportNoEvent: {},
	csvNoEvent: {},
	csvQuoteNoSource: {},
	csvStrayQuoteCell: {},
	csvClaimEmpty: {},
	csvClaimValueEmpty: { claim: 'Where it was said' },
	csvClaimNoSource: {},
	csvTimelineAssumed: { id: 'my-events', title: 'My events', language: 'en' },
	csvKindAssumed: { source: 'ap' },
	csvUnknownDerivedFrom: { value: 'https://example.org/x' },
	csvScopeAssumed: { source: 'ap' },
	csvDateMix: {},
	csvNeedsNotBefore: {},
	csvNeedsNotAfter: {},
	csvEndWithoutDate: {},
	csvQuoteLanguageAssumed: { language: 'de', from: 'source' },
	tjsNotTemplate: { missing: ['Year', 'Headline'] },
	tjsColumnsNotRead: { columns: ['Colour', 'Size'] },
	tjsSecondTitle: { slide: { row: 5 } },
	tjsUnknownType: { slide: { row: 5 }, type: 'chapter' },
	tjsNotWholeNumber: { value: '19x', json: false },
	tjsNotTime: { value: 'noon' },
	tjsOrphanEndParts: { row: 5, columns: ['End Month', 'End Day'] },
	tjsNotObject: {},
	tjsVersion2: {},
	tjsNoEvents: {},
	tjsScale: { scale: 'cosmological' },
	tjsMustBeList: {},
	tjsNotSlide: {},
	tjsEndNoYear: { slide: { path: 'events[3]' } },
	tjsMustBeText: {},
	tjsMustBeObject: {},
	tjsHtmlTooDeep: { limit: 200 },
	tjsOutOfRange: { value: 13, part: 'month' },
	tjsLanguageAssumed: {},
	tjsMediaAsLinks: { count: 5 },
	tjsNoTitleSlide: { name: 'history' },
	tjsTitleNoHeadline: { name: 'history' },
	tjsTitleMedia: {},
	tjsUniqueIdTwice: { slide: { path: 'events[3]' }, id: 'talks' },
	tjsNoStartYear: { slide: { row: 5 }, headline: 'Talks begin' },
	tjsUndrawable: { slide: { row: 5 }, headline: 'Big Bang', year: '-13800000000' },
	tjsPartsDropped: { slide: { row: 5 }, headline: '', dropped: ['timeWithoutDay', 'milliseconds'], end: true },
	tjsNoHeadline: { slide: { row: 5 }, from: 'text', title: 'The first words' },
	tjsUniqueIdNotSlug: { slide: { row: 5 }, given: 'Talks Begin', id: 'talks-begin' },
	tjsMoreEmbeds: { slide: { row: 5 }, count: 2 },
	tjsNoScheme: { slide: { row: 5 }, url: '//example.org/a.png' },
	tjsQuoteInSummary: { slide: { row: 5 }, why: 'noSpeaker' },
	tjsLinksLeftOut: { slide: { row: 5 }, limit: 300 },
	tjsEraNoDate: { slide: { path: 'eras[1]' }, headline: 'The war', missing: 'end' },
	tjsEraUndrawable: { slide: { path: 'eras[1]' }, headline: '', year: '10000' },
	tjsEraBadDates: { slide: { path: 'eras[1]' }, headline: 'The war', why: day },
	tjsEraNoHeadline: { slide: { path: 'eras[1]' } },
	tjsUnknownFields: tally,
	tjsUtcTimes: { ...tally, end: true },
	tjsIdsMade: tally,
	tjsThumbnails: tally,
	tjsMediaTitles: tally,
	tjsFrames: tally,
	tjsAltDropped: tally,
	tjsMediaLinks: tally,
	tjsQuoteLinks: tally,
	tjsBadLinks: { ...tally, listed: [{ at: { row: 4 }, detail: 'javascript:alert(1)', style: 'quoted' }] },
	tjsBackgrounds: tally,
	dataUrlTooLong: {},
	dataUrlUnparsable: {},
	dataUrlNotHttp: {},
	dataUrlCredentials: {},
	dataUrlOtherSite: { origin: 'https://example.org' },
	fetchFailed: { detail: 'Failed to fetch' },
	fetchStatus: { status: 404 },
	notServedAsJson: { type: 'text/html' },
	noBody: {},
	unknownField: {},
	missing: {},
	wrongType: { want: 'text', expected: 'string', got: '12' },
	invalid: { detail: 'Invalid type' },
	empty: {},
	tooLong: { length: 5_001, limit: 5_000 },
	badChar: { kind: 'control', char: 'U+0007', at: 12 },
	idTooLong: { limit: 80 },
	notSlug: {},
	dateShape: {},
	urlTooLong: {},
	urlNotHttp: {},
	urlUnsafeChars: {},
	urlUnparsable: {},
	urlCredentials: {},
	urlNoHost: {},
	notLanguageTag: {},
	notDateValue: {},
	notSourceKind: {},
	notUtc: {},
	notSha256: {},
	notArchiveScope: {},
	notConfidenceLevel: {},
	notSupportKind: {},
	needsSource: {},
	needsTwoVariants: {},
	needsSupport: {},
	tooMany: { of: 'tags', limit: 50 },
	duplicateId: { id: 'leap', first: 'events[0]' },
	unknownSourceId: { id: 'nowhere' },
	unknownEventId: { id: 'nowhere' },
	contradictsItself: {},
	shaMismatch: { source: 'ministry', actual: 'ab'.repeat(32) },
	notVerbatim: { event: 'statement', source: 'wire', quote: 'The posts will stay.' },
	supportTwice: { source: 'wire' },
	supportLeavesOut: { what: 'claim', source: 'wire' },
	supportNamesUncredited: { what: 'quote', source: 'wire' },
	notInEventSources: { source: 'wire' },
	derivationCycle: { ids: ['a', 'b', 'a'] },
	noSource: {},
	noSourceCount: { count: 21, total: 40 },
	plainHttp: {},
	plainHttpCount: { count: 21 },
	futureDate: { date: '2999-01-01' },
	futureCount: { count: 21 },
	dateNotDate: { text: 'soon' },
	dateYearZero: {},
	dateNoMonth: { month: '13', text: '2025-13' },
	dateNoDay: day.params,
	dateNoTime: { time: '25:00', text: '2025-03-05T25:00Z' },
	dateNoZone: { text: '2025-03-05T14:00' },
	dateBadOffset: { zone: '+15:00' },
	dateEnd: { end: 'notAfter', why: day },
	dateBackwards: { range: true, start: '2025-05', end: '2025-01' }
};

const samples = Object.entries(SAMPLES).map(([code, params]) => ({ code, params }) as Coded);

/** Messages that say the same in a language as in English, and rightly (only names and signs). */
const SAME: Partial<Record<IssueCode, string[]>> = {};

describe('issues in the reader’s language', () => {
	it('every code has values here, and English words each as the command line does', async () => {
		expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(ENGLISH_ISSUES).sort());
		for (const c of samples) expect(await issueWords(c, ENGLISH)).toBe(englishOf(c));
	});

	for (const locale of LOCALES.filter((l) => l !== 'en')) {
		it(`${locale}: words every code, none of them in English`, async () => {
			const words = await loadWords(locale);
			const report = await loadReport(locale);
			const english = samples.filter((c) => {
				const said = wordIssue(c, words, report);
				expect(said, c.code).not.toBe('');
				expect(said, c.code).not.toMatch(/undefined|\[object|NaN/);
				return said === englishOf(c) && !SAME[c.code]?.includes(locale);
			});
			expect(english.map((c) => c.code)).toEqual([]);
		});
	}

	it('counts, sizes and months go the language’s way', async () => {
		const [de, ru, ar] = await Promise.all([loadWords('de'), loadWords('ru'), loadWords('ar')]);
		const size = issue('fileTooBig', { size: 68_157_440, limit: 67_108_864 });
		expect(await issueWords(size, ENGLISH)).toBe('is 65.0 MB; the limit is 64.0 MB');
		expect(await issueWords(size, de)).toContain('65,0 MB');
		expect(await issueWords(issue('dateNoDay', day.params), de)).toContain('Februar 2025');
		const ruReport = await loadReport('ru');
		const more = (count: number) => wordIssue(issue('moreErrors', { count }), ru, ruReport);
		expect([more(1), more(2), more(5)].map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual([
			'и ещё 1',
			'и ещё 2',
			'и ещё 5'
		]);
		expect(more(1)).not.toBe(more(5).replace('5', '1'));
		expect(await issueWords(issue('moreErrors', { count: 12_345 }), ar)).toMatch(/12.?345/);
	});
});

describe('where a problem is', () => {
	it('rows, columns and events in words; paths as the file has them', async () => {
		const [en, de] = await Promise.all([loadReport('en'), loadReport('de')]);
		expect(whereWords({ row: 3, column: 'End date' }, en)).toBe('row 3, column "End date"');
		expect(whereWords({ row: 3, column: 'End date' }, de)).toBe('Zeile 3, Spalte „End date“');
		expect(whereWords({ event: 'talks', path: 'event "talks"' }, de)).toBe('Ereignis „talks“');
		expect(whereWords({ path: 'events[3].date' }, de)).toBe('events[3].date');
		expect(whereWords({ path: '(file)' }, de)).toBe('');
		expect(whereOrFile({ path: '(file)' }, en)).toBe('(file)');
		expect(whereOrFile({ path: '(file)' }, de)).toBe('(Datei)');
	});
});

describe('what the loaders find, worded', () => {
	const broken = JSON.stringify({
		id: 'x',
		title: 'X',
		language: 'en',
		extra: 1,
		sources: [{ id: 's', publisher: 'P', url: 'javascript:alert(1)', kind: 'news' }],
		events: [
			{ id: 'a', title: 'A', date: '2025-02-30', sources: ['s', 'nowhere'] },
			{ id: 'a', title: 7, date: { start: '2025-05', end: '2025-01' }, sources: [] }
		]
	});
	const csv = 'ID,Date,End date,Title,Colour\nx,05/03/2025,,A,red\n';

	it('each issue in English says what the command line says; in German it does not', async () => {
		const de = await loadWords('de');
		const json = loadTimelineText(broken, 'x.json');
		const sheet = await importText(csv, 'x.csv');
		const issues = [...(json.ok ? [] : json.errors), ...(sheet.ok ? [] : sheet.errors)];
		expect(issues.length).toBeGreaterThan(6);
		for (const e of issues) {
			expect(await issueWords(e, ENGLISH)).toBe(englishOf(e));
			expect(await issueWords(e, de), englishOf(e)).not.toBe(englishOf(e));
		}
		// The values cross a worker as they are: plain data.
		expect(structuredClone(issues)).toEqual(issues);
	});
});

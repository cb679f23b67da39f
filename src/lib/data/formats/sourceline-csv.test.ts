import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import story from '../../../../timelines/us-nuclear-umbrella-2025.json';
import { loadTimelineData } from '../load';
import type { TimelineFile } from '../schema';
import { readCsvTable } from './csv-table';
import { COLUMNS, isSourcelineCsv, jsonDate, readSourcelineCsv, writeSourcelineCsv } from './sourceline-csv';
import type { Coded } from '../issue-codes';
import type { Issue } from './types';
import { englishOf } from '../issue-english';

const { $schema: _schema, ...storyFile } = story as TimelineFile;
const FIRST_STORY = storyFile as TimelineFile;

/** Read CSV that must convert; its JSON. */
function json(csv: string, file = 't.csv'): TimelineFile {
	const r = readSourcelineCsv(csv, file);
	if (!r.ok) throw new Error(r.errors.map(said).join('\n'));
	return r.json as TimelineFile;
}

/** An issue as the app shows it: `row 3, column "End date": …`. */
function said(e: Coded & Pick<Issue, 'row' | 'column'>): string {
	const at = [e.row === undefined ? '' : `row ${e.row}`, e.column === undefined ? '' : `column "${e.column}"`];
	const place = at.filter(Boolean).join(', ');
	return place ? `${place}: ${englishOf(e)}` : englishOf(e);
}

/** Every problem with a CSV file: the converter's, else the loader's pointed back to rows and columns. */
function problems(csv: string, file = 't.csv'): string[] {
	const r = readSourcelineCsv(csv, file);
	if (!r.ok) return r.errors.map(said);
	const loaded = loadTimelineData(r.json, file);
	return loaded.ok ? [] : loaded.errors.map((e) => said({ ...e, ...r.locate(e.path) }));
}

function notes(csv: string, file = 't.csv'): string[] {
	const r = readSourcelineCsv(csv, file);
	if (!r.ok) throw new Error(r.errors.map(said).join('\n'));
	return r.report.changes.map(said);
}

const HEAD = 'ID,Date,Title,Quote,Speaker,Quote language,Source URL,Publisher,Source kind';

describe('the first story round-trips: JSON → CSV → JSON', () => {
	const csv = writeSourcelineCsv(FIRST_STORY);
	const back = readSourcelineCsv(csv, 'timelines/us-nuclear-umbrella-2025.csv');

	it('gives back the same file, which loads with no error and no import note', () => {
		if (!back.ok) throw new Error(back.errors.map(said).join('\n'));
		expect(back.json).toStrictEqual(FIRST_STORY);
		expect(back.report.changes).toEqual([]);
		expect(back.report).toMatchObject({ format: 'sourceline-csv', events: 13, sources: 28 });
		const loaded = loadTimelineData(back.json, 'x.csv');
		expect(loaded.ok ? [] : loaded.errors).toEqual([]);
	});
	it('keeps every quote’s source text, character for character', () => {
		const byId = (f: TimelineFile) => new Map(f.sources.map((s) => [s.id, s]));
		const before = byId(FIRST_STORY);
		const after = byId((back.ok ? back.json : {}) as TimelineFile);
		const cited = FIRST_STORY.events.flatMap((e) => (e.quotes ?? []).map((q) => q.source));
		expect(cited.length).toBeGreaterThan(30);
		for (const id of cited) expect(after.get(id)?.archive).toEqual(before.get(id)?.archive);
	});
	it('is a sheet a person can read: the basic columns first, one row per quote or source', () => {
		const header = csv.slice(0, csv.indexOf('\r\n')).split(',');
		expect(header.slice(0, 3)).toEqual(['ID', 'Date', 'Not before']);
		expect(header).toContain('Claim value');
		// Unused columns are left out.
		expect(header).not.toContain('Media');
		expect(header).not.toContain('End date');
	});
	it('writes the same CSV again from what it read', () => {
		expect(writeSourcelineCsv(json(csv))).toBe(csv);
	});
});

describe('a timeline whose sources are named in order of use writes them on the rows that use them', () => {
	const file: TimelineFile = {
		id: 'small',
		title: 'Small',
		language: 'en',
		sources: [
			{ id: 'a', publisher: 'A', url: 'https://a.example.org/1', kind: 'primary' },
			{ id: 'b', publisher: 'B', url: 'https://b.example.org/2', kind: 'news', derivedFrom: 'a', language: 'de' },
			{ id: 'c', publisher: 'C', url: 'https://c.example.org/3', kind: 'unknown' }
		],
		events: [
			{
				id: 'one',
				title: 'One',
				date: { start: '2025-03-05T20:00+01:00', end: '2025-03-06' },
				group: 'G',
				media: { url: 'https://img.example.org/x.jpg', caption: 'A picture', alt: 'Alt text' },
				quotes: [
					{ text: '=HYPERLINK("https://evil.example.org")', speaker: 'S', source: 'b', language: 'de' },
					{
						text: 'Zwei',
						speaker: 'T',
						source: 'a',
						language: 'de',
						translation: { text: 'Two', language: 'en', by: 'Us' },
						note: 'n'
					}
				],
				sources: ['a', 'b'],
				claims: [
					{
						about: 'x',
						variants: [
							{ value: 'p', sources: ['b', 'a'] },
							{ value: 'q', sources: ['a'] }
						]
					}
				]
			},
			{ id: 'two', title: 'Two', date: '2025', sources: ['c'], contradicts: 'one', actors: ['X', 'Y'] },
			{ id: 'three', title: 'Three', date: '2025-04', sources: [] }
		]
	};
	const csv = writeSourcelineCsv(file);

	it('reads back to the same file', () => {
		expect(json(csv)).toStrictEqual(file);
	});
	it('has no list of sources before the events', () => {
		expect(csv.split('\r\n')[1]).toMatch(/^one,/);
	});
	it('writes a cell that a spreadsheet would run as a formula after an apostrophe', () => {
		expect(csv).toContain(`"'=HYPERLINK(""https://evil.example.org"")"`);
	});
});

describe('what spreadsheets write', () => {
	const expected = { date: '2025-03-05', title: 'A, B', quote: 'Line one\nline two' };
	const check = (f: TimelineFile) => {
		expect(f.events).toHaveLength(1);
		expect(f.events[0]).toMatchObject({ date: expected.date, title: expected.title });
		expect(f.events[0]!.quotes?.[0]?.text).toBe(expected.quote);
	};
	it.each([
		[
			'a UTF-8 byte-order mark',
			'\uFEFF' + HEAD + '\n,2025-03-05,"A, B","Line one\nline two",S,en,https://x.example.org,X,news\n'
		],
		[
			'";" as the delimiter',
			HEAD.replace(/,/g, ';') + '\n;2025-03-05;A, B;"Line one\nline two";S;en;https://x.example.org;X;news\n'
		],
		['CRLF line ends', HEAD + '\r\n,2025-03-05,"A, B","Line one\nline two",S,en,https://x.example.org,X,news\r\n'],
		[
			'empty trailing rows and columns',
			HEAD + ',,\n,2025-03-05,"A, B","Line one\nline two",S,en,https://x.example.org,X,news,,\n,,,,,,,,,,\n\n'
		]
	])('%s', (_name, csv) => check(json(csv)));
	it('a header named __proto__ is an unknown column like any other, and touches no prototype', () => {
		expect(problems('Date,Title,__proto__\n2025,A,{"polluted":1}\n')).toEqual([
			expect.stringMatching(/^row 1, column "__proto__": is not a known column; the columns are: ID, Date,/)
		]);
		expect(json('Date,Title,# __proto__\n2025,A,{"polluted":1}\n').events).toHaveLength(1);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
	it('matches headers without regard to case or spacing, and names them as written', () => {
		const csv = 'date,TITLE,End  DATE\n2025-03-05,A,2025-02-30\n';
		expect(json(csv).events[0]!.date).toEqual({ start: '2025-03-05', end: '2025-02-30' });
		expect(problems(csv)).toContain('row 2, column "End  DATE": 2025-02-30 does not exist: February 2025 has 28 days');
	});
});

describe('dates', () => {
	it.each([
		['2025', '2025'],
		['2025-03', '2025-03'],
		['2025-03-05', '2025-03-05'],
		['2025-03-05T20:00+01:00', '2025-03-05T20:00+01:00'],
		['2025-03-05 20:00 +01:00', '2025-03-05T20:00+01:00'],
		['2025-03-05 20:00+01:00', '2025-03-05T20:00+01:00'],
		['2025-03-05T20:00 +01:00', '2025-03-05T20:00+01:00'],
		['2025-03-05 9:30:15 Z', '2025-03-05T09:30:15Z'],
		['2025-03-05 20:00 UTC', '2025-03-05T20:00Z'],
		['2025-03-05 20:00 -0530', '2025-03-05T20:00-05:30']
	])('%s is written %s', (cell, written) => {
		expect(jsonDate(cell)).toBe(written);
		expect(json(`Date,Title\n${cell},A\n`).events[0]!.date).toBe(written);
	});
	it('a time without a zone is left for the loader to explain', () => {
		expect(problems('Date,Title\n2025-03-05 20:00,A\n')).toEqual([
			'row 2, column "Date": 2025-03-05T20:00 has a time but no zone; add Z for UTC or an offset such as +01:00'
		]);
	});
	it('a spreadsheet’s own date format is refused with a hint, not guessed', () => {
		expect(problems('Date,Title\n05/03/2025,A\n')).toEqual([
			expect.stringMatching(
				/^row 2, column "Date": "05\/03\/2025" looks like a spreadsheet’s own date format.*format the column as text$/
			)
		]);
	});
	it('Not before and Not after give an uncertain date', () => {
		expect(json('Not before,Not after,Title\n2025-12-11,2025-12-23,A\n').events[0]!.date).toEqual({
			notBefore: '2025-12-11',
			notAfter: '2025-12-23'
		});
	});
	it.each([
		['Date,Not before,Not after,Title\n2025,2025-01,2025-02,A\n', 'row 2, column "Not before": cannot go with a Date'],
		['Date,Not before,Title\n,2025-01,A\n', 'row 2, column "Not before": needs a Not after'],
		['Date,End date,Title\n,2025-01,A\n', 'row 2, column "End date": needs a Date']
	])('date columns that do not go together: %j', (csv, start) => {
		expect(problems(csv)).toEqual([expect.stringContaining(start)]);
	});
});

describe('several quotes and sources per event: rows with the same ID', () => {
	const csv = [
		HEAD + ',Source published,Claim,Claim value',
		'e1,2025-03-05,An event,First words,S,en,https://one.example.org/a,One,wire,2025-03-05,Where,in Berlin',
		'e1,,,Second words,S,en,https://two.example.org/b,Two,news,,Where,in Bonn',
		'e1,,,,,,https://three.example.org/c,Three,unreliable,,Where,in Bonn',
		'e2,2025-04,Another,Third words,T,en,https://one.example.org/a,,,,,'
	].join('\n');
	const f = json(csv);

	it('add quotes, sources and claim variants to the event', () => {
		expect(f.events).toHaveLength(2);
		const e = f.events[0]!;
		expect(e.quotes?.map((q) => [q.text, q.source])).toEqual([
			['First words', 'one-example-org-a'],
			['Second words', 'two-example-org-b']
		]);
		expect(e.sources).toEqual(['one-example-org-a', 'two-example-org-b', 'three-example-org-c']);
		expect(e.claims).toEqual([
			{
				about: 'Where',
				variants: [
					{ value: 'in Berlin', sources: ['one-example-org-a'] },
					{ value: 'in Bonn', sources: ['two-example-org-b', 'three-example-org-c'] }
				]
			}
		]);
	});
	it('share one source between rows: the first row that gives a field sets it', () => {
		expect(f.sources).toHaveLength(3);
		expect(f.sources[0]).toEqual({
			id: 'one-example-org-a',
			publisher: 'One',
			url: 'https://one.example.org/a',
			published: '2025-03-05',
			kind: 'wire'
		});
		expect(f.events[1]!.quotes?.[0]?.source).toBe('one-example-org-a');
	});
	it('may come in any order (a sheet sorted by another column)', () => {
		const sorted = json(
			[
				HEAD,
				'e1,,,Second,S,en,https://two.example.org/b,Two,news',
				'e1,2025,An event,First,S,en,https://one.example.org/a,One,wire'
			].join('\n')
		);
		expect(sorted.events).toEqual([
			expect.objectContaining({
				id: 'e1',
				title: 'An event',
				date: '2025',
				sources: ['two-example-org-b', 'one-example-org-a']
			})
		]);
	});
	it('a row with only source columns lists a source', () => {
		const f = json(
			'ID,Date,Title,Source ID,Source URL,Publisher,Source kind\n,,,s,https://s.example.org,S,news\ne,2025,A,,,,\n'
		);
		expect(f.sources.map((s) => s.id)).toEqual(['s']);
		expect(f.events[0]!.sources).toEqual([]);
	});
});

describe('ids', () => {
	it('a row without an ID is a new event, its id made once from the title, with a note', () => {
		const csv =
			'ID,Date,Title\n,2025,Édith Clarke: a first\n,2026,Édith Clarke: a first\nedith-clarke-a-first-3,2027,C\n';
		expect(json(csv).events.map((e) => e.id)).toEqual([
			'edith-clarke-a-first',
			'edith-clarke-a-first-2',
			'edith-clarke-a-first-3'
		]);
		expect(notes(csv)[0]).toBe(
			'row 2, column "ID": has no ID, so the event’s id was made from its title: "edith-clarke-a-first". Write edith-clarke-a-first in the ID column, so links to the event stay the same if its title changes'
		);
	});
	it('an id made for one row never takes an ID another row writes', () => {
		expect(json('ID,Date,Title\n,2025,Same\nsame,2026,Other\n').events.map((e) => e.id)).toEqual(['same-2', 'same']);
	});
	it('a source is named by its Source ID, else by its URL; a row may give an ID to a source first named by URL', () => {
		const f = json(
			[
				'ID,Date,Title,Source ID,Source URL,Publisher,Source kind,Derived from',
				'e,2025,A,,https://www.wire.example.org/r/1?x=2,Wire,wire,',
				'e,,,wire,https://www.wire.example.org/r/1?x=2,,,',
				'e,,,copy,https://copy.example.org/p,Copy,derivative,https://www.wire.example.org/r/1?x=2',
				'e,,,,https://other.example.org,Other,derivative,copy'
			].join('\n')
		);
		expect(f.sources.map((s) => [s.id, s.derivedFrom])).toEqual([
			['wire', undefined],
			['copy', 'wire'],
			['other-example-org', 'copy']
		]);
		expect(f.events[0]!.sources).toEqual(['wire', 'copy', 'other-example-org']);
	});
	it('a source id made from its URL', () => {
		expect(
			json('Date,Title,Source URL,Publisher,Source kind\n2025,A,https://www.tass.com/world/2063657,T,wire\n')
				.sources[0]!.id
		).toBe('tass-com-world-2063657');
	});
});

describe('defaults, with a note', () => {
	it('an empty Source kind is unknown, an empty Quote language the source’s, an empty Archive scope passages', () => {
		const csv =
			'Date,Title,Quote,Speaker,Source URL,Publisher,Source language,Archived text\n2025,A,Hallo,S,https://x.example.org,X,de,Hallo\n';
		const f = json(csv);
		expect(f.sources[0]).toMatchObject({ kind: 'unknown', archive: { scope: 'passages', text: 'Hallo' } });
		expect(f.events[0]!.quotes?.[0]?.language).toBe('de');
		expect(notes(csv)).toEqual([
			expect.stringMatching(/^row 2, column "ID": has no ID, so the event’s id was made from its title: "a"/),
			'no row gives the Timeline ID, Timeline title and Timeline language: the timeline’s id "t" (from the file name), title "t" (the file name) and language "en" are assumed; add the columns to set them',
			'row 2, column "Source kind": is empty for source "x-example-org": its kind is "unknown" (write primary, wire, news, derivative or unreliable)',
			'row 2, column "Archive scope": is empty for source "x-example-org": its Archived text is taken as "passages" (write "full" if it is the whole page)',
			'row 2, column "Quote language": is empty: the quote is taken to be in "de" (the source’s language)'
		]);
	});
	it('the timeline’s id, title and language: its columns, else the caller’s, else the file name and "en"', () => {
		const csv = 'Date,Title\n2025,A\n';
		expect(json(csv, 'timelines/My events.csv')).toMatchObject({ id: 'my-events', title: 'My events', language: 'en' });
		const r = readSourcelineCsv(csv, 'x.csv', { id: 'given', title: 'Given', language: 'de', description: 'D' });
		expect(r.ok && r.json).toMatchObject({ id: 'given', title: 'Given', language: 'de', description: 'D' });
		expect(r.ok && r.report.changes.some((c) => /Timeline/.test(englishOf(c)))).toBe(false);
		const own = 'Date,Title,Timeline title,Timeline language,Timeline ID\n2025,A,,,\n2026,B,Own,fr,own\n';
		expect(readSourcelineCsv(own, 'x.csv', { title: 'Given' })).toMatchObject({
			ok: true,
			json: { id: 'own', title: 'Own', language: 'fr' }
		});
	});
	it('columns starting with "#" or "Note" are the author’s own, set aside with a note', () => {
		const csv = 'Date,Title,# checked,Notes\n2025,A,yes,call back\n';
		expect(json(csv).events[0]).toEqual({ id: 'a', title: 'A', date: '2025', sources: [] });
		expect(notes(csv)).toContain(
			'row 1: columns "# checked", "Notes" are kept out of the timeline: a column whose name starts with "#" or "Note" is for the author’s own notes'
		);
	});
});

describe('errors name the row and the column', () => {
	it('an invalid date, found by the loader, is pointed back to its cell', () => {
		const csv = 'ID,Date,End date,Title\na,2025-01-01,2025-01-02,A\nb,2025-02-01,2025-02-30,B\n';
		const found = problems(csv, 'timelines/x.csv');
		expect(found).toContain('row 3, column "End date": 2025-02-30 does not exist: February 2025 has 28 days');
		// The loader reports a bad end twice (the date itself, and the range it ends): both at the same cell.
		expect(found.every((p) => p.startsWith('row 3, column "End date": '))).toBe(true);
	});
	it('a source given two different values', () => {
		expect(
			problems(
				[HEAD, 'e,2025,A,,,,https://x.example.org,TASS,wire', 'f,2026,B,,,,https://x.example.org,Tass,wire'].join('\n')
			)
		).toEqual([
			'row 3, column "Publisher": is "Tass" here, but row 2 gives "TASS" for the same source ("https://x.example.org"): a row that adds to it must leave this cell empty or repeat the same value'
		]);
	});
	it('a quote without a source', () => {
		expect(problems('Date,Title,Quote,Speaker\n2025,A,Words,S\n')).toEqual([
			'row 2, column "Quote": has no source: give the Source URL (or the Source ID) of where the quote is from, on the same row'
		]);
	});
	it('a continuation row with a different title', () => {
		expect(problems('ID,Date,Title\ne,2025,A\ne,,B\n')).toEqual([
			'row 3, column "Title": is "B" here, but row 2 gives "A" for event "e": a row that adds to it must leave this cell empty or repeat the same value'
		]);
	});
	it('an unknown column, with the nearest known one', () => {
		expect(problems('Date,Title,Sorce URL\n2025,A,https://x.example.org\n')).toEqual([
			expect.stringMatching(
				/^row 1, column "Sorce URL": is not a known column \(did you mean "Source URL"\?\); the columns are: ID, Date, End date, .* Timeline language\. A column whose name starts with "#" or "Note" is kept for your own notes$/
			)
		]);
	});
	it.each([
		['Date,Title,Speaker\n2025,A,S\n', 'row 2, column "Speaker": belongs to a quote, but this row’s Quote is empty'],
		[
			'Date,Title,Publisher\n2025,A,P\n',
			'row 2, column "Publisher": belongs to a source, but this row has no Source URL or Source ID'
		],
		['Date,Title,Claim,Claim value\n2025,A,Where,here\n', 'row 2, column "Claim value": has no source'],
		['Date,Title,Claim,Source URL\n2025,A,Where,https://x.example.org\n', 'row 2, column "Claim value": is empty'],
		[
			'ID,Date,Title,Quote,Source URL\ne,2025,A,,\n,,,Words,https://x.example.org\n',
			'row 3, column "Quote": is on a row that is not part of an event'
		],
		['Date,Title,End date,end_date\n2025,A,,\n', 'row 1, column "end_date": is the same column as "End date"'],
		[
			'ID,Date,Title,Speaker,Source URL\n,,,S,https://x.example.org\n',
			'row 2, column "Speaker": is on a row that is not part of an event'
		],
		[
			'Date,Title,Source URL,Publisher,Derived from\n2025,A,https://x.example.org,X,https://y.example.org\n',
			'row 2, column "Derived from": "https://y.example.org" is not the Source URL or Source ID of any source in this file'
		],
		[
			'Date,Title,Timeline title\n2025,A,One\n2026,B,Two\n',
			'row 3, column "Timeline title": is "Two" here, but row 2 gives "One" for the timeline'
		]
	])('%j', (csv, start) => {
		expect(problems(csv)).toEqual([expect.stringContaining(start)]);
	});
	it('the loader’s errors in fields no row wrote point at the row of what they belong to', () => {
		const csv = [
			'ID,Date,Title,Quote,Source ID,Source URL,Source kind,Claim,Claim value',
			'e,2025,A,Words,s,,blog,Where,here',
			'f,,B,,,https://x.example.org,news,,'
		].join('\n');
		expect(problems(csv)).toEqual([
			'row 2, column "Claim value": must list at least two variants',
			'row 2, column "Speaker": is missing',
			'row 3, column "Date": is missing',
			'row 2, column "Source kind": must be one of primary, wire, news, derivative, unreliable, unknown',
			'row 2, column "Publisher": is missing',
			'row 2, column "Source URL": is missing',
			'row 3, column "Publisher": is missing'
		]);
	});
});

describe('locate: the loader’s JSON paths back to rows and columns', () => {
	const csv = [
		'ID,Date,End date,Title,Quote,Speaker,Translated by,Source ID,Source URL,Publisher,Archived text,Claim,Claim value,Timeline title',
		'e,2025-01,2025-02,A,Words,S,T,s,https://s.example.org,S,Words,Where,here,Mine',
		'e,,,,More,S,,,https://u.example.org,U,,Where,there,',
		'f,2025,,B,,,,,https://u.example.org,,,,,'
	].join('\n');
	const r = readSourcelineCsv(csv, 't.csv');
	if (!r.ok) throw new Error('does not convert');
	it.each([
		['events[0]', { row: 2 }],
		['events[0].id', { row: 2, column: 'ID' }],
		['events[0].date', { row: 2, column: 'End date' }],
		['events[0].date.start', { row: 2, column: 'Date' }],
		['events[0].date.end', { row: 2, column: 'End date' }],
		['events[0].summary', { row: 2, column: 'Summary' }],
		['events[0].quotes[1]', { row: 3, column: 'Quote' }],
		['events[0].quotes[1].text', { row: 3, column: 'Quote' }],
		['events[0].quotes[1].language', { row: 3, column: 'Quote language' }],
		['events[0].quotes[0].translatedFrom.by', { row: 2, column: 'Translated by' }],
		['events[0].quotes[0].source', { row: 2, column: 'Source ID' }],
		['events[0].quotes[1].source', { row: 3, column: 'Source URL' }],
		['events[0].sources[1]', { row: 3, column: 'Source URL' }],
		['events[0].claims[0].variants[1].value', { row: 3, column: 'Claim value' }],
		['events[0].claims[0].variants[1].sources[0]', { row: 3, column: 'Source URL' }],
		['events[1].date', { row: 4, column: 'Date' }],
		['sources[0].id', { row: 2, column: 'Source ID' }],
		['sources[1].id', { row: 3, column: 'Source URL' }],
		['sources[1].url', { row: 3, column: 'Source URL' }],
		['sources[0].archive.text', { row: 2, column: 'Archived text' }],
		['sources[0].archive.scope', { row: 2, column: 'Archive scope' }],
		['sources[1].kind', { row: 3, column: 'Source kind' }],
		['title', { row: 2, column: 'Timeline title' }],
		['language', null],
		['(file)', null]
	])('%s', (path, place) => expect(r.locate(path)).toEqual(place));
});

/** How each column maps to the JSON: [column, cell, JSON path, value]. */
const COLUMN_MAP: [string, string, string, unknown][] = [
	['ID', 'my-event', 'events[0].id', 'my-event'],
	['Date', '2025-03-05', 'events[0].date', '2025-03-05'],
	['End date', '2025-03-07', 'events[0].date', { start: '2025-03-05', end: '2025-03-07' }],
	['Date note', 'Paris time', 'events[0].dateNote', 'Paris time'],
	['Title', 'A title', 'events[0].title', 'A title'],
	['Summary', 'What happened', 'events[0].summary', 'What happened'],
	['Actors', 'A; B ;; C', 'events[0].actors', ['A', 'B', 'C']],
	['Tags', 'x;y', 'events[0].tags', ['x', 'y']],
	['Group', 'G', 'events[0].group', 'G'],
	['Contradicts', 'other', 'events[0].contradicts', 'other'],
	['Media', 'https://m.example.org/p.jpg', 'events[0].media', { url: 'https://m.example.org/p.jpg' }],
	['Media caption', 'C', 'events[0].media.caption', 'C'],
	['Media credit', 'Cr', 'events[0].media.credit', 'Cr'],
	['Media alt', 'Alt', 'events[0].media.alt', 'Alt'],
	['Date confidence', 'Medium', 'events[0].confidence.date', { level: 'medium' }],
	['Date confidence note', 'N', 'events[0].confidence.date', { note: 'N' }],
	['Attribution confidence', 'low', 'events[0].confidence.attribution', { level: 'low' }],
	['Attribution confidence note', 'N', 'events[0].confidence.attribution.note', 'N'],
	['Supports', 'Date; Quote', 'events[0].support[0]', { source: 's', supports: ['date', 'quote'] }],
	['Support note', 'N', 'events[0].support[0].note', 'N'],
	['Quote', 'Words', 'events[0].quotes[0].text', 'Words'],
	['Speaker', 'S', 'events[0].quotes[0].speaker', 'S'],
	['Quote language', 'fr', 'events[0].quotes[0].language', 'fr'],
	['Translated from', 'de', 'events[0].quotes[0].translatedFrom', { language: 'de' }],
	['Translated by', 'TASS', 'events[0].quotes[0].translatedFrom', { by: 'TASS' }],
	['Translation', 'Mots', 'events[0].quotes[0].translation', { text: 'Mots' }],
	['Translation language', 'fr', 'events[0].quotes[0].translation', { language: 'fr' }],
	['Translation by', 'Us', 'events[0].quotes[0].translation', { by: 'Us' }],
	['Quote note', 'N', 'events[0].quotes[0].note', 'N'],
	['Claim', 'Where', 'events[0].claims[0].about', 'Where'],
	['Claim value', 'here', 'events[0].claims[0].variants[0]', { value: 'here', sources: ['s'] }],
	['Source ID', 'own-id', 'sources[0].id', 'own-id'],
	['Source URL', 'https://other.example.org', 'sources[0].url', 'https://other.example.org'],
	['Publisher', 'P', 'sources[0].publisher', 'P'],
	['Source title', 'T', 'sources[0].title', 'T'],
	['Source kind', 'Wire', 'sources[0].kind', 'wire'],
	['Agency', 'AP', 'sources[0].agency', 'AP'],
	['Source published', '2025-03-06 08:00 Z', 'sources[0].published', '2025-03-06T08:00Z'],
	['Source language', 'de', 'sources[0].language', 'de'],
	['Derived from', 's', 'sources[0].derivedFrom', 's'],
	['Source note', 'N', 'sources[0].note', 'N'],
	['Archived text', 'Words', 'sources[0].archive', { scope: 'passages', text: 'Words' }],
	['Archive scope', 'Full', 'sources[0].archive.scope', 'full'],
	['Retrieved', '2026-01-02', 'sources[0].archive.retrieved', '2026-01-02'],
	['Archive URL', 'https://web.example.org/s', 'sources[0].archive.url', 'https://web.example.org/s'],
	['Captured', '2026-11-21 14:03 UTC', 'sources[0].archive.captured', '2026-11-21T14:03Z'],
	['SHA-256', 'AB'.repeat(32), 'sources[0].archive.sha256', 'ab'.repeat(32)],
	['Timeline ID', 'my-line', 'id', 'my-line'],
	['Timeline title', 'My line', 'title', 'My line'],
	['Timeline description', 'About', 'description', 'About'],
	['Timeline language', 'de', 'language', 'de']
];

describe('each column and the JSON it fills', () => {
	// Each case is a one-event sheet with a quote (whose source is "s") and the column under test.
	const base: Record<string, string> = {
		Date: '2025-03-05',
		Title: 'T',
		Quote: 'Q',
		Speaker: 'S',
		'Source ID': 's',
		'Source URL': 'https://s.example.org'
	};
	it.each(COLUMN_MAP)('%s: %j → %s = %j', (column, cell, path, value) => {
		const cells = { ...base, [column]: cell };
		if (column === 'Claim value') cells.Claim = 'Where';
		if (column === 'Claim') cells['Claim value'] = 'here';
		const headers = Object.keys(cells);
		const csv = headers.join(',') + '\n' + headers.map((h) => `"${cells[h]}"`).join(',') + '\n';
		const f = json(csv) as unknown;
		const got = path
			.split(/[.[\]]+/)
			.filter(Boolean)
			.reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], f);
		expect(got).toEqual(value);
	});
	it('covers every column but Not before / Not after (tested with dates)', () => {
		const mapped = new Set(COLUMN_MAP.map(([c]) => c));
		expect(COLUMNS.map((c) => c.name).filter((c) => !mapped.has(c))).toEqual(['Not before', 'Not after']);
	});
	it('the README documents every column', () => {
		const doc = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
		for (const c of COLUMNS) expect(doc).toContain(`| ${c.name} |`);
	});
});

describe('support and confidence in a sheet', () => {
	const head =
		'ID,Date,Title,Source URL,Publisher,Source kind,Supports,Support note,Date confidence,Date confidence note';
	const sheet = (...rows: string[]) => [head, ...rows].join('\n') + '\n';
	it('a source’s Supports on any row of the event, once; the loader’s problems point at the cell', () => {
		const csv = sheet(
			'e,2025-03-05,T,https://a.example.org,A,wire,date,Gives the day,medium,',
			'e,,,https://b.example.org,B,news,,,,'
		);
		expect(problems(csv)).toEqual(['row 2, column "Date confidence note": is missing']);
		const f = json(csv);
		expect(f.events[0]!.support).toEqual([{ source: 'a-example-org', supports: ['date'], note: 'Gives the day' }]);
		expect(problems(sheet('e,2025-03-05,T,https://a.example.org,A,wire,dates,,,'))).toEqual([
			'row 2, column "Supports": must be one of event, date, attribution, quote, claim'
		]);
	});
	it('two rows that say different things of one source’s support are an error naming the earlier row', () => {
		const csv = sheet('e,2025-03-05,T,https://a.example.org,A,wire,date,,,', 'e,,,https://a.example.org,,,event,,,');
		expect(problems(csv)).toEqual([
			'row 3, column "Supports": is "event" here, but row 2 gives "date" for what source "https://a.example.org" supports of event "e": a row that adds to it must leave this cell empty or repeat the same value'
		]);
	});
	it('round-trips', () => {
		const f = json(sheet('e,2025-03-05,T,https://a.example.org,A,wire,date; event,N,low,Only the month is sure'));
		expect(json(writeSourcelineCsv(f))).toStrictEqual(f);
	});
});

describe('the template', () => {
	const text = readFileSync(new URL('../../../../static/templates/timeline-template.csv', import.meta.url), 'utf8');
	it('loads with no error', () => {
		expect(problems(text, 'timeline-template.csv')).toEqual([]);
	});
	it('shows a day-precision event with a quote and a source, and a month-precision one with two sources on rows of one ID', () => {
		const f = json(text);
		expect(f.events.map((e) => [e.date, e.quotes?.length ?? 0, e.sources.length])).toEqual([
			['2024-05-14', 1, 1],
			['2024-09', 0, 2]
		]);
		expect(f.sources.every((s) => new URL(s.url).hostname === 'example.org')).toBe(true);
	});
	it('round-trips', () => {
		const f = json(text);
		expect(json(writeSourcelineCsv(f))).toStrictEqual(f);
	});
});

describe('isSourcelineCsv', () => {
	it.each([
		[['Date', 'Title'], true],
		[[' date ', 'TITLE', 'Source URL'], true],
		[['Title'], false],
		[['Year', 'Month', 'Day', 'Headline', 'Text'], false],
		[['Date', 'Title', 'Year'], false],
		[['Date', 'Title', 'Headline'], false]
	])('%j → %s', (headers, yes) => expect(isSourcelineCsv(headers)).toBe(yes));
	it('knows a file the writer wrote', () => {
		const t = readCsvTable(writeSourcelineCsv(FIRST_STORY), 'x.csv');
		expect(t.ok && isSourcelineCsv(t.table.headers)).toBe(true);
	});
});

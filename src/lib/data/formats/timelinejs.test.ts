import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	isMediaUrl,
	isTimelineJsCsv,
	isTimelineJsJson,
	parseTimeCell,
	readTimelineJsCsv,
	readTimelineJsJson,
	TIMELINEJS_COLUMNS
} from './timelinejs';
import { CSV_LIMITS, writeCsv } from './csv-table';
import type { Converted, Issue } from './types';
import { loadTimelineData } from '../load';
import { englishOf } from '../issue-english';
import { english } from '../../../../tests/fixtures/english';

const TEMPLATES = 'node_modules/@knight-lab/timelinejs/src/template/';

type Ok = Extract<Converted, { ok: true }>;
interface File {
	title: string;
	description?: string;
	language: string;
	sources: Record<string, unknown>[];
	eras?: Record<string, unknown>[];
	events: Record<string, unknown>[];
}

/** A conversion that must succeed, with its JSON typed loosely for assertions. */
function ok(c: Converted): Ok & { file: File } {
	if (!c.ok) throw new Error(JSON.stringify(c.errors, null, 1));
	return Object.assign(c, { file: c.json as File });
}
const fromJson = (json: unknown, file = 'tl.json') => ok(readTimelineJsJson(json, file));
const fromCsv = (text: string, file = 'tl.csv') => ok(readTimelineJsCsv(text, file));
/** A CSV of the template's columns (or the given headers) with these rows. */
function csv(rows: Record<string, string>[], headers: string[] = [...TIMELINEJS_COLUMNS]): string {
	return writeCsv(
		headers,
		rows.map((r) => headers.map((h) => r[h] ?? ''))
	);
}
const messages = (issues: Issue[]) => issues.map((i) => englishOf(i));
/** The converted file must also pass the loader, as every import does before it is shown. */
function loads(c: Ok): void {
	const r = loadTimelineData(c.json, 'x');
	expect(r.ok ? [] : r.errors).toEqual([]);
}

describe("the package's example timelines, as they are", () => {
	const examples = ['my-own-timeline.csv', 'all-media-types.json', 'eras.json', 'cosmo.json', 'cosmo-mixed.json'];
	it.each(examples)('%s imports with no loader error', (name) => {
		const text = readFileSync(TEMPLATES + name, 'utf8');
		const c = name.endsWith('.csv') ? fromCsv(text, name) : fromJson(JSON.parse(text), name);
		expect(c.report.format).toBe(name.endsWith('.csv') ? 'timelinejs-csv' : 'timelinejs-json');
		expect(c.report.changes.every((i) => i.warning && i.file === name)).toBe(true);
		loads(c);
	});

	it('my-own-timeline.csv: title row, ranges, media as links, links as sources', () => {
		const c = fromCsv(readFileSync(TEMPLATES + 'my-own-timeline.csv', 'utf8'), 'my-own-timeline.csv');
		expect(c.file).toMatchObject({ id: 'my-own-timeline', title: 'MY OWN CSV', language: 'en' });
		expect(c.file.description).toMatch(/^In this sample timeline, we'll walk you through/);
		expect(c.report).toMatchObject({ events: 10, sources: 3, quotes: 0 });
		expect(c.file.events[0]).toMatchObject({
			id: 'ada-lovelace',
			date: { start: '1815-12-10', end: '1852-11-27' },
			media: { url: expect.stringMatching(/^https:\/\/upload\.wikimedia\.org\//), credit: 'Wikimedia Commons' },
			sources: ['en-wikipedia-org-wiki-ada-lovelace', 'en-wikipedia-org-wiki-analytical-engine']
		});
		expect(c.file.sources[1]).toEqual({
			id: 'en-wikipedia-org-wiki-analytical-engine',
			publisher: 'en.wikipedia.org',
			title: "Charles Babbage's Analytical Engine",
			url: 'https://en.wikipedia.org/wiki/Analytical_Engine',
			kind: 'unknown'
		});
		// Edith Clarke's blockquote names her but nothing credits it: it stays text, and the report says so.
		expect(c.file.events[1]).toMatchObject({
			summary: expect.stringMatching(/^“There is no demand .*” — Edith Clarke, first female/)
		});
		expect(english(c.report.changes)).toContainEqual(
			expect.objectContaining({
				row: 4,
				column: 'Media',
				message: 'row 4: quote kept in the summary: no source to credit it to'
			})
		);
		expect(c.file.events[2]).toMatchObject({ date: { start: '1943-07', end: '1946' } });
		expect(messages(c.report.changes)).toContain('8 of 10 events name no source');
		expect(messages(c.report.changes)).toContain('8 pictures, clips, maps or posts are kept as links, not embedded');
		expect(messages(c.report.changes)).toContain(
			'2 slide backgrounds were dropped (Sourceline draws none): row 2, row 5'
		);
	});

	it('cosmo.json: every event is before year 1, so every one is left out, each with a note', () => {
		const c = fromJson(JSON.parse(readFileSync(TEMPLATES + 'cosmo.json', 'utf8')), 'cosmo.json');
		expect(c.file.events).toEqual([]);
		expect(c.file.title).toBe('Cosmological Scale Timeline');
		expect(english(c.report.changes)).toContainEqual(
			expect.objectContaining({
				path: 'events[0].start_date',
				message: 'events[0] "The Big Bang" is dated -13800000000: Sourceline draws years 1 to 9999; left out',
				warning: true
			})
		);
		expect(messages(c.report.changes).filter((m) => m.endsWith('left out'))).toHaveLength(7);
	});

	it('cosmo-mixed.json keeps the human-scale events, and locate points at their original index', () => {
		const c = fromJson(JSON.parse(readFileSync(TEMPLATES + 'cosmo-mixed.json', 'utf8')), 'cosmo-mixed.json');
		expect(c.file.events.map((e) => e.date)).toEqual(['1021', '1609-11', '1826', '1969-07-20', '1990-04-25']);
		expect(c.locate('events[0].date')).toEqual({ path: 'events[6].start_date' });
		expect(c.locate('events[0].title')).toEqual({ path: 'events[6].text.headline' });
	});

	it('eras.json: eras, four-digit years, and a day range', () => {
		const c = fromJson(JSON.parse(readFileSync(TEMPLATES + 'eras.json', 'utf8')), 'eras.json');
		expect(c.file.eras).toEqual([
			{ title: 'Era Test 650-700', start: '0650', end: '0700' },
			{ title: 'Era Test 600-650', start: '0600', end: '0650' },
			{ title: 'Era Test 700-720', start: '0700', end: '0720' }
		]);
		expect(c.file.events[0]).toMatchObject({
			date: { start: '0602', end: '0629' },
			sources: ['en-wikipedia-org-wiki-roman-persian-wars']
		});
		expect(c.file.events[2]).toMatchObject({ date: { start: '0622-08-09', end: '0622-08-23' } });
		// The title slide's bare address is kept in the description's text.
		expect(c.file.description).toBe(
			'Events in the 7th century from https://en.wikipedia.org/wiki/Timeline_of_the_Middle_Ages'
		);
	});

	it('all-media-types.json: embeds as links, web pages as sources, a tweet embed as a quote', () => {
		const c = fromJson(JSON.parse(readFileSync(TEMPLATES + 'all-media-types.json', 'utf8')), 'all-media-types.json');
		const byId = new Map(c.file.events.map((e) => [e.id, e]));
		expect(byId.get('youtube-videos')).toMatchObject({
			media: {
				url: 'https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s',
				caption: "the Monkey section of David Van Tieghem's Ear Drums"
			},
			group: 'Video'
		});
		expect(byId.get('wikipedia')).toMatchObject({ sources: ['en-wikipedia-org-wiki-mechanical-turk'] });
		expect(c.file.sources).toContainEqual(
			expect.objectContaining({
				id: 'en-wikipedia-org-wiki-mechanical-turk',
				title: 'Mechanical Turk',
				note: 'Credit: Wikipedia'
			})
		);
		expect(byId.get('iframe')).toMatchObject({
			media: { url: expect.stringMatching(/^https:\/\/cdn\.knightlab\.com\//) }
		});
		expect(byId.get('twitter-embed')).toMatchObject({
			quotes: [
				{ speaker: 'Kit Berry (@ItsMeKitB)', text: expect.stringMatching(/^2018 will be the year of the dog\./) }
			]
		});
		// The tweet's script is gone; its text is a quote, not markup.
		expect(JSON.stringify(c.json)).not.toMatch(/<script|widgets\.js|<blockquote/);
		// unique_ids that are slugs are kept.
		expect(
			['wistia', 'wikipedia-images', 'wikipedia-commons', 'wikipedia-image-error'].every((id) => byId.has(id))
		).toBe(true);
		expect(english(c.report.changes)).toContainEqual(
			expect.objectContaining({ path: 'title.text.text', message: expect.stringMatching(/"#wikipedia-images"/) })
		);
	});
});

/** One slide of TimelineJS JSON converted on its own: the event, and the notes. */
function one(slide: Record<string, unknown>): {
	event: Record<string, unknown> | undefined;
	notes: string[];
	c: Ok & { file: File };
} {
	const c = fromJson({ events: [slide] });
	loads(c);
	return { event: c.file.events[0], notes: messages(c.report.changes), c };
}

describe('the mapping, rule by rule (JSON slides)', () => {
	const headline = { text: { headline: 'H' } };
	it.each([
		['year only → YYYY (not 1 January)', { start_date: { year: 1951 } }, { date: '1951' }, null],
		['years get four digits', { start_date: { year: '602' } }, { date: '0602' }, null],
		['year and month → YYYY-MM', { start_date: { year: '1904', month: '6' } }, { date: '1904-06' }, null],
		['and a day → YYYY-MM-DD', { start_date: { year: 1969, month: 7, day: 20 } }, { date: '1969-07-20' }, null],
		[
			'and a time → UTC, with a note',
			{ start_date: { year: 1969, month: 7, day: 20, hour: 20, minute: 17 } },
			{ date: '1969-07-20T20:17Z' },
			/^TimelineJS times carry no zone: 1 time was read as UTC: events\[0\] \(20:17\)$/
		],
		[
			'seconds are kept',
			{ start_date: { year: 1969, month: 7, day: 20, hour: 20, minute: 17, second: 40 } },
			{ date: '1969-07-20T20:17:40Z' },
			null
		],
		[
			'milliseconds are dropped, with a note',
			{ start_date: { year: 1969, month: 7, day: 20, hour: 20, minute: 17, second: 40, millisecond: 5 } },
			{ date: '1969-07-20T20:17:40Z' },
			/the milliseconds \(Sourceline dates go to the second\) dropped from the date/
		],
		[
			'an hour alone is on the hour',
			{ start_date: { year: 1969, month: 7, day: 20, hour: '9' } },
			{ date: '1969-07-20T09:00Z' },
			null
		],
		[
			'a time without a day is dropped, with a note',
			{ start_date: { year: 1969, month: 7, hour: 9 } },
			{ date: '1969-07' },
			/the time \(it has no day\) dropped/
		],
		[
			'an end date → a range',
			{ start_date: { year: 1956 }, end_date: { year: 1962 } },
			{ date: { start: '1956', end: '1962' } },
			null
		],
		[
			'an end equal to the start → one date',
			{ start_date: { year: 1956, month: 3 }, end_date: { year: '1956', month: '03' } },
			{ date: '1956-03' },
			null
		],
		[
			'an end without a year is ignored',
			{ start_date: { year: 1956 }, end_date: { month: 3 } },
			{ date: '1956' },
			/end_date has no year; ignored/
		],
		[
			'display_date → dateNote',
			{ start_date: { year: 1956 }, display_date: 'Spring 1956' },
			{ dateNote: 'Shown as: Spring 1956' },
			null
		],
		[
			'display dates of both ends',
			{ start_date: { year: 1956, display_date: 'early 1956' }, end_date: { year: 1962, display_date: 'late 1962' } },
			{ dateNote: 'Shown as: early 1956 – late 1962' },
			null
		],
		[
			'headline HTML → title text',
			{ start_date: { year: 1956 }, text: { headline: 'The <em>first</em> &amp; last' } },
			{ title: 'The first & last' },
			null
		],
		[
			'no headline → title from the display date',
			{ start_date: { year: 1956 }, display_date: 'Spring 1956' },
			{ title: 'Spring 1956' },
			/has no headline: its title is its display date, "Spring 1956"/
		],
		[
			'no headline → title from the first words of the text',
			{
				start_date: { year: 1956 },
				text: { text: '<p>One two three four five six seven eight nine ten eleven twelve</p>' }
			},
			{
				title: 'One two three four five six seven eight nine ten…',
				id: 'one-two-three-four-five-six-seven-eight-nine-ten'
			},
			/its title is the first words of its text/
		],
		[
			'no headline, no text → title from the date',
			{ start_date: { year: 1956 } },
			{ title: '1956' },
			/its title is its date/
		],
		[
			'text HTML → summary with paragraphs',
			{
				...headline,
				start_date: { year: 1956 },
				text: { ...headline.text, text: '<p>One.</p><p>Two <b>bold</b>.</p>' }
			},
			{ summary: 'One.\n\nTwo bold.' },
			null
		],
		[
			'links in text → sources of kind unknown',
			{
				...headline,
				start_date: { year: 1956 },
				text: { ...headline.text, text: 'See <a href="https://www.example.org/r">the report</a>.' }
			},
			{ summary: 'See the report.', sources: ['example-org-r'] },
			null
		],
		[
			'bare addresses in text are links too (autolink)',
			{
				...headline,
				start_date: { year: 1956 },
				text: { ...headline.text, text: 'From https://example.org/Grand_Canal_(China).' }
			},
			{ sources: ['example-org-grand-canal-china'] },
			null
		],
		[
			'autolink false: bare addresses stay text',
			{
				...headline,
				start_date: { year: 1956 },
				autolink: false,
				text: { ...headline.text, text: 'From https://example.org/a.' }
			},
			{ sources: [] },
			/1 of 1 events name no source/
		],
		[
			'a picture → media, kept as a link',
			{
				...headline,
				start_date: { year: 1956 },
				media: {
					url: 'https://pics.example/a.JPG',
					caption: '<em>Caption</em>',
					credit: 'By <a href="https://c.example/">C</a>',
					alt: 'Alt'
				}
			},
			{
				media: {
					url: 'https://pics.example/a.JPG',
					caption: 'Caption',
					credit: 'By C (https://c.example/)',
					alt: 'Alt'
				},
				sources: []
			},
			/1 pictures, clips, maps or posts are kept as links, not embedded/
		],
		[
			'a YouTube page → media',
			{ ...headline, start_date: { year: 1956 }, media: { url: 'https://youtu.be/x' } },
			{ media: { url: 'https://youtu.be/x' } },
			null
		],
		[
			'a web page → a source, titled by its caption',
			{
				...headline,
				start_date: { year: 1956 },
				media: { url: 'https://news.example/story', caption: 'The story', credit: 'News' }
			},
			{ sources: ['news-example-story'] },
			null
		],
		[
			'a blockquote with a cite and a credit link → a quote with its source',
			{
				...headline,
				start_date: { year: 1956 },
				media: {
					url: '<blockquote>We will. <cite>The minister</cite></blockquote>',
					credit: '<a href="https://wire.example/1">Wire</a>'
				}
			},
			{
				quotes: [{ text: 'We will.', speaker: 'The minister', source: 'wire-example-1', language: 'en' }],
				sources: ['wire-example-1']
			},
			null
		],
		[
			'a blockquote with nothing to credit it → text in the summary',
			{
				...headline,
				start_date: { year: 1956 },
				media: { url: '<blockquote>We will. — <cite>The minister</cite></blockquote>' }
			},
			{ summary: '“We will.” — The minister', sources: [] },
			/quote kept in the summary: no source to credit it to/
		],
		[
			'a javascript: media address is dropped; its caption stays as text',
			{ ...headline, start_date: { year: 1956 }, media: { url: 'javascript:alert(1)', caption: 'Cap' } },
			{ summary: 'Caption: Cap', sources: [] },
			/1 link is not an http\(s\) address and was dropped: events\[0\] \("javascript:alert\(1\)"\)/
		],
		[
			'a protocol-relative address is read as https:',
			{ ...headline, start_date: { year: 1956 }, media: { url: '//youtu.be/x' } },
			{ media: { url: 'https://youtu.be/x' } },
			/has no scheme; read as https:/
		],
		[
			'group → group',
			{ ...headline, start_date: { year: 1956 }, group: 'Video <b>clips</b>' },
			{ group: 'Video clips' },
			null
		],
		[
			'a unique_id that is a slug → the id',
			{ ...headline, start_date: { year: 1956 }, unique_id: 'my-id' },
			{ id: 'my-id' },
			null
		],
		[
			'a unique_id that is not a slug → slugified, with a note',
			{ ...headline, start_date: { year: 1956 }, unique_id: 'My ID' },
			{ id: 'my-id' },
			/unique_id "My ID" is not a slug; its id is "my-id"/
		],
		[
			'no unique_id → made from the headline, with a note',
			{ ...headline, start_date: { year: 1956 } },
			{ id: 'h' },
			/1 event had no id: one was made from its title/
		],
		[
			'background → dropped, counted',
			{ ...headline, start_date: { year: 1956 }, background: { color: 'red' } },
			{ id: 'h' },
			/1 slide background was dropped/
		],
		[
			'thumbnail → dropped, counted',
			{
				...headline,
				start_date: { year: 1956 },
				media: { url: 'https://youtu.be/x', thumbnail: 'https://t.example/t.png' }
			},
			{ media: { url: 'https://youtu.be/x' } },
			/1 media thumbnail was dropped/
		],
		[
			'year 0 → left out',
			{ ...headline, start_date: { year: 0 } },
			undefined,
			/events\[0\] "H" is dated 0: Sourceline draws years 1 to 9999; left out/
		],
		[
			'a negative year → left out',
			{ ...headline, start_date: { year: -3500 } },
			undefined,
			/is dated -3500: Sourceline draws years 1 to 9999; left out/
		],
		[
			'a year after 9999 → left out',
			{ ...headline, start_date: { year: 2000 }, end_date: { year: '10,000' } },
			undefined,
			/is dated 10000: .*left out/
		],
		['no start date → left out', { ...headline }, undefined, /has no start year: left out \(TimelineJS skips it too\)/]
	] as const)('%s', (_rule, slide, fragment, note) => {
		const { event, notes } = one(slide as Record<string, unknown>);
		if (fragment === undefined) expect(event).toBeUndefined();
		else expect(event).toMatchObject(fragment);
		if (note) expect(notes).toContainEqual(expect.stringMatching(note));
	});

	it('the title slide → title and plain-text description; without one, the file name', () => {
		const c = fromJson({
			title: { text: { headline: '<b>My</b> story', text: '<p>About <a href="https://a.example/">it</a></p>' } },
			events: []
		});
		expect(c.file).toMatchObject({ id: 'tl', title: 'My story', description: 'About it (https://a.example/)' });
		const d = fromJson({ events: [{ start_date: { year: 2000 } }] }, 'folder/my-story.json');
		expect(d.file).toMatchObject({ id: 'my-story', title: 'my-story' });
		expect(messages(d.report.changes)).toContain('no title slide: the file name "my-story" is the title');
	});

	it('eras: title and dates; one without an end, with a year before 1 or ending first is left out', () => {
		const era = (start: unknown, end: unknown, headline = 'E') => ({
			start_date: start,
			end_date: end,
			text: { headline }
		});
		const c = fromJson({
			events: [],
			eras: [
				era({ year: 650 }, { year: 700, month: 6 }),
				era({ year: 650 }, undefined, 'No end'),
				era({ year: -50 }, { year: 50 }),
				era({ year: 700 }, { year: 650 })
			]
		});
		loads(c);
		expect(c.file.eras).toEqual([{ title: 'E', start: '0650', end: '0700-06' }]);
		expect(messages(c.report.changes)).toEqual(
			expect.arrayContaining([
				'eras[1]: era "No end" has no end date: an era needs both; left out',
				'eras[2]: era "E" is dated -50: Sourceline draws years 1 to 9999; left out',
				'eras[3]: era "E": end 0650 is before start 0700; left out'
			])
		);
	});

	it('one URL is one source, shared by the events that link to it', () => {
		const ev = (n: number) => ({
			start_date: { year: 2000 + n },
			text: { headline: `E${n}`, text: '<a href="https://a.example/r">r</a>' }
		});
		const c = fromJson({ events: [ev(1), ev(2)] });
		expect(c.file.sources).toHaveLength(1);
		expect(c.file.events.map((e) => e.sources)).toEqual([['a-example-r'], ['a-example-r']]);
	});

	it('a unique_id used twice: the first keeps it, and a made id never takes one', () => {
		const c = fromJson({
			events: [
				{ start_date: { year: 2001 }, text: { headline: 'Ada' } },
				{ start_date: { year: 2002 }, text: { headline: 'B' }, unique_id: 'ada' },
				{ start_date: { year: 2003 }, text: { headline: 'C' }, unique_id: 'ada' }
			]
		});
		loads(c);
		expect(c.file.events.map((e) => e.id)).toEqual(['ada-2', 'ada', 'c']);
		expect(messages(c.report.changes)).toContain(
			'events[2]: unique_id "ada" is used twice; this event gets another id'
		);
	});

	it('the language: "en" with a note, or the one given', () => {
		const c = fromJson({ events: [] });
		expect(c.file.language).toBe('en');
		expect(messages(c.report.changes)[0]).toMatch(/name no language/);
		const d = ok(readTimelineJsJson({ events: [] }, 'x.json', { language: 'de' }));
		expect((d.json as File).language).toBe('de');
		expect(messages(d.report.changes).join()).not.toMatch(/language/);
	});
});

describe('the mapping, rule by rule (CSV rows)', () => {
	it.each([
		['Year, Month, Day', { Year: '1815', Month: '12', Day: '10' }, { date: '1815-12-10' }],
		['a Time like 14:30', { Year: '2025', Month: '3', Day: '5', Time: '14:30' }, { date: '2025-03-05T14:30Z' }],
		['a Time like 2:30 PM', { Year: '2025', Month: '3', Day: '5', Time: '2:30 PM' }, { date: '2025-03-05T14:30Z' }],
		['an End Year', { Year: '1956', 'End Year': '1962' }, { date: { start: '1956', end: '1962' } }],
		[
			'an End Time',
			{ Year: '2025', Month: '3', Day: '5', 'End Year': '2025', 'End Month': '3', 'End Day': '5', 'End Time': '18:00' },
			{ date: { start: '2025-03-05', end: '2025-03-05T18:00Z' } }
		],
		['numbers with spaces and commas, as TimelineJS reads them', { Year: ' 1,815 ' }, { date: '1815' }],
		['Display Date → dateNote', { Year: '1956', 'Display Date': 'Spring 1956' }, { dateNote: 'Shown as: Spring 1956' }],
		['Group → group', { Year: '1956', Group: 'Video' }, { group: 'Video' }],
		[
			'Alt Text → media.alt',
			{ Year: '1956', Media: 'https://p.example/a.png', 'Alt Text': 'A picture' },
			{ media: { url: 'https://p.example/a.png', alt: 'A picture' } }
		]
	])('%s', (_rule, row, fragment) => {
		const c = fromCsv(csv([{ Headline: 'H', ...row }]));
		loads(c);
		expect(c.file.events[0]).toMatchObject(fragment);
	});

	it.each([
		['02:30', { hour: 2, minute: 30 }],
		['2:30 pm', { hour: 14, minute: 30 }],
		['12:05 a.m.', { hour: 0, minute: 5 }],
		['1430', { hour: 14, minute: 30 }],
		['14.30', { hour: 14, minute: 30 }],
		['14:30:15.5', { hour: 14, minute: 30, second: 15, millisecond: 500 }],
		['9', { hour: 9 }],
		['noon', null],
		['13:00 PM', null],
		['1:2:3:4', null]
	] as const)('Time %j', (text, parts) => expect(parseTimeCell(text)).toEqual(parts));

	it('Type "title" → title and description; Type "era" → an era; a second title row is an event', () => {
		const c = fromCsv(
			csv([
				{ Type: 'title', Headline: 'My story', Text: '<p>About it</p>' },
				{ Type: 'Era', Year: '1940', 'End Year': '1950', Headline: 'The forties' },
				{ Type: 'title', Year: '1945', Headline: 'Again' },
				{ Year: '1946', Headline: 'Plain' }
			])
		);
		loads(c);
		expect(c.file).toMatchObject({
			title: 'My story',
			description: 'About it',
			eras: [{ title: 'The forties', start: '1940', end: '1950' }]
		});
		expect(c.file.events.map((e) => e.title)).toEqual(['Again', 'Plain']);
		expect(messages(c.report.changes)).toContain(
			'row 4: a second title row, read as an event (TimelineJS does the same)'
		);
	});

	it('times read as UTC: one note, at the Time column, naming the rows', () => {
		const c = fromCsv(
			csv([
				{ Year: '2025', Month: '3', Day: '5', Time: '14:30', Headline: 'A' },
				{ Year: '2025', Month: '3', Day: '6', Time: '9:05 AM', Headline: 'B' }
			])
		);
		expect(english(c.report.changes)).toContainEqual({
			file: 'tl.csv',
			column: 'Time',
			message: 'TimelineJS times carry no zone: 2 times were read as UTC: row 2 (14:30), row 3 (09:05)',
			code: 'tjsUtcTimes',
			params: {
				count: 2,
				listed: [
					{ at: { row: 2 }, detail: '14:30', style: 'paren' },
					{ at: { row: 3 }, detail: '09:05', style: 'paren' }
				],
				more: 0,
				end: false
			},
			warning: true
		});
	});

	it('a credit whose link address would pass its limit keeps its words and leaves the address out', () => {
		const credit = `<a href="https://a.example/${'x'.repeat(300)}">Museum</a>`;
		const c = fromCsv(csv([{ Year: '2025', Headline: 'A', Media: 'https://p.example/a.png', 'Media Credit': credit }]));
		loads(c);
		expect(c.file.events[0]).toMatchObject({ media: { credit: 'Museum' } });
		expect(english(c.report.changes)).toContainEqual(
			expect.objectContaining({
				row: 2,
				column: 'Media Credit',
				message: expect.stringMatching(/link addresses left out/)
			})
		);
	});

	it('a row without a Year is left out with a note; an End Month without End Year is ignored', () => {
		const c = fromCsv(csv([{ Headline: 'No year' }, { Year: '2000', Headline: 'H', 'End Month': '5' }]));
		expect(c.file.events).toHaveLength(1);
		expect(english(c.report.changes)).toContainEqual(
			expect.objectContaining({
				row: 2,
				column: 'Year',
				message: 'row 2 "No year" has no start year: left out (TimelineJS skips it too)'
			})
		);
		expect(english(c.report.changes)).toContainEqual(
			expect.objectContaining({
				row: 3,
				column: 'End Month',
				message: 'row 3: End Month without an End Year; ignored (as TimelineJS does)'
			})
		);
	});

	it('cells that are not numbers or times are errors naming the row and column', () => {
		const r = readTimelineJsCsv(
			csv([
				{ Year: '19x', Headline: 'A' },
				{ Year: '2000', Month: '13', Time: 'noon', Headline: 'B' }
			]),
			'x.csv'
		);
		expect(english(r)).toEqual({
			ok: false,
			errors: [
				{
					file: 'x.csv',
					row: 2,
					column: 'Year',
					message: '"19x" is not a whole number',
					code: 'tjsNotWholeNumber',
					params: { value: '19x', json: false }
				},
				{
					file: 'x.csv',
					row: 3,
					column: 'Time',
					message: '"noon" is not a time such as 14:30 or 2:30 PM',
					code: 'tjsNotTime',
					params: { value: 'noon' }
				},
				{
					file: 'x.csv',
					row: 3,
					column: 'Month',
					message: '13 is not a month (1 to 12)',
					code: 'tjsOutOfRange',
					params: { value: 13, part: 'month' }
				}
			]
		});
	});
});

describe('CSV as spreadsheets write it', () => {
	const expected = [{ id: 'a', title: 'A', date: '2025-03', summary: 'Hello', sources: [] }];
	it('columns in another order, in another case', () => {
		const d = fromCsv(writeCsv(['Text', 'Headline', 'month', 'YEAR'], [['Hello', 'A', '3', '2025']]));
		expect(d.file.events).toEqual(expected);
	});
	it('extra columns: ignored, with one note naming them', () => {
		const c = fromCsv(writeCsv(['Year', 'Headline', 'Notes', 'Month', 'Author'], [['2025', 'A', 'n', '3', 'me']]));
		expect(c.file.events[0]).toMatchObject({ date: '2025-03' });
		const notes = c.report.changes.filter((i) => englishOf(i).startsWith('columns not read'));
		expect(english(notes)).toEqual([
			expect.objectContaining({
				row: 1,
				message: "columns not read (TimelineJS's template has no such column): Notes, Author"
			})
		]);
	});
	it('; as the delimiter, a byte-order mark, CRLF and quoted newlines', () => {
		const text = '\uFEFFYear;Month;Headline;Text\r\n2025;3;A;"Hello"\r\n2026;;B;"Two\r\nlines; and a semicolon"\r\n';
		const c = fromCsv(text);
		expect(c.file.events).toEqual([
			expected[0],
			{ id: 'b', title: 'B', date: '2026', summary: 'Two lines; and a semicolon', sources: [] }
		]);
	});
	it('a sheet without Year or Headline is not TimelineJS', () => {
		expect(english(readTimelineJsCsv('Date,Title\n2025,A\n', 'x.csv'))).toEqual({
			ok: false,
			errors: [
				{
					file: 'x.csv',
					row: 1,
					message: "has no Year or Headline column: not TimelineJS's template",
					code: 'tjsNotTemplate',
					params: { missing: ['Year', 'Headline'] }
				}
			]
		});
	});
});

describe('hostile input', () => {
	const hostile =
		'<script>alert(1)</script><img src=x onerror=alert(1)><b onclick="alert(1)">bold</b><style>*{}</style>';
	/** Every string of the converted JSON (keys apart). */
	const strings = (v: unknown): string[] =>
		typeof v === 'string'
			? [v]
			: Array.isArray(v)
				? v.flatMap(strings)
				: v && typeof v === 'object'
					? Object.values(v).flatMap(strings)
					: [];
	const assertPlain = (json: unknown) => {
		const all = strings(json);
		for (const s of all) {
			expect(s).not.toMatch(/<\/?[a-z]/i);
			expect(s).not.toMatch(/alert|onerror|onclick|javascript:/);
		}
		expect(all).toContainEqual(expect.stringContaining('bold'));
	};

	it('script and markup in every CSV field end up as plain text (or nothing)', () => {
		const row: Record<string, string> = { Year: '2025' };
		for (const h of ['Display Date', 'Headline', 'Text', 'Media Credit', 'Media Caption', 'Alt Text', 'Group'])
			row[h] = `${h} ${hostile}`;
		const c = fromCsv(
			csv([
				{ Type: 'title', Headline: hostile, Text: hostile },
				{ ...row, Media: `<blockquote>${hostile}<cite>${hostile}</cite></blockquote>` },
				{ ...row, Media: `https://p.example/a.png`, Headline: `Second ${hostile}` },
				{ Type: 'era', Year: '2020', 'End Year': '2021', Headline: hostile }
			])
		);
		loads(c);
		assertPlain(c.json);
	});

	it('script and markup in every JSON field end up as plain text (or nothing)', () => {
		const slide = {
			start_date: { year: 2025, display_date: hostile },
			text: { headline: `H ${hostile}`, text: hostile },
			media: { url: hostile, caption: hostile, credit: hostile, alt: hostile, title: hostile },
			group: hostile,
			display_date: hostile,
			unique_id: hostile
		};
		const c = fromJson({
			title: { text: { headline: hostile, text: hostile } },
			events: [
				slide,
				{ ...slide, media: { url: 'https://youtu.be/x', caption: hostile, credit: hostile, alt: hostile } }
			],
			eras: [{ start_date: { year: 2020 }, end_date: { year: 2021 }, text: { headline: hostile } }]
		});
		loads(c);
		assertPlain(c.json);
	});

	it('an escaped tag is text the author wrote, and stays text', () => {
		const { event } = one({ start_date: { year: 2025 }, text: { headline: 'Use &lt;b&gt; for bold' } });
		expect(event).toMatchObject({ title: 'Use <b> for bold' });
	});

	it.each([
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		' javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'/relative',
		'https://user:pw@a.example/',
		'java\tscript:alert(1)'
	])('the link %j is dropped, in Text and in Media', (href) => {
		const c = fromJson({
			events: [
				{
					start_date: { year: 2025 },
					text: { headline: 'H', text: `<a href="${href.replace(/"/g, '&quot;')}">x</a>` },
					media: { url: href }
				}
			]
		});
		loads(c);
		expect(c.file.sources).toEqual([]);
		expect(c.file.events[0]).not.toHaveProperty('media');
		expect(messages(c.report.changes)).toContainEqual(
			expect.stringMatching(/^2 links are not http\(s\) addresses and were dropped/)
		);
	});

	it('a huge cell or too many columns is a limit error from the CSV reader, not a hang', () => {
		const t0 = performance.now();
		const huge = readTimelineJsCsv(`Year,Headline\n2025,${'x'.repeat(CSV_LIMITS.cell + 1)}\n`, 'x.csv');
		expect(huge).toMatchObject({ ok: false, errors: [{ row: 2, column: 'Headline' }] });
		const wide = readTimelineJsCsv(
			['Year', 'Headline', ...Array.from({ length: CSV_LIMITS.columns }, (_, i) => `c${i}`)].join(',') + '\n',
			'x.csv'
		);
		expect(wide).toMatchObject({ ok: false, errors: [{ row: 1 }] });
		expect(performance.now() - t0).toBeLessThan(5_000);
	});

	it('HTML nested thousands deep is an error naming the cell, not a hang', () => {
		const t0 = performance.now();
		const deep = '<div>'.repeat(40_000) + 'x' + '</div>'.repeat(40_000);
		const r = readTimelineJsCsv(csv([{ Year: '2025', Headline: 'A', Text: deep }]), 'x.csv');
		expect(english(r)).toMatchObject({
			ok: false,
			errors: [{ row: 2, column: 'Text', message: expect.stringMatching(/nests HTML more than 200/) }]
		});
		const j = readTimelineJsJson({ events: [{ start_date: { year: 2025 }, media: { caption: deep } }] }, 'x.json');
		expect(j).toMatchObject({ ok: false, errors: [{ path: 'events[0].media.caption' }] });
		expect(performance.now() - t0).toBeLessThan(2_000);
	});

	it('a __proto__ header is an extra column like any other', () => {
		const c = fromCsv('Year,Headline,__proto__\n2025,A,{"polluted":1}\n');
		expect(c.file.events[0]).toMatchObject({ id: 'a' });
		expect(messages(c.report.changes)).toContain(
			"columns not read (TimelineJS's template has no such column): __proto__"
		);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('unique_id "__proto__" and __proto__ keys touch no prototype', () => {
		const json = JSON.parse(
			'{"events":[{"unique_id":"__proto__","__proto__":{"polluted":1},"start_date":{"year":2025,"__proto__":{"x":1}},"text":{"headline":"A","constructor":"c"}}]}'
		);
		const c = fromJson(json);
		loads(c);
		expect(c.file.events[0]).toMatchObject({ id: 'proto' });
		expect(messages(c.report.changes)).toContain('events[0]: unique_id "__proto__" is not a slug; its id is "proto"');
		expect(messages(c.report.changes)).toContainEqual(
			expect.stringMatching(/fields that TimelineJS does not define were not read: events\[0\]\.__proto__/)
		);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('values of the wrong type are errors at their paths, not crashes', () => {
		const r = readTimelineJsJson(
			{ events: [5, { start_date: { year: 1.5 }, text: { headline: {} } }], eras: 'x' },
			'x.json'
		);
		expect(english(r)).toEqual({
			ok: false,
			errors: [
				{ file: 'x.json', path: 'events[0]', message: 'must be an object (a slide)', code: 'tjsNotSlide', params: {} },
				{
					file: 'x.json',
					path: 'events[1].start_date.year',
					message: '1.5 is not a whole number',
					code: 'tjsNotWholeNumber',
					params: { value: '1.5', json: true }
				},
				{ file: 'x.json', path: 'events[1].text.headline', message: 'must be text', code: 'tjsMustBeText', params: {} },
				{ file: 'x.json', path: 'eras', message: 'must be a list', code: 'tjsMustBeList', params: {} }
			]
		});
		expect(readTimelineJsJson([], 'x.json')).toMatchObject({ ok: false });
		expect(readTimelineJsJson(null, 'x.json')).toMatchObject({ ok: false });
	});

	it('TimelineJS 2 files ({"timeline": …}) are refused with the reason (TimelineJS 3 documents no such wrapper)', () => {
		expect(english(readTimelineJsJson({ timeline: { headline: 'x', type: 'default', date: [] } }, 'x.json'))).toEqual({
			ok: false,
			errors: [
				{
					file: 'x.json',
					path: 'events',
					message: expect.stringMatching(/format of TimelineJS 2/),
					code: 'tjsVersion2',
					params: {}
				}
			]
		});
		expect(isTimelineJsJson({ timeline: { events: [{ start_date: { year: 2000 } }] } })).toBe(false);
	});
});

describe('locate: from the converted file back to the original', () => {
	it('CSV paths go to the row and the column as the file wrote it', () => {
		const text = writeCsv(
			['YEAR', 'End Year', 'Headline', 'Text', 'Display Date', 'Media', 'media caption'],
			[
				['1800', '', 'Left out', '', '', '', ''],
				['-5', '', 'Before year 1', '', '', '', ''],
				[
					'2000',
					'1999',
					'x'.repeat(400),
					'<a href="https://a.example/">a</a>',
					'Once',
					'https://p.example/a.png',
					'Cap'
				]
			]
		);
		const c = fromCsv(text);
		const r = loadTimelineData(c.json, 'x.csv');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const located = r.errors.map((e) => ({ path: e.path, at: c.locate(e.path) }));
		expect(located).toEqual([
			{ path: 'events[1].date', at: { row: 4, column: 'YEAR' } },
			{ path: 'events[1].title', at: { row: 4, column: 'Headline' } }
		]);
		expect(c.locate('events[1]')).toEqual({ row: 4 });
		expect(c.locate('events[1].date.end')).toEqual({ row: 4, column: 'End Year' });
		expect(c.locate('events[1].summary')).toEqual({ row: 4, column: 'Text' });
		expect(c.locate('events[1].sources[0]')).toEqual({ row: 4, column: 'Text' });
		expect(c.locate('events[1].dateNote')).toEqual({ row: 4, column: 'Display Date' });
		expect(c.locate('events[1].media.caption')).toEqual({ row: 4, column: 'media caption' });
		expect(c.locate('events[1].media.url')).toEqual({ row: 4, column: 'Media' });
		expect(c.locate('sources[0].title')).toEqual({ row: 4, column: 'Text' });
		expect(c.locate('events[9]')).toBeNull();
		expect(c.locate('language')).toBeNull();
	});

	it('JSON paths go to the original index, which left-out events shift', () => {
		const c = fromJson({
			title: { text: { headline: 'T', text: 'D' } },
			events: [
				{ start_date: { year: -13800000000 }, text: { headline: 'Big Bang' } },
				{ start_date: { year: 2000 }, end_date: { year: 1999 }, text: { headline: 'Back' }, unique_id: 'back' },
				{
					start_date: { year: 2001 },
					text: { text: 'Only text' },
					media: { url: '<blockquote>Q <cite>S</cite></blockquote>', credit: '<a href="https://a.example/">A</a>' }
				}
			],
			eras: [{ start_date: { year: 1 }, end_date: { year: 5 }, text: { headline: 'E' } }]
		});
		expect(c.locate('events[0].date')).toEqual({ path: 'events[1].start_date' });
		expect(c.locate('events[0].date.end')).toEqual({ path: 'events[1].end_date' });
		expect(c.locate('events[0].id')).toEqual({ path: 'events[1].unique_id' });
		expect(c.locate('events[1].id')).toEqual({ path: 'events[2].text.text' });
		expect(c.locate('events[1].title')).toEqual({ path: 'events[2].text.text' });
		expect(c.locate('events[1].quotes[0].speaker')).toEqual({ path: 'events[2].media.url' });
		expect(c.locate('events[1].sources[0]')).toEqual({ path: 'events[2].media.url' });
		expect(c.locate('eras[0].end')).toEqual({ path: 'eras[0].end_date' });
		expect(c.locate('title')).toEqual({ path: 'title.text.headline' });
		expect(c.locate('description')).toEqual({ path: 'title.text.text' });
		const r = loadTimelineData(c.json, 'x.json');
		expect(r.ok ? [] : r.errors.map((e) => [e.path, c.locate(e.path)])).toEqual([
			['events[0].date', { path: 'events[1].start_date' }]
		]);
	});
});

describe('recognising the formats', () => {
	it.each([
		[['Year', 'Month', 'Headline'], true],
		[['year', 'HEADLINE'], true],
		[['Date', 'Title'], false],
		[['Year', 'Title'], false]
	])('headers %j → %s', (headers, yes) => expect(isTimelineJsCsv(headers)).toBe(yes));
	it.each([
		[{ events: [{ start_date: { year: 2000 } }] }, true],
		[{ title: { text: { headline: 'T' } }, events: [] }, true],
		[{ id: 'x', title: 'T', events: [{ id: 'e', date: '2000' }] }, false],
		[[{ start_date: {} }], false],
		[null, false],
		['events', false]
	])('%j → %s', (json, yes) => expect(isTimelineJsJson(json)).toBe(yes));
	it.each([
		['https://upload.wikimedia.org/x/a.jpg', true],
		['https://example.org/a.mp3?x=1', true],
		['https://www.youtube.com/watch?v=1', true],
		['https://commons.wikimedia.org/wiki/File:A.jpg', true],
		['https://en.wikipedia.org/wiki/Ada_Lovelace#/media/File:A.jpg', true],
		['https://www.google.com/maps/place/X', true],
		['https://en.wikipedia.org/wiki/Ada_Lovelace', false],
		['https://www.documentcloud.org/documents/1-x.html', false],
		['https://example.org/report.pdf', false],
		['https://www.google.com/search?q=x', false]
	])('%s is media: %s', (url, yes) => expect(isMediaUrl(url)).toBe(yes));
});

describe('size', () => {
	it('20,000 rows convert in a few seconds', () => {
		const rows = Array.from({ length: 20_000 }, (_, i) => ({
			Year: String(1900 + (i % 100)),
			Month: String(1 + (i % 12)),
			Headline: `Event ${i}`,
			Text: `<p>Text of event ${i} with <a href="https://news.example/${i % 300}">a link</a>.</p>`,
			Media: i % 2 ? 'https://p.example/a.jpg' : ''
		}));
		const text = csv(rows);
		const t0 = performance.now();
		const c = fromCsv(text);
		expect(performance.now() - t0).toBeLessThan(10_000);
		expect(c.report).toMatchObject({ events: 20_000, sources: 300 });
		loads(c);
	});
});

// The edges of text and dates (issue 23): each item's rule, through the loader and the one decoding rule.
import { describe, expect, it } from 'vitest';
import { loadTimelineData, loadTimelineText } from '$lib/data/load';
import { decodeBytes } from '$lib/data/decode';
import { timelineWarnings } from '$lib/data/warnings';
import { englishOf } from '../src/lib/data/issue-english';
import { english } from './fixtures/english';

const base = () => ({
	id: 'edges',
	title: 'Edges',
	language: 'en',
	sources: [{ id: 's', publisher: 'A paper', url: 'https://a.example/x', kind: 'news' }],
	events: [{ id: 'e', title: 'An event', date: '2025-01-01', sources: ['s'] } as Record<string, unknown>]
});
const errorsOf = (mutate: (d: ReturnType<typeof base>) => void) => {
	const d = base();
	mutate(d);
	const r = loadTimelineData(d, 'edges.json');
	return r.ok ? [] : r.errors;
};

describe('3. one decoding rule for every door', () => {
	const json = JSON.stringify(base());
	const utf16le = (s: string) => {
		const out = new Uint8Array(2 + s.length * 2);
		out.set([0xff, 0xfe]);
		for (let i = 0; i < s.length; i++) [out[2 + 2 * i], out[3 + 2 * i]] = [s.charCodeAt(i) & 255, s.charCodeAt(i) >> 8];
		return out;
	};
	it.each([
		['UTF-8', new TextEncoder().encode(json)],
		['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json)])],
		['UTF-16 LE with a byte-order mark', utf16le(json)]
	])('%s is read', (_name, bytes) => {
		const d = decodeBytes(bytes, 'x.json');
		expect(d.ok && loadTimelineText(d.text, 'x.json').ok).toBe(true);
	});
	it('bytes that are not UTF-8 are refused, not guessed at', () => {
		expect(english(decodeBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'x.json'))).toMatchObject({
			ok: false,
			errors: [{ message: expect.stringContaining('is not valid UTF-8 text') }]
		});
	});
});

describe('4. a top-level list', () => {
	it('is one plain error, not five "is missing"', () => {
		const r = loadTimelineText('[]', 'x.json');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.errors).toHaveLength(1);
			expect(englishOf(r.errors[0]!)).toMatch(/^must be a JSON object describing a timeline .* not a list$/);
		}
	});
});

describe('5. control characters, noncharacters and lone surrogates in text are refused, naming the path', () => {
	it.each([
		[
			'NUL in a title',
			(d: ReturnType<typeof base>) => (d.events[0]!.title = 'a\u0000b'),
			'events[0].title',
			'a control character, U+0000, at character 2'
		],
		['a C0 control', (d: ReturnType<typeof base>) => (d.title = 'x\u001bx'), 'title', 'U+001B'],
		[
			'U+FFFF',
			(d: ReturnType<typeof base>) => (d.sources[0]!.publisher = 'x\uffff'),
			'sources[0].publisher',
			'a noncharacter, U+FFFF'
		],
		[
			'a lone surrogate in a quote',
			(d: ReturnType<typeof base>) =>
				(d.events[0]!.quotes = [{ text: 'Broken \ud800 quote', speaker: 'Bob', source: 's', language: 'en' }]),
			'events[0].quotes[0].text',
			'half of a character (a lone surrogate), U+D800'
		]
	])('%s', (_name, mutate, path, message) => {
		const hit = errorsOf(mutate).find((e) => e.path === path);
		expect(englishOf(hit!)).toContain(message);
	});
	it('tabs, line breaks and a whole emoji are text like any other', () => {
		expect(errorsOf((d) => (d.events[0]!.summary = 'one\ttwo\r\nthree 😀'))).toEqual([]);
	});
});

describe('6. tags and actors are capped like quotes and sources', () => {
	it('51 tags are refused', () => {
		expect(englishOf(errorsOf((d) => (d.events[0]!.tags = Array.from({ length: 51 }, (_, i) => `t${i}`)))[0]!)).toBe(
			'has more than 50 tags'
		);
	});
	it('51 actors are refused', () => {
		expect(englishOf(errorsOf((d) => (d.events[0]!.actors = Array.from({ length: 51 }, (_, i) => `a${i}`)))[0]!)).toBe(
			'names more than 50 actors'
		);
	});
});

describe('7. valid input is taken', () => {
	it('a range whose start equals its end is that date', () => {
		expect(errorsOf((d) => (d.events[0]!.date = { start: '2025-03', end: '2025-03' }))).toEqual([]);
	});
	it('limits count characters as a reader sees them (code points), not UTF-16 units', () => {
		expect(errorsOf((d) => (d.events[0]!.title = '😀'.repeat(160)))).toEqual([]);
		expect(englishOf(errorsOf((d) => (d.events[0]!.title = '😀'.repeat(301)))[0]!)).toBe(
			'is 301 characters long; the limit is 300'
		);
	});
});

describe('8. warnings: a source dated in the future, a plain http: source', () => {
	it('are said, without refusing the file', () => {
		const d = base();
		d.sources[0] = { ...d.sources[0]!, url: 'http://a.example/x', published: '2999-01-01' } as (typeof d.sources)[0];
		const r = loadTimelineData(d, 'edges.json');
		expect(r.ok).toBe(true);
		if (r.ok) {
			const messages = timelineWarnings(r.timeline, 'edges.json', Date.UTC(2026, 11, 1)).map(
				(w) => `${w.path}: ${englishOf(w)}`
			);
			expect(messages).toEqual([
				'sources[0].url: is plain http:, not https:',
				'sources[0].published: 2999-01-01 is in the future'
			]);
		}
	});
});

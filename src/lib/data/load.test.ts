import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPath, loadTimelineData, loadTimelineText, MAX_ERRORS } from './load';
import { LIMITS } from './limits';
import { englishOf } from './issue-english';
import { english } from '../../../tests/fixtures/english';

/** A small valid timeline; each test breaks one thing. */
function valid() {
	return {
		id: 'demo',
		title: 'Demo',
		language: 'en',
		sources: [
			{ id: 'wire-a', publisher: 'Wire A', url: 'https://a.example/1', kind: 'wire' },
			{ id: 'copy-b', publisher: 'Copy B', url: 'https://b.example/1', kind: 'unreliable', derivedFrom: 'wire-a' }
		],
		events: [
			{ id: 'second', title: 'Second', date: '2025-03', sources: ['wire-a'] },
			{
				id: 'first',
				title: 'First',
				date: '2025-01-20',
				sources: ['wire-a', 'copy-b'],
				quotes: [{ text: 'Hello', speaker: 'Someone', source: 'wire-a', language: 'en' }]
			}
		]
	};
}
type Mutable = ReturnType<typeof valid> & Record<string, unknown>;

function errorsOf(mutate: (d: Mutable) => void) {
	const d = valid() as Mutable;
	mutate(d);
	const r = loadTimelineData(JSON.parse(JSON.stringify(d)), 'story.json');
	expect(r.ok).toBe(false);
	return r.ok ? [] : r.errors;
}

describe('loader: a valid file is sorted and normalised', () => {
	it('sorts events by date and indexes ids in Maps', () => {
		const r = loadTimelineData(valid(), 'story.json');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.timeline.events.map((e) => e.id)).toEqual(['first', 'second']);
		expect(r.timeline.events[1]?.when.from.precision).toBe('month');
		expect(r.timeline.eventById.get('second')?.order).toBe(1);
		expect(r.timeline.sourceById.get('copy-b')?.derivedFrom).toBe('wire-a');
	});

	it('orders any file by start, then end, then id, whatever its order (many ties)', () => {
		const dates = [
			'2025',
			'2025-03',
			'2025-03-01',
			'2025-03-01T10:00Z',
			'2025-03-31',
			{ start: '2025-03-01', end: '2025-03-04' },
			{ notBefore: '2025-02', notAfter: '2025-03' }
		];
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.nat(dates.length - 1), fc.nat(50)), { minLength: 2, maxLength: 60 }), (rows) => {
				const events = rows.map(([d, k], i) => ({
					id: `e${k}-${i}`,
					title: 't',
					date: dates[d]!,
					sources: ['wire-a']
				}));
				const r = loadTimelineData({ ...valid(), events }, 'ties.json');
				if (!r.ok) throw new Error(JSON.stringify(r.errors));
				const got = r.timeline.events;
				const want = [...got].sort(
					(a, b) => a.when.start - b.when.start || a.when.end - b.when.end || (a.id < b.id ? -1 : 1)
				);
				expect(got.map((e) => e.id)).toEqual(want.map((e) => e.id));
				expect(got.map((e) => e.order)).toEqual(got.map((_, i) => i));
			}),
			{ numRuns: 300 }
		);
	});
});

describe('loader: one test per error kind, each with file, path and reason', () => {
	const rows: { name: string; mutate: (d: Mutable) => void; path: string; message: string }[] = [
		{
			name: 'unknown quote source',
			mutate: (d) => (d.events[1]!.quotes![0]!.source = 'nope'),
			path: 'events[1].quotes[0].source',
			message: 'unknown source id "nope"'
		},
		{
			name: 'quote source not listed on the event',
			mutate: (d) => {
				d.events[1]!.quotes![0]!.source = 'copy-b';
				d.events[1]!.sources = ['wire-a'];
			},
			path: 'events[1].quotes[0].source',
			message: "not in this event's sources list"
		},
		{
			name: 'unknown event source',
			mutate: (d) => d.events[0]!.sources.push('ghost'),
			path: 'events[0].sources[1]',
			message: 'unknown source id "ghost"'
		},
		{
			name: 'calendar-invalid date',
			mutate: (d) => (d.events[0]!.date = '2025-02-30'),
			path: 'events[0].date',
			message: '2025-02-30 does not exist'
		},
		{
			name: 'end before start',
			mutate: (d) => ((d.events[0] as Record<string, unknown>).date = { start: '2025-05', end: '2025-01' }),
			path: 'events[0].date',
			message: 'end 2025-01 is before start 2025-05'
		},
		{
			name: 'duplicate event id',
			mutate: (d) => (d.events[1]!.id = 'second'),
			path: 'events[1].id',
			message: 'duplicate id "second" (first used at events[0])'
		},
		{
			name: 'duplicate source id',
			mutate: (d) => (d.sources[1]!.id = 'wire-a'),
			path: 'sources[1].id',
			message: 'duplicate id "wire-a"'
		},
		{
			name: 'URL is not http(s)',
			mutate: (d) => (d.sources[0]!.url = 'javascript:alert(1)'),
			path: 'sources[0].url',
			message: 'URL is not http(s)'
		},
		{
			name: 'URL with credentials',
			mutate: (d) => (d.sources[0]!.url = 'https://user:pw@a.example/'),
			path: 'sources[0].url',
			message: 'user name or password'
		},
		{
			name: 'id is not a slug',
			mutate: (d) => (d.events[0]!.id = 'Second Event'),
			path: 'events[0].id',
			message: 'must be a slug'
		},
		{
			name: 'wrong type',
			mutate: (d) => ((d.events[0] as Record<string, unknown>).title = 42),
			path: 'events[0].title',
			message: 'must be text, not 42'
		},
		{
			name: 'missing field',
			mutate: (d) => delete (d.events[0] as Record<string, unknown>).title,
			path: 'events[0].title',
			message: 'is missing'
		},
		{
			name: 'unknown field (a typo)',
			mutate: (d) => ((d.events[0] as Record<string, unknown>).sumary = 'x'),
			path: 'events[0].sumary',
			message: 'is not a known field'
		},
		{
			name: 'empty text',
			mutate: (d) => (d.events[0]!.title = '   '),
			path: 'events[0].title',
			message: 'must not be empty'
		},
		{
			name: 'string too long',
			mutate: (d) => (d.events[0]!.title = 'x'.repeat(LIMITS.title + 1)),
			path: 'events[0].title',
			message: `the limit is ${LIMITS.title}`
		},
		{
			name: 'unknown source kind',
			mutate: (d) => ((d.sources[0] as Record<string, unknown>).kind = 'blog'),
			path: 'sources[0].kind',
			message: 'must be one of primary, wire'
		},
		{
			name: 'unknown derivedFrom',
			mutate: (d) => (d.sources[1]!.derivedFrom = 'missing'),
			path: 'sources[1].derivedFrom',
			message: 'unknown source id "missing"'
		},
		{
			name: 'derivedFrom cycle',
			mutate: (d) => ((d.sources[0] as Record<string, unknown>).derivedFrom = 'copy-b'),
			path: 'sources[0].derivedFrom',
			message: 'derivedFrom forms a cycle: wire-a → copy-b → wire-a'
		},
		{
			name: 'contradicts an unknown event',
			mutate: (d) => ((d.events[0] as Record<string, unknown>).contradicts = 'nothing'),
			path: 'events[0].contradicts',
			message: 'unknown event id "nothing"'
		},
		{
			name: 'contradicts itself',
			mutate: (d) => ((d.events[0] as Record<string, unknown>).contradicts = 'second'),
			path: 'events[0].contradicts',
			message: 'cannot contradict itself'
		},
		{
			name: 'too many tags on an event',
			mutate: (d) => ((d.events[0] as { tags?: string[] }).tags = Array.from({ length: 51 }, (_, i) => `tag ${i}`)),
			path: 'events[0].tags',
			message: 'has more than 50 tags'
		}
	];
	for (const r of rows) {
		it(r.name, () => {
			const errors = errorsOf(r.mutate);
			const hit = errors.find((e) => e.path === r.path);
			expect(hit, JSON.stringify(errors)).toBeDefined();
			expect(hit?.file).toBe('story.json');
			expect(englishOf(hit!)).toContain(r.message);
		});
	}

	it('too many events names the limit', () => {
		const d = valid();
		const many = Array.from({ length: LIMITS.events + 1 }, (_, i) => ({
			id: `e${i}`,
			title: 'x',
			date: '2025',
			sources: ['wire-a']
		}));
		const r = loadTimelineData({ ...d, events: many }, 'big.json');
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(english(r.errors[0])).toMatchObject({ path: 'events', message: `has more than ${LIMITS.events} events` });
	});
	it('a file over the size limit is refused before parsing', () => {
		const r = loadTimelineText(' '.repeat(LIMITS.fileBytes + 1), 'huge.json');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(englishOf(r.errors[0]!)).toMatch(/^is 64\.0 MB; the limit is 64\.0 MB$/);
	});
	it('invalid JSON says so', () => {
		const r = loadTimelineText('{"id": ', 'broken.json');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[0]).toMatchObject({ file: 'broken.json', path: '(file)' });
		if (!r.ok) expect(englishOf(r.errors[0]!)).toMatch(/^is not valid JSON: /);
	});
	it('a flood of errors is capped with a count of the rest', () => {
		const d = valid();
		const bad = Array.from({ length: 150 }, (_, i) => ({
			id: `e${i}`,
			title: 'x',
			date: '2025-02-30',
			sources: ['wire-a']
		}));
		const r = loadTimelineData({ ...d, events: bad }, 'bad.json');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.errors).toHaveLength(MAX_ERRORS + 1);
			expect(englishOf(r.errors.at(-1)!)).toBe('and 50 more errors not shown');
		}
	});
	it('__proto__ as a key is an unknown field and pollutes nothing', () => {
		const r = loadTimelineText('{"__proto__": {"polluted": 1}, "id": "x"}', 'proto.json');
		expect(r.ok).toBe(false);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('formatPath', () => {
	it.each([
		[[], '(root)'],
		[['events', 3, 'quotes', 0, 'source'], 'events[3].quotes[0].source'],
		[['events', 0, 'a b'], 'events[0]["a b"]']
	] as const)('%j → %s', (keys, out) => expect(formatPath(keys)).toBe(out));
});

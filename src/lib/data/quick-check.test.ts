import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { compileQuickCheck } from './quick-check';
import { TimelineFileSchema } from './schema';
import { LIMITS } from './limits';
import story from '../../../timelines/us-nuclear-umbrella-2025.json';
import { decodeBytes } from './decode';

const quick = compileQuickCheck(TimelineFileSchema);
const valibotSays = (x: unknown) => v.safeParse(TimelineFileSchema, x, { abortPipeEarly: true }).success;

/** Values that sit on the schema's edges: blank text, bad dates and URLs, slugs, limits. */
const EDGES: unknown[] = [
	'',
	' ',
	'\t',
	'x',
	'a-b',
	'A-B',
	'a--b',
	'-a',
	'ev-1',
	'2025',
	'2025-02-30',
	'2025-13',
	'0000',
	'2025-06-01T10:00',
	'2025-06-01T10:00Z',
	'2025-06-01T10:00+25:00',
	'https://a.example/',
	'http://a.example/x y',
	'javascript:alert(1)',
	'https://user:pw@a.example/',
	'en',
	'EN',
	'pt-BR',
	'primary',
	'wire',
	'news',
	'derivative',
	'unreliable',
	'full',
	'passages',
	'x'.repeat(LIMITS.title + 1),
	'x'.repeat(LIMITS.id + 1),
	0,
	1,
	-1,
	NaN,
	true,
	false,
	null,
	undefined,
	[],
	{},
	['s'],
	[''],
	[{}],
	{ start: '2025-01', end: '2025-02' },
	{ notBefore: '2025-12-11', notAfter: '2025-12-23' },
	{ start: '2025-01' },
	{ start: '2025-01', end: '2025-02', extra: 1 }
];

type Json = Record<string, unknown> | unknown[];

/** Every (container, key) in a JSON tree, so a mutation can reach any field at any depth. */
function slots(x: unknown, out: [Json, string | number][] = []): [Json, string | number][] {
	if (Array.isArray(x)) {
		x.forEach((item, i) => {
			out.push([x, i]);
			slots(item, out);
		});
	} else if (x && typeof x === 'object') {
		for (const [k, item] of Object.entries(x)) {
			out.push([x as Json, k]);
			slots(item, out);
		}
	}
	return out;
}

/** Applies one random change (replace, delete, add a key, duplicate an item) to a copy of `base`. */
function mutated(base: unknown, picks: number[], edge: unknown, key: string): unknown {
	const copy = structuredClone(base);
	const all = slots(copy);
	for (const pick of picks) {
		const [holder, k] = all[pick % all.length]!;
		const how = pick % 4;
		if (how === 0) (holder as Record<string | number, unknown>)[k] = structuredClone(edge);
		else if (how === 1) {
			if (Array.isArray(holder)) holder.splice(k as number, 1);
			else delete holder[k as string];
		} else if (how === 2) {
			const target = (holder as Record<string | number, unknown>)[k];
			if (target && typeof target === 'object' && !Array.isArray(target))
				(target as Record<string, unknown>)[key] = structuredClone(edge);
		} else if (Array.isArray(holder)) holder.push(structuredClone(holder[k as number]));
	}
	return copy;
}

const small = {
	id: 'demo',
	title: 'Demo',
	language: 'en',
	sources: [
		{
			id: 'wire-a',
			publisher: 'Wire A',
			url: 'https://a.example/1',
			kind: 'wire',
			archive: { scope: 'full', text: 'Hello there' }
		},
		{
			id: 'copy-b',
			publisher: 'Copy B',
			url: 'https://b.example/1',
			kind: 'unreliable',
			derivedFrom: 'wire-a',
			published: '2025-01-21'
		}
	],
	events: [
		{
			id: 'second',
			title: 'Second',
			date: { notBefore: '2025-03', notAfter: '2025-04' },
			sources: ['wire-a'],
			tags: ['x']
		},
		{
			id: 'first',
			title: 'First',
			date: '2025-01-20',
			sources: ['wire-a', 'copy-b'],
			quotes: [
				{
					text: 'Hello',
					speaker: 'Someone',
					source: 'wire-a',
					language: 'en',
					translatedFrom: { language: 'de', by: 'Desk' }
				}
			],
			claims: [
				{
					about: 'kind',
					variants: [
						{ value: 'a', sources: ['wire-a'] },
						{ value: 'b', sources: ['copy-b'] }
					]
				}
			]
		}
	]
};

describe('quick schema check', () => {
	it('accepts the shipped story and a small file, as valibot does', () => {
		expect(quick(story)).toBe(true);
		expect(quick(small)).toBe(true);
		expect(valibotSays(small)).toBe(true);
	});

	it('agrees with valibot on every hostile fixture', () => {
		const dir = new URL('../../../tests/hostile/', import.meta.url);
		const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
		expect(files.length).toBeGreaterThan(5);
		for (const f of files) {
			const text = decodeBytes(readFileSync(new URL(f, dir)), f);
			if (!text.ok) throw new Error(f);
			const json: unknown = JSON.parse(text.text);
			expect(quick(json), f).toBe(valibotSays(json));
		}
	});

	it('agrees with valibot on randomly broken files (any field, any depth)', () => {
		const keys = fc.constantFrom(
			'id',
			'title',
			'date',
			'extra',
			'start',
			'notAfter',
			'text',
			'scope',
			'by',
			'__proto__',
			'constructor'
		);
		fc.assert(
			fc.property(
				fc.constantFrom<unknown>(small, story),
				fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
				fc.oneof(fc.constantFrom(...EDGES), fc.jsonValue({ maxDepth: 2 })),
				keys,
				(base, picks, edge, key) => {
					const x = mutated(base, picks, edge, key);
					expect(quick(x)).toBe(valibotSays(x));
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('refuses to compile a schema feature it does not know, rather than guess', () => {
		expect(() => compileQuickCheck(v.object({ n: v.number() }))).toThrow(/not supported/);
		expect(() => compileQuickCheck(v.pipe(v.string(), v.email()))).toThrow(/not supported/);
	});
});

import { describe, expect, it } from 'vitest';
import { corroborator, originOf } from './provenance';
import type { Source } from './model';
import type { SourceKindName } from './schema';

function sources(list: [string, SourceKindName, string?][]): Map<string, Source> {
	return new Map(
		list.map(([id, kind, derivedFrom]) => [id, { id, kind, derivedFrom, publisher: id, url: `https://${id}.example/` }])
	);
}
const byId = sources([
	['primary-doc', 'primary'],
	['wire-a', 'wire'],
	['news-b', 'news'],
	['rewrite-of-a', 'derivative', 'wire-a'],
	['rewrite-of-rewrite', 'derivative', 'rewrite-of-a'],
	['lookalike-1', 'unreliable', 'wire-a'],
	['lookalike-2', 'unreliable', 'wire-a'],
	['orphan-copy', 'derivative'],
	['dpa-english', 'wire'],
	['dpa-german', 'wire'],
	['copy-of-dpa', 'derivative', 'dpa-english']
]);
byId.get('dpa-english')!.agency = 'DPA';
byId.get('dpa-german')!.agency = 'dpa';

describe('originOf follows derivedFrom chains', () => {
	it.each([
		['wire-a', 'wire-a'],
		['rewrite-of-a', 'wire-a'],
		['rewrite-of-rewrite', 'wire-a'],
		['orphan-copy', 'orphan-copy']
	])('%s → %s', (id, origin) => expect(originOf(id, byId)).toBe(origin));
	it('stops on a cycle instead of looping', () => {
		const cyc = sources([
			['a', 'news', 'b'],
			['b', 'news', 'a']
		]);
		expect(['a', 'b']).toContain(originOf('a', cyc));
	});
});

describe('a claim that contradicts another event is disputed', () => {
	it('only look-alikes, contradicting the real event', () => {
		const c = corroborator(byId)({ sources: ['lookalike-1'], claims: undefined, contradicts: 'real-event' });
		expect([c.level, c.verdict]).toEqual(['unreliable', 'only unreliable sources; sources disagree']);
	});
});

describe('corroborate: table of verdicts', () => {
	const rows: { name: string; ids: string[]; claims?: boolean; level: string; independent: number; verdict: string }[] =
		[
			{ name: 'a primary document', ids: ['primary-doc'], level: 'primary', independent: 1, verdict: 'primary source' },
			{
				name: 'primary plus a wire',
				ids: ['primary-doc', 'wire-a'],
				level: 'primary',
				independent: 2,
				verdict: 'primary source, with 1 more independent report'
			},
			{
				name: 'two independent reports',
				ids: ['wire-a', 'news-b'],
				level: 'corroborated',
				independent: 2,
				verdict: 'corroborated by 2 independent reports'
			},
			{
				name: 'a report and its rewrite count once',
				ids: ['wire-a', 'rewrite-of-a'],
				level: 'single',
				independent: 1,
				verdict: 'single report'
			},
			{
				name: 'a chain A←B←C counts once',
				ids: ['wire-a', 'rewrite-of-a', 'rewrite-of-rewrite'],
				level: 'single',
				independent: 1,
				verdict: 'single report'
			},
			{
				name: 'two rewrites of one report count once',
				ids: ['rewrite-of-a', 'rewrite-of-rewrite'],
				level: 'single',
				independent: 1,
				verdict: 'single report'
			},
			{
				name: 'look-alikes never corroborate',
				ids: ['wire-a', 'lookalike-1', 'lookalike-2'],
				level: 'single',
				independent: 1,
				verdict: 'single report'
			},
			{
				name: 'only look-alikes',
				ids: ['lookalike-1', 'lookalike-2'],
				level: 'unreliable',
				independent: 0,
				verdict: 'only unreliable sources'
			},
			{
				name: 'two services of one agency count once',
				ids: ['dpa-english', 'dpa-german'],
				level: 'single',
				independent: 1,
				verdict: 'single report'
			},
			{
				name: 'a rewrite of an agency report counts with the agency',
				ids: ['dpa-german', 'copy-of-dpa', 'wire-a'],
				level: 'corroborated',
				independent: 2,
				verdict: 'corroborated by 2 independent reports'
			},
			{
				name: 'disagreement is added to the verdict',
				ids: ['wire-a', 'news-b'],
				claims: true,
				level: 'corroborated',
				independent: 2,
				verdict: 'corroborated by 2 independent reports; sources disagree'
			}
		];
	for (const r of rows) {
		it(r.name, () => {
			const claims = r.claims
				? [
						{
							about: 'kind',
							variants: [
								{ value: 'x', sources: ['wire-a'] },
								{ value: 'y', sources: ['news-b'] }
							]
						}
					]
				: undefined;
			const c = corroborator(byId)({ sources: r.ids, claims, contradicts: undefined });
			expect([c.level, c.independent, c.verdict]).toEqual([r.level, r.independent, r.verdict]);
		});
	}
});

describe('links of unknown kind (imported pages)', () => {
	it('pages of one site count as one report; of two sites, as two', () => {
		const byId = new Map<string, Source>([
			['a', { id: 'a', publisher: 'en.wikipedia.org', url: 'https://en.wikipedia.org/wiki/A', kind: 'unknown' }],
			['b', { id: 'b', publisher: 'en.wikipedia.org', url: 'https://en.wikipedia.org/wiki/B', kind: 'unknown' }],
			['c', { id: 'c', publisher: 'example.org', url: 'https://www.example.org/c', kind: 'unknown' }]
		]);
		const judge = corroborator(byId);
		expect(judge({ sources: ['a', 'b'], claims: undefined, contradicts: undefined }).level).toBe('single');
		expect(judge({ sources: ['a', 'c'], claims: undefined, contradicts: undefined }).level).toBe('corroborated');
		expect(judge({ sources: [], claims: undefined, contradicts: undefined })).toMatchObject({
			level: 'unsourced',
			verdict: 'no source given'
		});
	});
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	FACETS,
	NOTHING_CHOSEN,
	buildFacetIndex,
	eventValues,
	facetCounts,
	failMasks,
	passing,
	type Chosen,
	type FacetName
} from './facets';
import { loadTimelineData } from '../load';
import type { Timeline } from '../model';
import { firstStory } from '../../../../tests/fixtures/story';
import { englishOf } from '../issue-english';

if (!firstStory.ok) throw new Error('story invalid');
const story = firstStory.timeline;

/** The filter as a reader means it, event by event: OR within a facet, AND across facets and the search. */
function naive(t: Timeline, chosen: Chosen, search: Uint8Array | null, except?: FacetName) {
	return t.events.filter(
		(e, i) =>
			(!search || search[i] === 1) &&
			FACETS.every((f) => f === except || !chosen[f].length || eventValues(t, e, f).some((v) => chosen[f].includes(v)))
	);
}

describe('facets on the first story', () => {
	const index = buildFacetIndex(story);
	it('lists each facet’s values: actors as written, levels strongest first, source kinds in a fixed order', () => {
		expect(index.actor.values).toContain('Pistorius');
		expect(index.level.values).toEqual(['primary', 'corroborated', 'single', 'unreliable', 'unsourced']);
		expect(index.kind.values.slice(0, 3)).toEqual(['primary', 'wire', 'news']);
		expect(index.group.values).toEqual([]);
	});
	it('Pistorius and corroborated: the one event both pick, and each facet’s counts under the other', () => {
		const chosen = { ...NOTHING_CHOSEN, actor: ['Pistorius'], level: ['corroborated'] };
		const masks = failMasks(index, chosen, null, story.events.length);
		expect([...passing(masks)].map((i) => story.events[i]!.id)).toEqual(['pistorius-no-comparable-deterrent']);
		const counts = facetCounts(index, masks);
		const of = (f: FacetName, v: string) => counts[f][index[f].byValue.get(v)!];
		// Pistorius's events by level: one corroborated; the claim rests on unreliable sources only.
		expect(of('level', 'corroborated')).toBe(1);
		expect(of('level', 'unreliable')).toBe(1);
		// Corroborated events by actor.
		expect(of('actor', 'Pistorius')).toBe(1);
		expect(of('actor', 'Mark Rutte')).toBe(naive(story, { ...chosen, actor: ['Mark Rutte'] }, null).length);
	});
});

/** A random timeline with actors, tags, groups and sources of every kind. */
const arbTimeline = fc
	.record({
		events: fc.array(
			fc.record({
				actors: fc.uniqueArray(fc.constantFrom('Ann', 'Bob', 'Cem', 'Dia'), { maxLength: 3 }),
				tags: fc.uniqueArray(fc.constantFrom('x', 'y', 'z'), { maxLength: 2 }),
				group: fc.option(fc.constantFrom('G1', 'G2'), { nil: undefined }),
				sources: fc.uniqueArray(fc.constantFrom('s0', 's1', 's2', 's3', 's4', 's5'), { maxLength: 3 })
			}),
			{ maxLength: 40 }
		)
	})
	.map(({ events }) => {
		const kinds = ['primary', 'wire', 'news', 'derivative', 'unreliable', 'unknown'];
		const r = loadTimelineData(
			{
				id: 'r',
				title: 'r',
				language: 'en',
				sources: kinds.map((kind, i) => ({ id: `s${i}`, publisher: `P${i}`, url: `https://p${i}.example/`, kind })),
				events: events.map((e, i) => ({
					id: `e${i}`,
					title: `E${i}`,
					date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
					sources: e.sources,
					...(e.actors.length ? { actors: e.actors } : {}),
					...(e.tags.length ? { tags: e.tags } : {}),
					...(e.group ? { group: e.group } : {})
				}))
			},
			'r.json'
		);
		if (!r.ok) throw new Error(r.errors.map((x) => englishOf(x)).join());
		return r.timeline;
	});

const arbChosen: fc.Arbitrary<Chosen> = fc.record({
	actor: fc.uniqueArray(fc.constantFrom('Ann', 'Bob', 'Cem', 'Dia', 'Nobody'), { maxLength: 2 }),
	tag: fc.uniqueArray(fc.constantFrom('x', 'y', 'z'), { maxLength: 2 }),
	source: fc.uniqueArray(fc.constantFrom('s0', 's1', 's2', 's3', 's4', 's5'), { maxLength: 2 }),
	kind: fc.uniqueArray(fc.constantFrom('primary', 'wire', 'news', 'derivative', 'unreliable', 'unknown'), {
		maxLength: 2
	}),
	level: fc.uniqueArray(fc.constantFrom('primary', 'corroborated', 'single', 'unreliable', 'unsourced'), {
		maxLength: 2
	}),
	group: fc.uniqueArray(fc.constantFrom('G1', 'G2'), { maxLength: 1 })
});

describe('against a naive computation on random data (property)', () => {
	it('what is shown, and every value’s count under the other active filters', () => {
		fc.assert(
			fc.property(arbTimeline, arbChosen, fc.array(fc.boolean(), { maxLength: 40 }), (t, chosen, hits) => {
				const n = t.events.length;
				const search = hits.length ? Uint8Array.from({ length: n }, (_, i) => (hits[i % hits.length] ? 1 : 0)) : null;
				const index = buildFacetIndex(t);
				const masks = failMasks(index, chosen, search, n);
				expect([...passing(masks)].map((i) => t.events[i]!.id)).toEqual(naive(t, chosen, search).map((e) => e.id));
				const counts = facetCounts(index, masks);
				for (const f of FACETS) {
					const others = naive(t, chosen, search, f);
					index[f].values.forEach((v, id) => {
						const want = others.filter((e) => eventValues(t, e, f).includes(v)).length;
						expect(counts[f][id], `${f}=${v}`).toBe(want);
					});
				}
			}),
			{ numRuns: 400 }
		);
	});
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupIntoLanes } from './lanes';
import { buildFacetIndex, eventValues } from './facets';
import { firstStory } from '../../../../tests/fixtures/story';
import { loadTimelineData } from '../load';

if (!firstStory.ok) throw new Error('story invalid');
const story = firstStory.timeline;

describe('lanes by a facet', () => {
	const index = buildFacetIndex(story);
	it('by actor: one lane per actor, the busiest first; an event with two actors in both', () => {
		const { lanes, multi } = groupIntoLanes(story.events, null, index.actor);
		expect(lanes[0]!.value).toBe('Donald Trump');
		const names = lanes.map((l) => l.value);
		expect(names).toContain('Emmanuel Macron');
		expect(names).toContain('Pistorius');
		const strategy = 'us-national-security-strategy';
		expect(lanes.filter((l) => l.events.some((e) => e.id === strategy)).map((l) => l.value)).toEqual([
			'Donald Trump',
			'Mark Rutte'
		]);
		expect(story.events.filter((e) => multi[e.order]).map((e) => e.id)).toEqual([strategy]);
	});
	it('follows the filters: only the shown events’ values get lanes', () => {
		const at = Uint32Array.from(
			story.events.filter((e) => e.actors?.includes('Pistorius')),
			(e) => e.order
		);
		expect(groupIntoLanes(story.events, at, index.actor).lanes.map((l) => l.value)).toEqual(['Pistorius']);
	});
	it('past the limit the rarest share an "other" lane; events without a value have their own, last', () => {
		const t = loadTimelineData(
			{
				id: 't',
				title: 't',
				language: 'en',
				sources: [],
				events: [
					...Array.from({ length: 6 }, (_, i) => ({
						id: `a${i}`,
						title: 'a',
						date: '2025-01-01',
						sources: [],
						actors: [`P${i % 3}`, `Q${i}`]
					})),
					{ id: 'none', title: 'n', date: '2025-01-02', sources: [] }
				]
			},
			't.json'
		);
		if (!t.ok) throw new Error('bad');
		const { lanes } = groupIntoLanes(t.timeline.events, null, buildFacetIndex(t.timeline).actor, 5);
		expect(lanes.map((l) => l.value ?? l.kind)).toEqual(['P0', 'P1', 'P2', 'other', 'none']);
		expect(lanes[3]!.events).toHaveLength(6);
	});
	it('every shown event is in a lane, once per value it has (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 8 }),
				fc.array(fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), { maxLength: 3 }), { maxLength: 30 }),
				(max, actors) => {
					const t = loadTimelineData(
						{
							id: 'p',
							title: 'p',
							language: 'en',
							sources: [],
							events: actors.map((a, i) => ({
								id: `e${i}`,
								title: 'x',
								date: '2025-01-01',
								sources: [],
								...(a.length ? { actors: a } : {})
							}))
						},
						'p.json'
					);
					if (!t.ok) throw new Error('bad');
					const { lanes } = groupIntoLanes(t.timeline.events, null, buildFacetIndex(t.timeline).actor, max);
					expect(lanes.length).toBeLessThanOrEqual(max);
					for (const e of t.timeline.events) {
						const inLanes = lanes.filter((l) => l.events.includes(e));
						expect(inLanes.length).toBeGreaterThan(0);
						for (const l of inLanes) if (l.value) expect(eventValues(t.timeline, e, 'actor')).toContain(l.value);
					}
					for (const l of lanes)
						expect(l.events.every((e, i) => i === 0 || e.order > l.events[i - 1]!.order)).toBe(true);
				}
			)
		);
	});
});

import { describe, expect, it } from 'vitest';
import { filtersInWords, levelsWords, matchWords, unknownValue } from './facet-words';
import { NOTHING_CHOSEN } from '$lib/data/find/facets';

const t = {
	sourceById: new Map([
		[
			'tass-en',
			{ id: 'tass-en', publisher: 'TASS (English service)', url: 'https://t.example/', kind: 'wire' as const }
		]
	])
};

describe('filters in words', () => {
	it.each([
		{ name: 'nothing', f: { query: '', chosen: NOTHING_CHOSEN, lanes: null, dimmed: false }, expected: null },
		{
			name: 'the issue’s example',
			f: {
				query: ' Rutte ',
				chosen: { ...NOTHING_CHOSEN, actor: ['Pistorius'], level: ['corroborated'] },
				lanes: null,
				dimmed: false
			},
			expected: 'Search: Rutte · Actor: Pistorius · Only corroborated'
		},
		{
			name: 'several values, a source by its publisher, a kind in words, lanes, the rest marked',
			f: {
				query: '',
				chosen: {
					...NOTHING_CHOSEN,
					actor: ['A', 'B'],
					source: ['tass-en'],
					kind: ['wire'],
					level: ['primary', 'corroborated']
				},
				lanes: 'actor' as const,
				dimmed: true
			},
			expected:
				'Actor: A or B · Source: TASS (English service) · Source kind: wire service · Only primary source or corroborated · the other events marked under the axis · Lanes by actor'
		}
	])('$name', ({ f, expected }) => expect(filtersInWords(t, f)).toBe(expected));
	it('counts and notices', () => {
		expect(matchWords(12, 340)).toBe('12 of 340 events match');
		expect(matchWords(1200, 100000)).toBe('1,200 of 100,000 events match');
		expect(unknownValue('actor', 'xyz')).toBe("No actor called 'xyz' in this timeline");
		expect(levelsWords(['single'])).toBe('Only single report');
	});
});

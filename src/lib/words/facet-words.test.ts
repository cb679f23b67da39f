import { describe, expect, it } from 'vitest';
import { filtersInWords, laneLabel, laneTitle, levelsWords, matchWords, noticeWords, valueWords } from './facet-words';
import { NOTHING_CHOSEN } from '$lib/data/find/facets';
import { loadWords } from './catalogue';
import { ENGLISH } from '../../../tests/fixtures/english-words';

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
	])('$name', ({ f, expected }) => expect(filtersInWords(ENGLISH, t, f)).toBe(expected));
	it('counts and notices', () => {
		expect(matchWords(ENGLISH, 12, 340)).toBe('12 of 340 events match');
		expect(matchWords(ENGLISH, 1200, 100000)).toBe('1,200 of 100,000 events match');
		expect(matchWords(ENGLISH, 1, 1)).toBe('1 of 1 event matches');
		expect(noticeWords(ENGLISH, { kind: 'unknown', facet: 'actor', value: 'xyz' })).toBe(
			"No actor called 'xyz' in this timeline"
		);
		expect(noticeWords(ENGLISH, { kind: 'noLanes', facet: 'group' })).toBe(
			'This timeline names no groups to lay out in lanes'
		);
		expect(levelsWords(ENGLISH, ['single'])).toBe('Only single report');
		expect(levelsWords(ENGLISH, ['unreliable'])).toBe('Only unreliable sources');
	});
	it('lanes', () => {
		expect(laneLabel(ENGLISH, t, 'actor', 'other', null)).toBe('Other actors');
		expect(laneLabel(ENGLISH, t, 'kind', 'none', null)).toBe('No source kind');
		expect(laneLabel(ENGLISH, t, 'kind', 'value', 'wire')).toBe('wire service');
		expect(laneTitle(ENGLISH, 'Pistorius', 1200)).toBe('Pistorius (1,200)');
	});
});

describe('in other languages', () => {
	it('German: the filters, a kind, the count (noun after the total, verb after what matches)', async () => {
		const de = await loadWords('de');
		expect(
			filtersInWords(de, t, {
				query: 'Rutte',
				chosen: { ...NOTHING_CHOSEN, actor: ['A', 'B'], kind: ['wire'] },
				lanes: 'tag',
				dimmed: false
			})
		).toBe('Suche: Rutte · Akteur: A oder B · Quellenart: Nachrichtenagentur · Spuren nach Schlagwort');
		expect(matchWords(de, 1, 340)).toBe('1 von 340 Ereignissen passt');
		expect(matchWords(de, 12, 1340)).toBe('12 von 1.340 Ereignissen passen');
		expect(matchWords(de, 1, 1)).toBe('1 von 1 Ereignis passt');
		expect(laneTitle(de, 'Merz', 1200)).toBe('Merz (1.200)');
	});
	it('French: a colon with its space, one for 0 and 1', async () => {
		const fr = await loadWords('fr');
		expect(filtersInWords(fr, t, { query: 'x', chosen: NOTHING_CHOSEN, lanes: null, dimmed: false })).toBe(
			'Recherche : x'
		);
		expect(matchWords(fr, 0, 13)).toBe('0 événement sur 13 correspond');
		expect(matchWords(fr, 2, 13)).toBe('2 événements sur 13 correspondent');
	});
	it('Russian and Ukrainian: three forms', async () => {
		const ru = await loadWords('ru');
		expect([1, 2, 5, 21].map((n) => matchWords(ru, n, 340))).toEqual([
			'Подходит 1 событие из 340',
			'Подходят 2 события из 340',
			'Подходят 5 событий из 340',
			'Подходит 21 событие из 340'
		]);
		expect(noticeWords(ru, { kind: 'unknown', facet: 'actor', value: 'xyz' })).toBe(
			'В этой хронологии нет участника «xyz»'
		);
		expect(valueWords(ru, t, 'kind', 'wire')).toBe('информационное агентство');
		const uk = await loadWords('uk');
		expect([1, 3, 11].map((n) => uk.m.find.lanes.more(n, uk.num))).toEqual([
			'і ще 1 подія: наблизьте або уточніть пошук',
			'і ще 3 події: наблизьте або уточніть пошук',
			'і ще 11 подій: наблизьте або уточніть пошук'
		]);
	});
	it('Arabic: six forms, Western digits', async () => {
		const ar = await loadWords('ar');
		expect([0, 1, 2, 3, 11, 100].map((n) => matchWords(ar, n, 1340))).toEqual([
			'لا يطابق أي حدث من أصل 1,340',
			'يطابق حدث واحد من أصل 1,340',
			'يطابق حدثان من أصل 1,340',
			'يطابق 3 أحداث من أصل 1,340',
			'يطابق 11 حدثًا من أصل 1,340',
			'يطابق 100 حدث من أصل 1,340'
		]);
		expect(ar.m.find.lanes.more(2, ar.num)).toBe('وحدثان آخران: كبّر العرض أو ضيّق نطاق البحث');
	});
});

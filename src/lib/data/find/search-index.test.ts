import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSearchIndex, matchEvents, searchableFields } from './search-index';
import { narrows, parseQuery } from './query';
import { fold } from './fold';
import { loadTimelineData } from '../load';
import { firstStory } from '../../../../tests/fixtures/story';
import { englishOf } from '../issue-english';

if (!firstStory.ok) throw new Error('story invalid');
const story = firstStory.timeline;
const index = buildSearchIndex(story.events, story.sources);
const ids = (q: string) => {
	const m = matchEvents(index, parseQuery(q));
	return story.events.filter((_, i) => m[i]).map((e) => e.id);
};

const every = loadTimelineData(
	{
		id: 'fields',
		title: 'Every searchable field',
		language: 'en',
		sources: [
			{ id: 's1', publisher: 'Gazeta Wyborcza', url: 'https://a.example/1', kind: 'news' },
			{ id: 's2', publisher: 'Plain Wire', url: 'https://b.example/2', kind: 'wire' }
		],
		events: [
			{ id: 'by-title', title: 'Zebra crossing', date: '2025-01-01', sources: ['s2'] },
			{ id: 'by-summary', title: 'x', summary: 'A quokka appears', date: '2025-01-02', sources: ['s2'] },
			{
				id: 'by-quote',
				title: 'x',
				date: '2025-01-03',
				sources: ['s2'],
				quotes: [{ text: 'The narwhal said so', speaker: 'Ann Ray', source: 's2', language: 'en' }]
			},
			{
				id: 'by-speaker',
				title: 'x',
				date: '2025-01-04',
				sources: ['s2'],
				quotes: [{ text: 'Nothing', speaker: 'Ocelot Jones', source: 's2', language: 'en' }]
			},
			{
				id: 'by-translation',
				title: 'x',
				date: '2025-01-05',
				sources: ['s2'],
				quotes: [
					{
						text: 'Wir sind bereit',
						speaker: 'B',
						source: 's2',
						language: 'de',
						translation: { text: 'We stand ready, pangolin', language: 'en', by: 'Sourceline' }
					}
				]
			},
			{ id: 'by-actor', title: 'x', actors: ['Axolotl Smith'], date: '2025-01-06', sources: ['s2'] },
			{ id: 'by-tag', title: 'x', tags: ['tapir affairs'], date: '2025-01-07', sources: ['s2'] },
			{ id: 'by-group', title: 'x', group: 'Wombat desk', date: '2025-01-08', sources: ['s2'] },
			{ id: 'by-publisher', title: 'x', date: '2025-01-09', sources: ['s1'] }
		]
	},
	'fields.json'
);
if (!every.ok) throw new Error(every.errors.map((e) => englishOf(e)).join());
const fields = every.timeline;
const fieldIndex = buildSearchIndex(fields.events, fields.sources);

describe('the matcher on the first story', () => {
	it('is case- and diacritic-insensitive: "nauseda" finds Nausėda', () => {
		expect(ids('nauseda')).toEqual(['nauseda-interesting-idea']);
		expect(ids('NAUSĖDA')).toEqual(['nauseda-interesting-idea']);
	});
	it('needs every word: "rutte guarantee" is narrower than "rutte"', () => {
		expect(ids('rutte')).toEqual(['us-national-security-strategy', 'rutte-absolute-guarantee']);
		expect(ids('rutte guarantee')).toEqual(['rutte-absolute-guarantee']);
		expect(ids('rutte zebra')).toEqual([]);
	});
	it('matches quoted phrases as phrases, in that order', () => {
		expect(ids('"absolute guarantee"')).toEqual(['rutte-absolute-guarantee']);
		expect(ids('"guarantee absolute"')).toEqual([]);
	});
	it('matches at the start of words: "us" is not inside Pistorius, "pisto" is Pistorius', () => {
		expect(ids('pisto').sort()).toEqual(['claim-pistorius-bundestag-address', 'pistorius-no-comparable-deterrent']);
		expect(ids('us').includes('pistorius-no-comparable-deterrent')).toBe(false);
	});
	it('an empty query matches everything', () => expect(ids('')).toHaveLength(story.events.length));
});

describe('every searchable field is searched', () => {
	it.each([
		['zebra', 'by-title'],
		['quokka', 'by-summary'],
		['narwhal', 'by-quote'],
		['ocelot', 'by-speaker'],
		['pangolin', 'by-translation'],
		['axolotl', 'by-actor'],
		['tapir', 'by-tag'],
		['wombat', 'by-group'],
		['wyborcza', 'by-publisher']
	])('%s → %s', (q, id) => {
		const m = matchEvents(fieldIndex, parseQuery(q));
		expect(fields.events.filter((_, i) => m[i]).map((e) => e.id)).toEqual([id]);
	});
	it('terms may match in different fields of one event, a publisher among them', () => {
		const m = matchEvents(fieldIndex, parseQuery('x gazeta'));
		expect(fields.events.filter((_, i) => m[i]).map((e) => e.id)).toEqual(['by-publisher']);
	});
	it('a phrase does not run from one field into the next', () => {
		const m = matchEvents(fieldIndex, parseQuery('"nothing ocelot"'));
		expect([...m]).not.toContain(1);
	});
});

describe('against a naive scan (property)', () => {
	const words = [
		'alpha',
		'Beta',
		'gämma',
		'delta',
		'EPSILON',
		'zeta',
		'Тасс',
		'тоже',
		'2025',
		'5g',
		'a',
		'z-axis',
		'x'
	];
	const naive = (fieldsOf: string[], pubs: string[], q: string) =>
		parseQuery(q).every((t) =>
			[...fieldsOf, ...pubs].some((f) => {
				const folded = fold(f);
				// A word start: the start, or after a character that is not a letter or digit.
				return [...folded.matchAll(new RegExp(t.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].some(
					(m) => m.index === 0 || !/[\p{L}\p{N}]/u.test(folded[m.index - 1]!)
				);
			})
		);
	it('matchEvents and narrowing agree with checking each field', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 20 }),
				fc.array(fc.constantFrom(...words, 'al', 'ga', 'ep', 'т', 'та', '2', '5', 'z', 'ax', '"alpha beta"'), {
					minLength: 1,
					maxLength: 3
				}),
				(titles, q) => {
					const loaded = loadTimelineData(
						{
							id: 'p',
							title: 'p',
							language: 'en',
							sources: [{ id: 's', publisher: 'Zeta Press', url: 'https://z.example/', kind: 'news' }],
							events: titles.map((t, i) => ({ id: `e${i}`, title: t.join(' '), date: '2025-01-01', sources: ['s'] }))
						},
						'p.json'
					);
					if (!loaded.ok) throw new Error('bad');
					const t = loaded.timeline;
					const idx = buildSearchIndex(t.events, t.sources);
					const query = q.join(' ');
					const got = [...matchEvents(idx, parseQuery(query))];
					const want = t.events.map((e) => (naive(searchableFields(e), ['Zeta Press'], query) ? 1 : 0));
					expect(got).toEqual(want);
					const shorter = parseQuery(query.slice(0, -1));
					if (narrows(shorter, parseQuery(query)))
						expect([...matchEvents(idx, parseQuery(query), matchEvents(idx, shorter))]).toEqual(want);
				}
			),
			{ numRuns: 300 }
		);
	});
});

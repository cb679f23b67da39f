import { describe, expect, it } from 'vitest';
import { loadTimelineData } from '$lib/data/load';
import type { Cluster } from '$lib/timeline/layout';
import { loadWords } from './catalogue';
import { ENGLISH } from '../../../tests/fixtures/english-words';
import { clusterMarkName, eventMarkName } from './mark-names';

const loaded = loadTimelineData(
	{
		id: 't',
		title: 'T',
		language: 'en',
		sources: [{ id: 'w', publisher: 'Wire', url: 'https://wire.example/a', kind: 'wire' }],
		events: [{ id: 'a', title: 'Talks begin', date: '2025-03-05', sources: ['w'] }]
	},
	't.json'
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const e = loaded.timeline.events[0]!;
const verdict = e.corroboration.verdict;
const cluster = (count: number): Cluster => ({ x0: 0, x1: 10, count, start: 0, end: 1, firstId: 'a', ranges: [] });

describe('mark names', () => {
	it('English as before: title, short date, verdict; the lanes after it', () => {
		expect(eventMarkName(e, ENGLISH)).toBe(`Talks begin, 5 Mar 2025, ${verdict}`);
		expect(eventMarkName(e, ENGLISH, ['Rutte'])).toBe(`Talks begin, 5 Mar 2025, ${verdict}; in lane Rutte`);
		expect(eventMarkName(e, ENGLISH, ['Rutte', 'Trump'])).toMatch(/; in lanes Rutte, Trump$/);
		expect(clusterMarkName(cluster(13), e, ENGLISH)).toBe('13 more events, 5 Mar 2025 onwards; zoom in');
		expect(clusterMarkName(cluster(1234), e, ENGLISH)).toMatch(/^1,234 more events/);
	});

	it('German: the date through Intl, the lanes and the cluster in German', async () => {
		const de = await loadWords('de');
		expect(eventMarkName(e, de, ['Rutte'])).toBe(`Talks begin, 5. März 2025, nur ein Bericht; in der Spur Rutte`);
		expect(clusterMarkName(cluster(1234), e, de)).toBe('1.234 weitere Ereignisse, ab 5. März 2025; vergrößern');
	});

	it('Russian: three plural forms', async () => {
		const ru = await loadWords('ru');
		const names = [1, 2, 5, 21].map((n) => clusterMarkName(cluster(n), e, ru).split(',')[0]);
		expect(names).toEqual(['Ещё 1 событие', 'Ещё 2 события', 'Ещё 5 событий', 'Ещё 21 событие']);
	});

	it('Arabic: six plural forms, Arabic commas, Western digits', async () => {
		const ar = await loadWords('ar');
		const names = [1, 2, 3, 11, 100].map((n) => clusterMarkName(cluster(n), e, ar).split('،')[0]);
		expect(names).toEqual(['حدث آخر واحد', 'حدثان آخران', '3 أحداث أخرى', '11 حدثًا آخر', '100 حدث آخر']);
		expect(eventMarkName(e, ar, ['أ', 'ب'])).toMatch(/^Talks begin، .*؛ في المسارين أ وب$/);
	});
});

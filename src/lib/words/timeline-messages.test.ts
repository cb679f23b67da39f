/** The timeline catalogue's counted messages: grouped counts and the right plural form in each language. */
import { describe, expect, it } from 'vitest';
import { loadWords } from './catalogue';
import { ENGLISH } from '../../../tests/fixtures/english-words';

describe('timeline messages with a count', () => {
	it('English as the page said it before', () => {
		const t = ENGLISH.m.timeline;
		expect(t.list.count({ shown: 13, total: 1200 }, ENGLISH.num)).toBe('(13 of 1,200)');
		expect(t.sources.network({ publisher: 'TASS', count: 11 }, ENGLISH.num)).toBe('TASS and 11 rewrites of it');
		expect(t.sources.network({ publisher: 'TASS', count: 1 }, ENGLISH.num)).toBe('TASS and 1 rewrite of it');
	});

	it('German groups the count its way', async () => {
		const de = await loadWords('de');
		expect(de.m.timeline.list.count({ shown: 13, total: 1200 }, de.num)).toBe('(13 von 1.200)');
	});

	it('Russian and Ukrainian: one, few, many', async () => {
		const ru = await loadWords('ru');
		const uk = await loadWords('uk');
		const net = (w: typeof ru, n: number) => w.m.timeline.sources.network({ publisher: 'ТАСС', count: n }, w.num);
		expect([1, 3, 11, 22].map((n) => net(ru, n))).toEqual([
			'ТАСС и 1 перепечатка',
			'ТАСС и 3 перепечатки',
			'ТАСС и 11 перепечаток',
			'ТАСС и 22 перепечатки'
		]);
		expect([1, 2, 5].map((n) => uk.m.timeline.mark.cluster({ count: n, from: 'X' }, uk.num).split(',')[0])).toEqual([
			'Ще 1 подія',
			'Ще 2 події',
			'Ще 5 подій'
		]);
	});

	it('Arabic: one and two said in words, then 3–10, 11–99 and 100 each their form', async () => {
		const ar = await loadWords('ar');
		const net = (n: number) => ar.m.timeline.sources.network({ publisher: 'تاس', count: n }, ar.num);
		expect([1, 2, 3, 11, 100].map(net)).toEqual([
			'تاس وإعادة صياغة واحدة عنه',
			'تاس وإعادتا صياغة عنه',
			'تاس و3 إعادات صياغة عنه',
			'تاس و11 إعادة صياغة عنه',
			'تاس و100 إعادة صياغة عنه'
		]);
	});

	it('French lanes: one lane and several', async () => {
		const fr = await loadWords('fr');
		expect(fr.m.timeline.mark.inLanes(['A'], fr.num)).toBe('\u00a0; sur la ligne A');
		expect(fr.m.timeline.mark.inLanes(['A', 'B'], fr.num)).toBe('\u00a0; sur les lignes A, B');
	});
});

import { describe, expect, it } from 'vitest';
import type { Corroboration } from '$lib/data/levels';
import { loadTimelineData } from '$lib/data/load';
import everyMark from '../../../tests/fixtures/every-mark.json';
import { firstStory } from '../../../tests/fixtures/story';
import { loadWords } from './catalogue';
import { ENGLISH } from '../../../tests/fixtures/english-words';
import { verdictText } from './verdict';

const c = (more: Partial<Corroboration>): Corroboration => ({
	level: 'single',
	independent: 1,
	hasPrimary: false,
	disputed: false,
	verdict: '',
	...more
});

describe('verdictText', () => {
	const files = {
		'the first story': firstStory,
		'every mark': loadTimelineData(everyMark, 'tests/fixtures/every-mark.json')
	};
	for (const [name, r] of Object.entries(files)) {
		it(`in English is the data layer's verdict, for every event of ${name}`, () => {
			if (!r.ok) throw new Error(`${name} does not load`);
			const differ = r.timeline.events
				.map((e) => [e.id, verdictText(e.corroboration, ENGLISH), e.corroboration.verdict])
				.filter(([, mine, theirs]) => mine !== theirs);
			expect(differ).toEqual([]);
		});
	}

	it('German: counts and parts in German', async () => {
		const de = await loadWords('de');
		expect(verdictText(c({ level: 'corroborated', independent: 2, disputed: true }), de)).toBe(
			'bestätigt durch 2 unabhängige Berichte; Quellen widersprechen sich'
		);
		expect(verdictText(c({ level: 'primary', independent: 2, hasPrimary: true }), de)).toBe(
			'Primärquelle, dazu 1 weiterer unabhängiger Bericht'
		);
		expect(verdictText(c({ confidence: { date: 'medium', attribution: 'medium' } }), de)).toBe(
			'nur ein Bericht; Datum und Zuschreibung: mittlere Sicherheit'
		);
	});

	it('Russian: one, few and many', async () => {
		const ru = await loadWords('ru');
		const more = (n: number) => verdictText(c({ level: 'primary', independent: n + 1, hasPrimary: true }), ru);
		expect([1, 2, 5, 21].map(more)).toEqual([
			'первоисточник и ещё 1 независимое сообщение',
			'первоисточник и ещё 2 независимых сообщения',
			'первоисточник и ещё 5 независимых сообщений',
			'первоисточник и ещё 21 независимое сообщение'
		]);
		expect(verdictText(c({ level: 'corroborated', independent: 21 }), ru)).toBe(
			'подтверждено 21 независимым сообщением'
		);
		expect(verdictText(c({ level: 'corroborated', independent: 5, primaryUnchecked: true }), ru)).toBe(
			'подтверждено 5 независимыми сообщениями; первоисточник не проверен'
		);
	});

	it('Arabic: the dual, few and many, with the Arabic semicolon', async () => {
		const ar = await loadWords('ar');
		const by = (n: number) => verdictText(c({ level: 'corroborated', independent: n }), ar);
		expect([2, 3, 11, 100].map(by)).toEqual([
			'مدعوم بتقريرين مستقلين',
			'مدعوم بـ3 تقارير مستقلة',
			'مدعوم بـ11 تقريرًا مستقلًا',
			'مدعوم بـ100 تقرير مستقل'
		]);
		expect(verdictText(c({ level: 'unreliable', independent: 0, disputed: true }), ar)).toBe(
			'مصادر غير موثوقة فقط؛ المصادر متضاربة'
		);
	});

	it('an event whose sources back only details, and one that names none', async () => {
		const fr = await loadWords('fr');
		expect(verdictText(c({ level: 'unsourced', independent: 0, partial: 1 }), fr)).toBe(
			'aucune source ne rapporte l’événement lui-même'
		);
		expect(verdictText(c({ level: 'unsourced', independent: 0, confidence: { attribution: 'low' } }), fr)).toBe(
			'aucune source indiquée\u202f; attribution des propos\u202f: fiabilité faible'
		);
	});
});

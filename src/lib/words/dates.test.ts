import { describe, expect, it } from 'vitest';
import { parseWhen, parseInstant, type DateInput } from '../time/dates';
import { axisFor } from '../time/ticks';
import { loadWords } from './catalogue';
import { ENGLISH } from '../../../tests/fixtures/english-words';

const when = (x: DateInput) => {
	const p = parseWhen(x);
	if (!p.ok) throw new Error(JSON.stringify(p.why));
	return p.value;
};
const instant = (t: string) => {
	const p = parseInstant(t);
	if (!p.ok) throw new Error(JSON.stringify(p.why));
	return p.value;
};

describe('dates in the interface language', () => {
	it('English, written out, says what Intl says in British English', () => {
		const intl = (o: Intl.DateTimeFormatOptions, t: number) =>
			new Intl.DateTimeFormat('en-GB', { ...o, timeZone: 'UTC' }).format(t);
		for (const text of ['2025-03-05', '2024-02-29', '1969-12-31', '0800-12-25']) {
			const i = instant(text);
			expect(ENGLISH.date.instant(i)).toBe(intl({ day: 'numeric', month: 'long', year: 'numeric' }, i.start));
		}
		const month = instant('2025-09');
		expect(ENGLISH.date.instant(month)).toBe(intl({ month: 'long', year: 'numeric' }, month.start));
	});

	it('each language has its month names, date order and range form', async () => {
		const de = await loadWords('de');
		const fr = await loadWords('fr');
		const es = await loadWords('es');
		const ru = await loadWords('ru');
		const ar = await loadWords('ar');
		expect(de.date.when(when('2025-03-05'))).toBe('5. März 2025');
		expect(fr.date.when(when('2025-03-05'))).toBe('5 mars 2025');
		expect(es.date.when(when('2025-03-05'))).toBe('5 de marzo de 2025');
		// Russian puts the month in the genitive after a day, not alone.
		expect(ru.date.when(when('2025-03-05'))).toBe('5 марта 2025 г.');
		expect(ru.date.tick(new Date(Date.UTC(2025, 2, 1)), 'month', true)).toBe('март');
		expect(ar.date.when(when('2025-03-05'))).toBe('5 مارس 2025');
		expect(de.date.when(when({ start: '2025-12-11', end: '2025-12-23' }))).toBe('11.–23. Dezember 2025');
		expect(de.date.when(when({ notBefore: '2025-12-11', notAfter: '2025-12-23' }))).toBe(
			'irgendwann im Zeitraum 11.–23. Dezember 2025'
		);
		expect(ENGLISH.date.when(when({ notBefore: '2025-12-11', notAfter: '2025-12-23' }))).toBe(
			'between 11 and 23 December 2025'
		);
	});

	it('Spanish says what two uncertain ends share once, with the article before a day', async () => {
		const es = await loadWords('es');
		expect(es.date.when(when({ notBefore: '2025-12-11', notAfter: '2025-12-23' }))).toBe(
			'entre el 11 y el 23 de diciembre de 2025'
		);
		expect(es.date.when(when({ notBefore: '2025-11-28', notAfter: '2025-12-03' }))).toBe(
			'entre el 28 de noviembre y el 3 de diciembre de 2025'
		);
		expect(es.date.when(when({ notBefore: '2025-11', notAfter: '2025-12' }))).toBe(
			'entre noviembre y diciembre de 2025'
		);
	});

	it('French writes the first of the month as an ordinal', async () => {
		const fr = await loadWords('fr');
		expect(fr.date.when(when('2025-03-01'))).toBe('1er mars 2025');
		expect(fr.date.when(when({ start: '2025-03-01', end: '2025-03-03' }))).toBe('1er–3 mars 2025');
		expect(fr.date.when(when('2025-03-11'))).toBe('11 mars 2025');
		expect(fr.date.when(when('2025-03-21'))).toBe('21 mars 2025');
	});

	it('times keep the zone they were written in', async () => {
		const de = await loadWords('de');
		expect(de.date.when(when('2025-03-05T20:00+01:00'))).toBe('5. März 2025 um 20:00 UTC+1');
		expect(ENGLISH.date.when(when('2025-03-05T20:00+01:00'))).toBe('5 March 2025, 20:00 UTC+1');
	});

	it('the axis is labelled in the language', async () => {
		const de = await loadWords('de');
		const w = { from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 11, 31) };
		const labels = axisFor(w, 1200, de.date).ticks.map((t) => t.label);
		expect(labels).toContain('März');
		expect(labels).not.toContain('March');
		const hours = axisFor({ from: Date.UTC(2025, 2, 5, 6), to: Date.UTC(2025, 2, 5, 20) }, 1200, de.date);
		expect(hours.context[0]?.label).toBe('5. März 2025');
	});
});

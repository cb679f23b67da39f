import { describe, expect, it } from 'vitest';
import { numbersFor } from './plural';
import { LOCALES } from './locales';

const forms = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };

describe('numbers and plurals', () => {
	it('English without Intl gives what Intl gives', () => {
		const en = numbersFor('en');
		const rules = new Intl.PluralRules('en');
		const grouping = new Intl.NumberFormat('en');
		for (const n of [0, 1, 2, 5, 11, 21, 101, 999, 1000, 12_345, 1_000_000]) {
			expect(en.plural(n, forms)).toBe(rules.select(n));
			expect(en.count(n)).toBe(grouping.format(n));
		}
	});

	it('Russian and Ukrainian take three forms, Arabic six', () => {
		for (const l of ['ru', 'uk'] as const) {
			const p = numbersFor(l).plural;
			expect([1, 2, 5, 11, 21, 22, 25].map((n) => p(n, forms))).toEqual([
				'one',
				'few',
				'many',
				'many',
				'one',
				'few',
				'many'
			]);
		}
		const ar = numbersFor('ar').plural;
		expect([0, 1, 2, 3, 11, 100].map((n) => ar(n, forms))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
	});

	it('a form a message leaves out falls back to its other form', () => {
		expect(numbersFor('de').plural(1, { other: 'Ereignisse' })).toBe('Ereignisse');
	});

	it('counts are grouped the locale’s way, Arabic in Western digits', () => {
		const out = Object.fromEntries(LOCALES.map((l) => [l, numbersFor(l).count(12_345)]));
		expect(out.en).toBe('12,345');
		expect(out.de).toBe('12.345');
		expect(out.ar).toMatch(/^12.?345$/);
		expect(out.ru).toMatch(/^12\s345$/u);
	});
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldMapped, wordBefore } from './fold';

describe('fold: what the search compares', () => {
	it.each([
		{ name: 'case', input: 'NATO Rutte', expected: 'nato rutte' },
		{ name: 'a dotted e (Lithuanian)', input: 'Nausėda', expected: 'nauseda' },
		{ name: 'French accents', input: 'Élysée, dissuasion française', expected: 'elysee, dissuasion francaise' },
		{ name: 'German umlauts and ß', input: 'Auswärtiges Amt, Straße', expected: 'auswartiges amt, strasse' },
		{ name: 'letters with strokes', input: 'Łódź, Søren, Đorđe', expected: 'lodz, soren, dorde' },
		{ name: 'ligatures and full-width forms', input: 'ﬁnal ＮＡＴＯ', expected: 'final nato' },
		{ name: 'Cyrillic stays Cyrillic, lower-cased', input: 'ТАСС', expected: 'тасс' },
		{ name: 'final sigma as sigma', input: 'ΟΔΟΣ', expected: 'οδοσ' },
		{
			name: 'typographic quotes and dashes',
			input: '“our absolute guarantee” – Rutte’s',
			expected: '"our absolute guarantee" - rutte\'s'
		},
		{ name: 'white space runs', input: 'a \t\n  b\u00a0c', expected: 'a b c' }
	])('$name', ({ input, expected }) => expect(fold(input)).toBe(expected));

	it('foldMapped folds to the same text and maps every folded character into the original (property)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
				const m = foldMapped(s);
				expect(m.text).toBe(fold(s));
				expect(m.start).toHaveLength(m.text.length);
				for (let i = 0; i < m.text.length; i++) {
					expect(m.start[i]).toBeLessThan(m.end[i]!);
					expect(m.end[i]).toBeLessThanOrEqual(s.length);
					if (i) expect(m.start[i]).toBeGreaterThanOrEqual(m.start[i - 1]!);
				}
			}),
			{ numRuns: 1000 }
		);
	});
	it('maps a decomposed letter and ß back to their whole characters', () => {
		const m = foldMapped('Nausėda Straße');
		expect(m.text).toBe('nauseda strasse');
		expect([m.start[5], m.end[5]]).toEqual([5, 6]);
		const s = m.text.indexOf('ss');
		expect([m.start[s], m.end[s + 1]]).toEqual([12, 13]);
	});
	it('word starts: after a space, punctuation or the start; not inside a word (any script)', () => {
		expect(wordBefore('a rutte', 2)).toBe(false);
		expect(wordBefore('(rutte', 1)).toBe(false);
		expect(wordBefore('pistorius', 7)).toBe(true);
		expect(wordBefore('тасс', 1)).toBe(true);
		expect(wordBefore('x', 0)).toBe(false);
		expect(wordBefore('𝐀b', 2)).toBe(true);
	});
});

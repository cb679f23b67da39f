import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_TERMS, narrows, parseQuery } from './query';

const texts = (q: string) => parseQuery(q).map((t) => (t.phrase ? `"${t.text}"` : t.text));

describe('parseQuery: words and phrases', () => {
	it.each([
		{ name: 'one word, folded', input: 'Nausėda', expected: ['nauseda'] },
		{ name: 'several words', input: 'rutte  guarantee', expected: ['rutte', 'guarantee'] },
		{ name: 'a phrase and a word', input: '"absolute guarantee" rutte', expected: ['"absolute guarantee"', 'rutte'] },
		{ name: 'typographic quotes', input: '“absolute guarantee”', expected: ['"absolute guarantee"'] },
		{ name: 'an unclosed quote runs to the end', input: 'rutte "absolute gua', expected: ['rutte', '"absolute gua"'] },
		{ name: 'a one-word phrase is a word', input: '"rutte"', expected: ['rutte'] },
		{ name: 'punctuation around words goes', input: 'Rutte: (NATO),', expected: ['rutte', 'nato'] },
		{ name: 'punctuation inside words stays', input: "Rutte's U.S.", expected: ["rutte's", 'u.s'] },
		{ name: 'repeats count once', input: 'Rutte rutte RUTTE', expected: ['rutte'] },
		{ name: 'nothing but spaces and quotes', input: '  "" " ', expected: [] }
	])('$name', ({ input, expected }) => expect(texts(input)).toEqual(expected));
	it(`keeps at most ${MAX_TERMS} terms and never throws (property)`, () => {
		expect(parseQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_TERMS);
		fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void parseQuery(s)));
	});
	it('unspaced scripts match anywhere', () => {
		expect(parseQuery('北约')[0]!.anywhere).toBe(true);
		expect(parseQuery('nato')[0]!.anywhere).toBe(false);
	});
	it('narrows: a letter more or a term more only narrows; a changed term does not', () => {
		expect(narrows(parseQuery('rut'), parseQuery('rutt'))).toBe(true);
		expect(narrows(parseQuery('rutte'), parseQuery('rutte nato'))).toBe(true);
		expect(narrows(parseQuery('rutte'), parseQuery('rute'))).toBe(false);
		expect(narrows(parseQuery('rutte nato'), parseQuery('rutte'))).toBe(false);
		expect(narrows([], parseQuery('a'))).toBe(false);
	});
});

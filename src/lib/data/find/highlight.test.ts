import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';
import { parseQuery } from './query';

const marked = (text: string, q: string) =>
	highlightParts(text, parseQuery(q))
		.map((p) => (p.hit ? `[${p.text}]` : p.text))
		.join('');

describe('highlightParts: the matched runs, in the original text', () => {
	it.each([
		{
			name: 'a word, whatever its case',
			text: 'Rutte: NATO and rutte',
			q: 'rutte',
			expected: '[Rutte]: NATO and [rutte]'
		},
		{ name: 'a prefix marks only what was typed', text: 'Pistorius said', q: 'pisto', expected: '[Pisto]rius said' },
		{
			name: 'accents are marked with their letter',
			text: 'Gitanas Nausėda',
			q: 'nauseda',
			expected: 'Gitanas [Nausėda]'
		},
		{ name: 'ß folded to ss', text: 'Die Straße', q: 'strasse', expected: 'Die [Straße]' },
		{
			name: 'a phrase as one run',
			text: 'our absolute guarantee.',
			q: '"absolute guarantee"',
			expected: 'our [absolute guarantee].'
		},
		{ name: 'overlapping terms merge', text: 'guarantee', q: 'guar guarantee', expected: '[guarantee]' },
		{ name: 'not inside words', text: 'Pistorius thus', q: 'us', expected: 'Pistorius thus' },
		{ name: 'markup stays text', text: '<b>Rutte</b>', q: 'rutte', expected: '<b>[Rutte]</b>' }
	])('$name', ({ text, q, expected }) => expect(marked(text, q)).toBe(expected));
	it('no terms: the text whole', () => expect(highlightParts('abc', [])).toEqual([{ text: 'abc', hit: false }]));
});

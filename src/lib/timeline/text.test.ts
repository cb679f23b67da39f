import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { advanceOf, fitText, textWidth } from './text';

/** Characters from every class the estimate knows, surrogate pairs and combining marks included. */
const char = fc.oneof(
	fc.constantFrom(...'aeimwMW@%iljI.,;:!|frt-"*/ AZ09…é–’'),
	fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
	fc.constantFrom('\u0301', '\u200b', 'д', 'Ω', '中', '한', '😀', '𝒜', '\u202e')
);
const text = fc.array(char, { maxLength: 80 }).map((cs) => cs.join(''));

/** The estimate read one code point at a time, as the rules say. */
const slowWidth = (s: string, size: number) => Math.ceil([...s].reduce((w, ch) => w + advanceOf(ch), 0) * size);

describe('label width estimate', () => {
	it('adds each character’s advance, ASCII from its table and the rest by code point', () => {
		fc.assert(
			fc.property(text, fc.constantFrom(10, 12, 22), (s, size) => {
				expect(textWidth(s, size)).toBe(slowWidth(s, size));
			}),
			{ numRuns: 2000 }
		);
		expect(textWidth('mW')).toBe(Math.ceil(0.98 * 2 * 12));
		expect(textWidth('il')).toBe(Math.ceil(0.32 * 2 * 12));
		expect(textWidth('😀')).toBe(Math.ceil(0.62 * 12));
	});

	it('cuts a label at a whole character, with an ellipsis, to fit', () => {
		fc.assert(
			fc.property(text, fc.integer({ min: 8, max: 400 }), (s, max) => {
				const out = fitText(s, max);
				if (slowWidth(s, 12) <= max) {
					expect(out).toBe(s);
					return;
				}
				expect(out.endsWith('…')).toBe(true);
				const kept = out.slice(0, -1);
				expect(s.startsWith(kept)).toBe(true);
				expect(slowWidth(kept + '…', 12)).toBeLessThanOrEqual(max);
				// No half of a surrogate pair is left behind.
				expect(/[\ud800-\udbff]$/.test(kept)).toBe(false);
			}),
			{ numRuns: 2000 }
		);
		expect(fitText('Rutte speaks to DPA about the nuclear umbrella', 120)).toBe('Rutte speaks to D…');
	});
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount } from './count';

describe('formatCount groups digits by thousands, like toLocaleString("en")', () => {
	it.each([
		{ name: 'zero', input: 0, expected: '0' },
		{ name: 'under a thousand', input: 999, expected: '999' },
		{ name: 'a thousand', input: 1000, expected: '1,000' },
		{ name: 'ten thousand', input: 10000, expected: '10,000' },
		{ name: 'a hundred thousand', input: 100000, expected: '100,000' },
		{ name: 'seven digits', input: 1234567, expected: '1,234,567' },
		{ name: 'negative', input: -1234, expected: '-1,234' }
	])('$name', ({ input, expected }) => {
		expect(formatCount(input)).toBe(expected);
	});

	it('matches toLocaleString("en") for any safe integer', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
				(n) => formatCount(n) === n.toLocaleString('en')
			)
		);
	});
});

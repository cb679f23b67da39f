import { describe, expect, it } from 'vitest';
import { slugify, sourceSlug, uniqueSlug } from './slug';

describe('ids made at import', () => {
	it.each([
		['Édith Clarke: Bucking the Trend', 'edith-clarke-bucking-the-trend'],
		['...And the women who made it work', 'and-the-women-who-made-it-work'],
		['Nausėda — 2025', 'nauseda-2025'],
		['Путин', ''],
		['a'.repeat(200), 'a'.repeat(80)]
	])('%s → %s', (text, slug) => expect(slugify(text)).toBe(slug));
	it('repeats get numbered, text without letters falls back', () => {
		const taken = new Set<string>();
		expect([uniqueSlug('A', taken), uniqueSlug('a', taken), uniqueSlug('Путин', taken), uniqueSlug('', taken)]).toEqual(
			['a', 'a-2', 'event', 'event-2']
		);
	});
	it('a source id comes from the host and path of its URL', () => {
		expect(sourceSlug('https://www.tass.com/world/2063657', new Set())).toBe('tass-com-world-2063657');
	});
});

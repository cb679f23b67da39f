import { describe, expect, it } from 'vitest';
import { encodeTextDirective, quoteLink, fragmentTerms } from './fragment';

/** Decode a `#:~:text=` fragment back into its terms. */
function decodeTextFragment(href: string): string[] {
	const i = href.indexOf(':~:text=');
	if (i < 0) return [];
	return href
		.slice(i + 8)
		.split(',')
		.map((t) => decodeURIComponent(t));
}

describe('text-fragment encoding (URL Fragment Text Directives)', () => {
	it.each([
		['plain words', 'absolute guarantee', 'absolute%20guarantee'],
		['hyphen is encoded', 'well-known', 'well%2Dknown'],
		['ampersand is encoded', 'A & B', 'A%20%26%20B'],
		['comma is encoded', 'one, two', 'one%2C%20two'],
		['typographic quote marks', '‘absolute guarantee’', '%E2%80%98absolute%20guarantee%E2%80%99'],
		['guillemets', '«Zeit»', '%C2%ABZeit%C2%BB'],
		['Cyrillic', 'Мы можем', '%D0%9C%D1%8B%20%D0%BC%D0%BE%D0%B6%D0%B5%D0%BC']
	])('%s', (_name, text, encoded) => {
		expect(encodeTextDirective(text)).toBe(encoded);
		expect(decodeURIComponent(encoded)).toBe(text);
	});

	it('a short quote links to itself and decodes back to the quote', () => {
		const q =
			'When it comes to nuclear deterrence, the US nuclear umbrella is our absolute guarantee, and that will not change.';
		const href = quoteLink('https://tass.com/world/2063657', q)!;
		expect(href.startsWith('https://tass.com/world/2063657#:~:text=')).toBe(true);
		expect(decodeTextFragment(href)).toEqual([q]);
	});
	it('a long quote uses textStart,textEnd', () => {
		const q = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
		expect(fragmentTerms(q)).toEqual({ start: 'w0 w1 w2 w3 w4', end: 'w55 w56 w57 w58 w59' });
		expect(decodeTextFragment(quoteLink('https://a.example/', q)!)).toEqual(['w0 w1 w2 w3 w4', 'w55 w56 w57 w58 w59']);
	});
	it('the source URL keeps its own fragment before the directive; an old directive is replaced', () => {
		expect(quoteLink('https://a.example/p#top', 'x')).toBe('https://a.example/p#top:~:text=x');
		expect(quoteLink('https://a.example/p#top:~:text=old', 'x')).toBe('https://a.example/p#top:~:text=x');
		expect(quoteLink('https://a.example/p#:~:text=old', 'x')).toBe('https://a.example/p#:~:text=x');
	});
	it('a lone surrogate does not throw; it becomes U+FFFD', () => {
		expect(() => quoteLink('https://a.example/', 'a\uD800b')).not.toThrow();
		expect(encodeTextDirective('a\uDC00')).toBe('a%EF%BF%BD');
		expect(encodeTextDirective('😀')).toBe('%F0%9F%98%80');
	});
	it.each(['javascript:alert(1)', ' https://a.example', 'data:text/html,x', 'https://u:p@a.example/'])(
		'refuses %j',
		(url) => {
			expect(quoteLink(url, 'x')).toBeNull();
		}
	);
});

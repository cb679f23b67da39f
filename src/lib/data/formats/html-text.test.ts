import { describe, expect, it } from 'vitest';
import { htmlDepth, htmlToText, MAX_HTML_DEPTH, readMediaHtml } from './html-text';

describe('HTML as plain text', () => {
	it.each([
		['plain text keeps its words, whitespace collapsed', '  Two   words\n here ', 'Two words here'],
		['tags are stripped', 'A <b>bold</b> <em>move</em>', 'A bold move'],
		['entities are decoded once', 'Fish &amp; chips &lt;b&gt; &#39;x&#39; &mdash;', "Fish & chips <b> 'x' —"],
		['paragraphs become blank lines', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
		['a <br> is a line break, two a blank line, and no more', 'a<br>b<br><br><br>c', 'a\nb\n\nc'],
		[
			'blocks and list items start lines',
			'<div>a</div><ul><li>one</li><li>two</li></ul>after',
			'a\n\none\ntwo\n\nafter'
		],
		['inline elements do not add spaces', 'Spä<span>rck</span>', 'Spärck'],
		['table cells are separated', '<table><tr><td>a</td><td>b</td></tr></table>', 'a b'],
		['script content is gone', 'x<script>alert(1)</script>y', 'xy'],
		['style content is gone', '<style>p{color:red}</style>text', 'text'],
		['an unclosed script swallows the rest, as a browser would', 'a<script>alert(1)', 'a'],
		[
			'frames, objects, templates and svg are gone with their content',
			'<iframe>f</iframe><object>o</object><template>t</template><svg><text>s</text></svg>ok',
			'ok'
		],
		['comments and CDATA are gone', 'a<!-- hidden -->b<![CDATA[c]]>', 'ab'],
		['event handlers leave nothing', '<img src=x onerror=alert(1)>after', 'after'],
		[
			'an escaped tag is literal text, never markup',
			'&lt;script&gt;alert(1)&lt;/script&gt;',
			'<script>alert(1)</script>'
		],
		['a lone < is text', 'a < b', 'a < b']
	])('%s', (_name, html, text) => {
		expect(htmlToText(html).text).toBe(text);
	});

	it('collects links with their text, in order, whatever their scheme (the caller checks them)', () => {
		const r = htmlToText(
			'See <a href=" https://a.example/x ">the <b>report</b></a> and <a href="javascript:alert(1)">this</a>.'
		);
		expect(r.text).toBe('See the report and this.');
		expect(r.links).toEqual([
			{ href: 'https://a.example/x', text: 'the report' },
			{ href: 'javascript:alert(1)', text: 'this' }
		]);
	});

	it('writes http(s) addresses after link text when asked (for text that cannot hold links)', () => {
		const html =
			'<a href="https://a.example/">Innovation Hub</a>, <a href="https://b.example/">https://b.example/</a>, <a href="javascript:x">j</a>';
		expect(htmlToText(html, { inlineLinks: true }).text).toBe(
			'Innovation Hub (https://a.example/), https://b.example/, j'
		);
	});

	it('an attribute named __proto__ is only a name', () => {
		const r = htmlToText('<a __proto__="x" href="https://a.example/">a</a>');
		expect(r.links).toEqual([{ href: 'https://a.example/', text: 'a' }]);
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});

	it('nesting depth is measured in one pass, and too deep a nesting is refused rather than parsed', () => {
		expect(htmlDepth('<p>a <b>b</b><br><img src=x></p><p/>')).toBe(2);
		expect(htmlDepth('<a<a<a'.repeat(50_000))).toBe(0);
		const deep = '<div>'.repeat(MAX_HTML_DEPTH + 1) + 'x';
		expect(() => htmlToText(deep)).toThrow(RangeError);
		expect(htmlToText('<div>'.repeat(MAX_HTML_DEPTH) + 'x').text).toBe('x');
	});

	it('a long cell stays linear', () => {
		const html = '<p>word <b>bold</b></p>'.repeat(20_000);
		const t0 = performance.now();
		const text = htmlToText(html).text;
		expect(performance.now() - t0).toBeLessThan(2_000);
		expect(text.split('\n\n')).toHaveLength(20_000);
	});
});

describe('Media written as HTML', () => {
	it('a blockquote with a cite: the quote text apart from the cite', () => {
		const m = readMediaHtml(
			'<blockquote>There is no demand. <cite>Edith Clarke, <a href="https://a.example/ec">engineer</a></cite></blockquote>'
		);
		expect(m.quotes).toEqual([
			{
				text: 'There is no demand.',
				cite: 'Edith Clarke, engineer',
				links: [],
				citeLinks: [{ href: 'https://a.example/ec', text: 'engineer' }]
			}
		]);
		expect(m.rest.text).toBe('');
	});
	it('embeds give their addresses, scripts nothing, and other text is kept apart', () => {
		const m = readMediaHtml(
			"<iframe src='https://cdn.example/e?a=1&amp;b=2'></iframe><script src='https://x.example/w.js'>alert(1)</script><p>Other</p>"
		);
		expect(m.embeds).toEqual(['https://cdn.example/e?a=1&b=2']);
		expect(m.rest.text).toBe('Other');
		expect(m.quotes).toEqual([]);
	});
	it('an unclosed blockquote still ends', () => {
		expect(readMediaHtml('<blockquote>Words <cite>Someone').quotes).toMatchObject([{ text: 'Words', cite: 'Someone' }]);
	});
});

import { describe, expect, it } from 'vitest';
import { fetchTimelineText, resolveDataUrl, fileNameOf } from './fetch-timeline';
import { englishOf } from './issue-english';
import { english } from '../../../tests/fixtures/english';

const page = new URL('https://site.example/events/x?data=1');

/** A fetch that answers with `chunks`, the given headers, and counts what was read. */
function fakeFetch(chunks: string[], headers: Record<string, string>, status = 200) {
	const read = { chunks: 0 };
	const impl = (async () => {
		const enc = new TextEncoder();
		let i = 0;
		const body = new ReadableStream<Uint8Array>(
			{
				pull(ctrl) {
					if (i < chunks.length) {
						read.chunks++;
						ctrl.enqueue(enc.encode(chunks[i++]!));
					} else ctrl.close();
				}
			},
			{ highWaterMark: 0 }
		);
		return new Response(body, { status, headers });
	}) as unknown as typeof fetch;
	return { impl, read };
}

describe('resolveDataUrl', () => {
	it.each([
		['/data/big.json', true, 'https://site.example/data/big.json'],
		['big.json', true, 'https://site.example/events/big.json'],
		['https://evil.example/x.json', false, 'only timelines from this site'],
		['javascript:alert(1)', false, 'not http(s)'],
		['https://u:p@site.example/x.json', false, 'user name or password'],
		['x'.repeat(2001), false, 'longer than 2000']
	])('%s', (raw, ok, out) => {
		const r = resolveDataUrl(raw, page);
		expect(r.ok).toBe(ok);
		if (r.ok) expect(r.url.href).toBe(out);
		else expect(englishOf(r.why)).toContain(out);
	});
	it('names files by their last path segment', () =>
		expect(fileNameOf(new URL('https://s.example/a/b%20c.json'))).toBe('b c.json'));
});

describe('fetchTimelineText', () => {
	const url = new URL('https://site.example/t.json');
	it('reads JSON within the limit', async () => {
		const { impl } = fakeFetch(['{"a":', '1}'], { 'content-type': 'application/json; charset=utf-8' });
		expect(await fetchTimelineText(url, impl, 100)).toEqual({ ok: true, text: '{"a":1}', file: 't.json' });
	});
	it('stops reading once past the limit even when Content-Length lies', async () => {
		const { impl, read } = fakeFetch(
			Array.from({ length: 50 }, () => 'x'.repeat(10)),
			{ 'content-type': 'application/json', 'content-length': '5' }
		);
		const r = await fetchTimelineText(url, impl, 35);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(englishOf(r.errors[0]!)).toMatch(/^is larger than the limit of 0\.0 MB \(stopped reading/);
		expect(read.chunks).toBeLessThan(6);
	});
	it('refuses a declared size over the limit without reading', async () => {
		const { impl, read } = fakeFetch(['{}'], { 'content-type': 'application/json', 'content-length': '999999' });
		const r = await fetchTimelineText(url, impl, 100);
		expect(r.ok ? '' : englishOf(r.errors[0]!)).toContain('the limit is');
		expect(read.chunks).toBe(0);
	});
	it.each([['text/html'], ['text/plain'], ['']])('refuses content type %j', async (type) => {
		const { impl } = fakeFetch(['{}'], type ? { 'content-type': type } : {});
		const r = await fetchTimelineText(url, impl, 100);
		expect(r.ok ? '' : englishOf(r.errors[0]!)).toMatch(/is served as ".*", not JSON/);
	});
	it('tells the declared size before reading the body (null when none or compressed), and nothing for a refused response', async () => {
		const heard: (number | null)[] = [];
		const sized = fakeFetch(['{}'], { 'content-type': 'application/json', 'content-length': '2' });
		await fetchTimelineText(url, sized.impl, 100, (n) => heard.push(n));
		const unsized = fakeFetch(['{}'], { 'content-type': 'application/json' });
		await fetchTimelineText(url, unsized.impl, 100, (n) => heard.push(n));
		const gzipped = fakeFetch(['{}'], {
			'content-type': 'application/json',
			'content-length': '2',
			'content-encoding': 'gzip'
		});
		await fetchTimelineText(url, gzipped.impl, 100, (n) => heard.push(n));
		const html = fakeFetch(['{}'], { 'content-type': 'text/html' });
		await fetchTimelineText(url, html.impl, 100, (n) => heard.push(n));
		expect(heard).toEqual([2, null, null]);
	});
	it('reports HTTP errors and network failures', async () => {
		const { impl } = fakeFetch([''], { 'content-type': 'application/json' }, 404);
		expect(english(await fetchTimelineText(url, impl, 100))).toMatchObject({
			ok: false,
			errors: [{ message: 'could not be fetched: the server answered 404' }]
		});
		const failing = (async () => {
			throw new TypeError('Failed to fetch');
		}) as unknown as typeof fetch;
		expect(english(await fetchTimelineText(url, failing, 100))).toMatchObject({
			ok: false,
			errors: [{ message: 'could not be fetched: Failed to fetch' }]
		});
	});
});

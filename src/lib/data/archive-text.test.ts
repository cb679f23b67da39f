import { describe, expect, it } from 'vitest';
import { archivedText, archivedTexts, archiveDigest, withArchiveDigests, withoutArchivedTexts } from './archive-text';
import { sha256Hex } from './digest';
import type { PublishedFile, Source } from './model';

const TEXT = 'BERLIN, December 23. /TASS/. “When it comes to nuclear deterrence …”';
const file: PublishedFile = {
	id: 't',
	title: 'T',
	language: 'en',
	sources: [
		{ id: 'a', publisher: 'A', url: 'https://a.example/', kind: 'wire', archive: { scope: 'full', text: TEXT } },
		{ id: 'b', publisher: 'B', url: 'https://b.example/', kind: 'news' }
	],
	events: []
};
const base = new URL('https://site.example/events/x');
const serve = (body: string, status = 200) => (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('archived texts out of the published page', () => {
	const published = withoutArchivedTexts(file, (id) => `/archives/t/${id}.txt`);
	const a = published.sources[0]!;
	it('leaves the text out and says where it is, with its SHA-256', () => {
		expect(a.archive).toEqual({ scope: 'full', sha256: sha256Hex(TEXT), textHref: '/archives/t/a.txt' });
		expect(published.sources[1]).toBe(file.sources[1]);
		expect(JSON.stringify(published)).not.toContain('BERLIN');
		expect(archivedTexts(file)).toEqual([{ source: 'a', text: TEXT }]);
		expect(withArchiveDigests(file).sources[0]!.archive!.sha256).toBe(sha256Hex(TEXT));
		expect(archiveDigest(file.sources[0]!.archive!)).toBe(sha256Hex(TEXT));
	});
	it('fetches it when asked and shows it only if it matches the SHA-256', async () => {
		expect(await archivedText(a, base, serve(TEXT))).toEqual({ ok: true, text: TEXT });
		const changed = await archivedText(a, base, serve(TEXT.replace('23', '22')));
		expect(changed.ok).toBe(false);
		expect(!changed.ok && changed.why).toEqual({ code: 'mismatch', digest: sha256Hex(TEXT.replace('23', '22')) });
		expect(await archivedText(a, base, serve('', 404))).toEqual({ ok: false, why: { code: 'status', status: 404 } });
	});
	it('never fetches from another site, and a text in hand needs no fetch', async () => {
		const elsewhere: Source = { ...a, archive: { ...a.archive!, textHref: 'https://evil.example/a.txt' } };
		expect(await archivedText(elsewhere, base, serve(TEXT))).toEqual({ ok: false, why: { code: 'offsite' } });
		const never = (async () => {
			throw new Error('no fetch');
		}) as unknown as typeof fetch;
		expect(await archivedText(file.sources[0]!, base, never)).toEqual({ ok: true, text: TEXT });
	});
});

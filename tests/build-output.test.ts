// Checks the built static site (run after `npm run build`; skipped when there is no build yet).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { firstStory } from './fixtures/story';
import { normaliseBase } from '$lib/url/site';
import { sha256Hex } from '$lib/data/digest';

const build = new URL('../build/', import.meta.url);
const built = existsSync(new URL('index.html', build));
if (!firstStory.ok) throw new Error('story invalid');
const events = firstStory.timeline.events;
const sources = firstStory.timeline.sources;
const BASE = normaliseBase(process.env.PUBLIC_SITE_URL ?? 'http://localhost:4173');

function meta(html: string, attr: 'name' | 'property', key: string): string | undefined {
	const re = new RegExp(`<meta ${attr}="${key.replace(/[:]/g, '\\:')}" content="([^"]*)"`);
	return re.exec(html)?.[1];
}
function pngSize(buf: Buffer): [number, number] {
	expect(buf.subarray(1, 4).toString()).toBe('PNG');
	return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

// In CI the build must exist (npm test builds first); locally a missing build only skips.
describe.skipIf(!built && !process.env.CI)('prerendered event pages', () => {
	for (const e of events) {
		it(`${e.id}: title, description, canonical, OpenGraph and Twitter tags, preview PNG`, () => {
			const html = readFileSync(new URL(`events/${e.id}.html`, build), 'utf8');
			const url = `${BASE}/events/${e.id}`;
			expect(html).toMatch(/<title>[^<]+ — The US nuclear umbrella over Europe, 2025<\/title>/);
			expect(html).toContain(`<link rel="canonical" href="${url}"`);
			expect(meta(html, 'name', 'description')!.length).toBeGreaterThan(20);
			expect(meta(html, 'property', 'og:url')).toBe(url);
			expect(meta(html, 'property', 'og:type')).toBe('article');
			expect(meta(html, 'property', 'og:title')).toContain(' — The US nuclear umbrella');
			expect(meta(html, 'property', 'og:description')).toBeTruthy();
			expect(meta(html, 'property', 'og:image')).toBe(`${url}/card.png`);
			expect(meta(html, 'property', 'og:image:width')).toBe('1200');
			expect(meta(html, 'property', 'og:image:height')).toBe('630');
			expect(meta(html, 'property', 'og:image:alt')).toBeTruthy();
			expect(meta(html, 'property', 'og:site_name')).toBe('Sourceline');
			expect(meta(html, 'property', 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image');
			expect(meta(html, 'name', 'twitter:image')).toBe(`${url}/card.png`);
			expect(pngSize(readFileSync(new URL(`events/${e.id}/card.png`, build)))).toEqual([1200, 630]);
		});
	}
	it('a static 404 page exists for hosts without routing', () => {
		expect(existsSync(new URL('404.html', build))).toBe(true);
	});
});

describe.skipIf(!built && !process.env.CI)('the build', () => {
	it('prints no warnings', () => {
		const log = readFileSync(new URL('../.svelte-kit/build-output.txt', import.meta.url), 'utf8');
		// Vite marks warnings with (!), Rolldown with a [CODE] at the start of the line (coloured).
		// eslint-disable-next-line no-control-regex
		const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
		const noisy = lines.filter((line) => line.includes('(!)') || /warn/i.test(line) || /^\[[A-Z_]+\]/.test(line));
		expect(noisy).toEqual([]);
	});
});

describe.skipIf(!built && !process.env.CI)('archived texts', () => {
	const withText = sources.filter((s) => s.archive?.text);
	it('are not in any prerendered page', () => {
		const pages = ['index.html', ...events.map((e) => `events/${e.id}.html`)];
		for (const page of pages) {
			const html = readFileSync(new URL(page, build), 'utf8');
			// The long texts: a one-sentence passage is often the quote the page shows anyway.
			for (const s of withText.filter((x) => x.archive!.text!.length > 500))
				expect(html.includes(s.archive!.text!.slice(0, 300)), `${page}: ${s.id}`).toBe(false);
		}
	});
	it('are static files whose SHA-256 is the one the published data carries', () => {
		const data = JSON.parse(readFileSync(new URL('data/us-nuclear-umbrella-2025.json', build), 'utf8')) as {
			sources: { id: string; archive?: { sha256?: string } }[];
		};
		for (const s of withText) {
			const text = readFileSync(new URL(`archives/us-nuclear-umbrella-2025/${s.id}.txt`, build), 'utf8');
			expect(text, s.id).toBe(s.archive!.text);
			expect(data.sources.find((x) => x.id === s.id)?.archive?.sha256, s.id).toBe(sha256Hex(text));
		}
	});
});

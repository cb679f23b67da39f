// Checks the built static site (run after `npm run build`; skipped when there is no build yet).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

describe.skipIf(!built && !process.env.CI)('catalogues', () => {
	// A sentence only each language's catalogue holds (its "open a file" button).
	const OPEN = { en: 'Open a timeline file…', de: 'Zeitleisten-Datei öffnen…' };
	const chunks = new URL('_app/immutable/chunks/', build);
	const scripts = (dir: URL) =>
		existsSync(dir)
			? readdirSync(dir)
					.filter((f) => f.endsWith('.js'))
					.map((f) => readFileSync(new URL(f, dir), 'utf8'))
			: [];

	/** Every script a page loads before it runs: its modulepreloads and what they import statically. */
	function preloaded(page: string): string[] {
		const html = readFileSync(new URL(page, build), 'utf8');
		const todo = [...html.matchAll(/<link href="\.?\.?\/?((?:\.\.\/)*_app\/[^"]+\.js)" rel="modulepreload">/g)].map(
			(m) => new URL(m[1]!.replace(/^(\.\.\/)+/, ''), build)
		);
		const seen = new Map<string, string>();
		while (todo.length) {
			const url = todo.pop()!;
			if (seen.has(url.href)) continue;
			const code = readFileSync(url, 'utf8');
			seen.set(url.href, code);
			// Static imports only (`from"./x.js"`, `import"./x.js"`), not `import("./x.js")`.
			for (const m of code.matchAll(/(?:from|import)\s*"(\.\.?\/[^"]+\.js)"/g)) todo.push(new URL(m[1]!, url));
		}
		return [...seen.values()];
	}

	it('each is in the build once, in a chunk of its own', () => {
		for (const sentence of Object.values(OPEN))
			expect(
				scripts(chunks).filter((code) => code.includes(sentence)),
				sentence
			).toHaveLength(1);
	});
	it('none is part of what a page loads before it runs: the page fetches its own language', () => {
		for (const page of ['index.html', `events/${events[0]!.id}.html`, 'embed.html']) {
			const scripts = preloaded(page);
			expect(scripts.length, page).toBeGreaterThan(3);
			for (const code of scripts)
				for (const sentence of Object.values(OPEN)) expect(code.includes(sentence), `${page}: ${sentence}`).toBe(false);
		}
	});
});

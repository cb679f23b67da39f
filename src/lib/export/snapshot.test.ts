import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { snapshotSvg, exportFileName, creditedPublishers, type SnapshotInput } from './snapshot';
import { layoutEvents, type LayoutItem } from '../timeline/layout';
import { axisFor } from '../time/ticks';
import { parseWhen, utcMs, type DateInput } from '../time/dates';
import type { Source, TimelineEvent } from '../data/model';
import type { Level } from '../data/levels';
import { xmlText } from './xml';
import { PALETTES } from '../timeline/encoding';
import { loadWords } from '../words/catalogue';
import { ENGLISH } from '../../../tests/fixtures/english-words';

function ev(id: string, title: string, date: DateInput, sources: string[]): TimelineEvent {
	const w = parseWhen(date);
	if (!w.ok) throw new Error(JSON.stringify(w.why));
	// Corroboration is not read by the snapshot (levels come through `levelOf`).
	return {
		id,
		title,
		date,
		sources,
		when: w.value,
		order: 0,
		corroboration: { level: 'single', independent: 1, hasPrimary: false, disputed: false, verdict: 'single report' }
	};
}

function input(
	events: TimelineEvent[],
	sources: Source[],
	levels: Record<string, Level>,
	selectedId: string | null = null
): SnapshotInput {
	const window = { from: utcMs(2025), to: utcMs(2026) };
	const width = 800;
	const height = 300;
	const items: LayoutItem[] = events.map((e) => ({ id: e.id, when: e.when, title: e.title }));
	return {
		timelineId: 'demo',
		title: 'Demo timeline',
		window,
		width,
		height,
		layout: layoutEvents(items, window, { width, lanes: 3 }),
		items,
		axis: axisFor(window, width),
		levelOf: (id) => levels[id] ?? 'single',
		eventById: new Map(events.map((e) => [e.id, e])),
		sourceById: new Map(sources.map((s) => [s.id, s])),
		selectedId,
		filter: null,
		permalink: 'https://sourceline.example/?from=2025-01-01&to=2025-12-31',
		exportedOn: '21 November 2026',
		words: ENGLISH
	};
}

const sources: Source[] = [
	{ id: 'wire', publisher: 'Wire & Co', url: 'https://wire.example/', kind: 'wire' },
	{ id: 'copy', publisher: 'copy.example', url: 'https://copy.example/', kind: 'unreliable', derivedFrom: 'wire' }
];
const events = [
	ev('a', 'A day event', '2025-03-05', ['wire']),
	ev('b', 'A month event', '2025-06', ['wire', 'copy']),
	ev('c', 'A range', { start: '2025-08', end: '2025-09' }, ['wire']),
	ev('d', 'An uncertain interval', { notBefore: '2025-11-11', notAfter: '2025-11-23' }, ['copy']),
	...Array.from({ length: 6 }, (_, i) => ev(`x${i}`, `Crowded ${i}`, '2025-03-06', ['wire']))
];

/** Parse as XML; throws on any well-formedness error. */
function parseXml(svg: string) {
	const errors: string[] = [];
	const doc = new DOMParser({
		onError: (level, msg) => {
			if (level !== 'warning') errors.push(msg);
		}
	}).parseFromString(svg, 'image/svg+xml');
	expect(errors).toEqual([]);
	return doc;
}

/** Every element and attribute name in the document. */
function names(doc: ReturnType<typeof parseXml>) {
	const elements: string[] = [];
	const attrs: string[] = [];
	const walk = (node: {
		nodeType: number;
		nodeName: string;
		attributes?: { length: number; item(i: number): { name: string; value: string } | null };
		childNodes: { length: number; item(i: number): unknown };
	}) => {
		if (node.nodeType === 1) {
			elements.push(node.nodeName);
			for (let i = 0; i < (node.attributes?.length ?? 0); i++) {
				const a = node.attributes!.item(i)!;
				attrs.push(`${a.name}=${a.value}`);
			}
		}
		for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes.item(i) as typeof node);
	};
	walk(doc.documentElement as unknown as Parameters<typeof walk>[0]);
	return { elements, attrs };
}

describe('snapshot SVG for fixed layouts (stored snapshots, numbers rounded)', () => {
	it('marks by precision, a cluster, a selection, header and footer', async () => {
		const { svg, width, height } = snapshotSvg(input(events, sources, { d: 'unreliable', a: 'corroborated' }, 'b'));
		expect([width, height]).toEqual([800, 56 + 300 + 14 + 3 * 16]);
		await expect(svg).toMatchFileSnapshot('../../../tests/snapshots/snapshot-basic.svg');
	});
	it('an empty window', async () => {
		const { svg } = snapshotSvg(input([], sources, {}));
		await expect(svg).toMatchFileSnapshot('../../../tests/snapshots/snapshot-empty.svg');
	});
});

describe('snapshot SVG colours: light unless the reader asks for dark', () => {
	const base = input(events, sources, { d: 'unreliable', a: 'corroborated' }, 'b');
	const fills = (svg: string) => [...svg.matchAll(/ (?:fill|stroke|stop-color)="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
	it('by default (whatever the screen shows) the export is drawn in the light palette only', () => {
		const { svg } = snapshotSvg(base);
		const dark = new Set([
			...Object.values(PALETTES.dark.ink),
			...Object.values(PALETTES.dark.levels).map((l) => l.color)
		]);
		const light = new Set([
			...Object.values(PALETTES.light.ink),
			...Object.values(PALETTES.light.levels).map((l) => l.color)
		]);
		expect(svg).toContain(`<rect x="0" y="0" width="800" height="418" fill="${PALETTES.light.ink.background}"/>`);
		expect(fills(svg).filter((c) => !light.has(c!))).toEqual([]);
		expect(fills(svg).filter((c) => dark.has(c!) && !light.has(c!))).toEqual([]);
	});
	it('in dark when asked: dark background, dark palette colours, still no CSS variables or styles', async () => {
		const { svg } = snapshotSvg({ ...base, palette: PALETTES.dark });
		expect(svg).toContain(`height="418" fill="${PALETTES.dark.ink.background}"/>`);
		expect(svg).toContain(`fill="${PALETTES.dark.ink.text}">Demo timeline</text>`);
		expect(svg).not.toMatch(/var\(|<style|[\s"]style=/);
		const dark = new Set([
			...Object.values(PALETTES.dark.ink),
			...Object.values(PALETTES.dark.levels).map((l) => l.color)
		]);
		expect(fills(svg).filter((c) => !dark.has(c!))).toEqual([]);
		await expect(svg).toMatchFileSnapshot('../../../tests/snapshots/snapshot-dark.svg');
	});
});

describe('snapshot SVG contents', () => {
	const { svg } = snapshotSvg(input(events, sources, { d: 'unreliable' }, 'b'));
	const doc = parseXml(svg);
	const { elements, attrs } = names(doc);
	it('has a header, a footer with the sources credited, the permalink and the export date', () => {
		expect(svg).toContain('>Demo timeline</text>');
		expect(svg).toContain('Sources: Wire &amp; Co; copy.example');
		expect(svg).toContain('Permalink: https://sourceline.example/?from=2025-01-01&amp;to=2025-12-31');
		expect(svg).toContain('Exported 21 November 2026 from Sourceline');
		expect(elements).toContain('title');
		expect(elements).toContain('desc');
	});
	it('draws each kind of mark, the cluster count and the selection', () => {
		expect(svg).toContain('stroke-dasharray="4 3"'); // month band
		expect(svg).toContain('fill="url(#fade-unreliable)"'); // uncertain interval
		expect(svg).toContain('fill="#fff4c2"'); // selection highlight
		expect(svg).toMatch(/>\+\d+<\/text>/); // cluster
	});
	it('holds no forbidden element or attribute', () => {
		for (const bad of ['script', 'foreignObject', 'image', 'use', 'a', 'style', 'iframe'])
			expect(elements).not.toContain(bad);
		for (const a of attrs) {
			expect(a).not.toMatch(/^on/i);
			expect(a).not.toMatch(/^(href|xlink:href)=/);
			expect(a).not.toMatch(/var\(--/);
			expect(a.replace(/^[^=]+=/, '')).not.toMatch(/url\((?!#)/);
		}
	});
	it('names its file after the timeline and window', () => {
		expect(exportFileName('demo', { from: utcMs(2025), to: utcMs(2026) }, 'svg')).toBe(
			'demo_2025-01-01_2025-12-31.svg'
		);
		expect(exportFileName('demo', { from: utcMs(2025, 2, 5, 18), to: utcMs(2025, 2, 5, 22) }, 'png')).toBe(
			'demo_2025-03-05T18-00Z_2025-03-05T22-00Z.png'
		);
	});
	it('credits the sources of clustered events too', () => {
		const inp = input(events, sources, {});
		expect(inp.layout.clusters.length).toBeGreaterThan(0);
		expect(creditedPublishers(inp)).toEqual(['Wire & Co', 'copy.example']);
	});
});

describe('hostile text stays text and valid XML', () => {
	const hostile = [
		'<script>alert(1)</script>',
		']]><svg onload=alert(1)>',
		'bell\u0007 null\u0000 esc\u001b',
		'rtl \u202Eevil\u202C and \u2067isolate\u2069',
		'Tom & Jerry "quoted" \'single\'',
		'lone surrogate \uD800 here',
		'zero\u200Bwidth'
	];
	for (const text of hostile) {
		it(JSON.stringify(text).slice(0, 40), () => {
			const e = [ev('h', text, '2025-05-05', ['evil'])];
			const s: Source[] = [{ id: 'evil', publisher: text, url: 'https://evil.example/', kind: 'news' }];
			const inp = { ...input(e, s, {}), title: text, permalink: `https://x.example/?q=${text}` };
			const { svg } = snapshotSvg(inp);
			const doc = parseXml(svg);
			const { elements, attrs } = names(doc);
			expect(elements).not.toContain('script');
			expect(attrs.some((a) => /^on/i.test(a))).toBe(false);
			// The text survives as text (less what XML forbids).
			const texts = Array.from(
				{ length: doc.getElementsByTagName('text').length },
				(_, i) => doc.getElementsByTagName('text').item(i)!.textContent
			);
			expect(texts.some((t) => t?.includes(xmlText(text).slice(0, 10)))).toBe(true);
			// eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
			expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069]/);
		});
	}
});

describe('large views', () => {
	// Speed is measured by `npm run bench`; here only the shape of the output is checked.
	it('10,000 visible events export as the same clusters as the layout, not 10,000 labels', () => {
		const many = Array.from({ length: 10_000 }, (_, i) =>
			ev(`e${i}`, `Event number ${i}`, new Date(utcMs(2025) + i * 3_000_000).toISOString().slice(0, 10), ['wire'])
		);
		const inp = input(many, sources, {});
		const { svg } = snapshotSvg(inp);
		const clusterTexts = svg.match(/>\+\d+<\/text>/g) ?? [];
		expect(clusterTexts.length).toBe(inp.layout.clusters.length);
		expect((svg.match(/<text/g) ?? []).length).toBeLessThan(1000);
	});
});

describe('the header names the search and the filters', () => {
	it('on a line of its own under the window, the drawing moved down by it; long ones wrap, escaped', () => {
		const filter = 'Search: <Rutte> & "co" · Actor: Pistorius · Only corroborated';
		const { svg, height } = snapshotSvg({ ...input(events, sources, {}), filter });
		expect(svg).toContain('>Search: &lt;Rutte&gt; &amp; &quot;co&quot; · Actor: Pistorius · Only corroborated</text>');
		expect(svg).toContain('<g transform="translate(0 72)">');
		expect(height).toBe(56 + 16 + 300 + 14 + 3 * 16);
		const long = snapshotSvg({
			...input(events, sources, {}),
			filter: Array.from({ length: 40 }, (_, i) => `Actor: Person ${i}`).join(' · ')
		});
		expect(long.svg).toContain('<g transform="translate(0 104)">');
	});
});

describe('the header and footer in the page’s language', () => {
	it('German: the footer in German, still left to right', async () => {
		const de = await loadWords('de');
		const { svg } = snapshotSvg({ ...input(events, sources, {}), words: de, exportedOn: '21. November 2026' });
		expect(svg).toContain('>Quellen: Wire &amp; Co; copy.example</text>');
		expect(svg).toContain('>Exportiert am 21. November 2026 aus Sourceline</text>');
		expect(svg).toContain(`<title>Demo timeline — ${de.date.window({ from: utcMs(2025), to: utcMs(2026) })}</title>`);
		expect(svg).toContain('<desc>Ausschnitt einer Zeitleiste, exportiert aus Sourceline: 5 beschriftete Ereignisse');
		expect(svg).not.toContain('text-anchor="end"');
	});
	it('Arabic: header and footer lines end at the right margin, isolated as right-to-left; the drawing is not mirrored', async () => {
		const ar = await loadWords('ar');
		const base = input(events, sources, {});
		const { svg } = snapshotSvg({ ...base, words: ar, title: 'خط زمني تجريبي', language: 'ar' });
		const doc = parseXml(svg);
		expect(svg).toContain('<text x="788" y="24" font-size="16" text-anchor="end" font-weight="bold"');
		expect(svg).toMatch(/text-anchor="end" fill="[^"]+">\u2067المصادر: Wire &amp; Co؛ copy\.example\u2069<\/text>/);
		expect(svg).toContain('\u2067الرابط الدائم: https://sourceline.example/');
		// An English title on an Arabic page: right-aligned, not isolated as right-to-left.
		expect(snapshotSvg({ ...base, words: ar, language: 'en' }).svg).toContain(
			'text-anchor="end" font-weight="bold" fill="#1b1f24">Demo timeline</text>'
		);
		// The timeline drawing is the same as in English.
		const area = (s: string) => s.slice(s.indexOf('<g transform'), s.lastIndexOf('</g>'));
		expect(area(svg)).toBe(area(snapshotSvg(base).svg));
		expect(doc.getElementsByTagName('text').length).toBeGreaterThan(5);
	});
	it('the publishers left out are counted in the language’s plural', async () => {
		const many: Source[] = Array.from({ length: 43 }, (_, i) => ({
			id: `s${i}`,
			publisher: `P${i}`,
			url: `https://p${i}.example/`,
			kind: 'news'
		}));
		const e = [
			ev(
				'm',
				'Many sources',
				'2025-05-05',
				many.map((s) => s.id)
			)
		];
		const [en, fr] = [ENGLISH, await loadWords('fr')];
		expect(snapshotSvg({ ...input(e, many, {}), words: en }).svg).toContain('; and 3 more');
		expect(snapshotSvg({ ...input(e, many, {}), words: fr }).svg).toContain('et 3 autres');
	});
});

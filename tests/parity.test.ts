/**
 * The three renderers draw the same marks: the screen's Svelte SVG, the canvas painter and the SVG
 * export, each read back as primitives (tests/fixtures/primitives.ts) and held to the scene they were
 * given, mark by mark, on the story at three zooms, a 6,000-event timeline, hostile text and a file
 * with every shape of mark in every level, in both palettes (the dark one as the screen draws it in dark
 * mode and as an export the reader asked to be dark).
 *
 * The screen SVG comes from a component harness: `render` from svelte/server on TimelineSvg fed a
 * scene, no browser needed. Its HTML is parsed with @xmldom/xmldom: already a dev dependency (the
 * export's tests use it), a plain XML parser that gives every attribute exactly as written, and SVG
 * from Svelte is well-formed XML, where an HTML parser (jsdom, not installed) would bring a whole DOM
 * for nothing this test reads.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import TimelineSvg from '$lib/components/timeline/TimelineSvg.svelte';
import { PointerState } from '$lib/state/pointer.svelte';
import { firstStory } from './fixtures/story';
import { loadTimelineData, loadTimelineText } from '$lib/data/load';
import type { Timeline, TimelineEvent } from '$lib/data/model';
import { buildScene, eraSpans, type MarkRef, type Scene } from '$lib/timeline/scene';
import { paintScene } from '$lib/timeline/paint';
import { firstVisible, lastVisible, layoutEvents } from '$lib/timeline/layout';
import { buildLod } from '$lib/timeline/lod';
import { eventLabel, PALETTES, type Palette } from '$lib/timeline/encoding';
import { lanesFor } from '$lib/timeline/metrics';
import { axisFor } from '$lib/time/ticks';
import { fitWindow, type Window } from '$lib/time/scale';
import { utcMs } from '$lib/time/dates';
import { snapshotSvg, HEADER_H, type SnapshotInput } from '$lib/export/snapshot';
import { ENGLISH } from './fixtures/english-words';
import { generate } from '../scripts/bench/generate.mjs';
import { AppState } from '$lib/state/app.svelte';
import { recordingPen } from './fixtures/pen';
import { canvasLines, sceneLines, svgLines, type MarkLines } from './fixtures/primitives';
import { englishOf } from '../src/lib/data/issue-english';

/** The drawing's size in the app at 1280 × 800 (the timeline box less its border). */
const WIDTH = 1246;
const HEIGHT = 378;

const loaded = (r: ReturnType<typeof loadTimelineData>): Timeline => {
	if (!r.ok) throw new Error(r.errors.map((e) => englishOf(e)).join('; '));
	return r.timeline;
};
const hostile = (file: string) => loaded(loadTimelineText(readFileSync(`tests/hostile/${file}`, 'utf8'), file));
const fixture = (file: string) => loaded(loadTimelineText(readFileSync(`tests/fixtures/${file}`, 'utf8'), file));

interface Fixture {
	name: string;
	timeline: Timeline;
	window?: Window;
	selectedId?: string;
	focus?: MarkRef;
}

const story = loaded(firstStory);
const FIXTURES: Fixture[] = [
	{ name: 'the story at fit-all', timeline: story },
	{
		name: 'the story, February to June 2025',
		timeline: story,
		window: { from: utcMs(2025, 1, 20), to: utcMs(2025, 5, 15) }
	},
	{
		name: 'the story in December 2025, an event open and another focused',
		timeline: story,
		window: { from: utcMs(2025, 10, 25), to: utcMs(2026, 0, 5) },
		selectedId: 'rutte-absolute-guarantee',
		focus: { kind: 'event', id: 'pistorius-no-comparable-deterrent' }
	},
	{
		name: '6,000 generated events, a cluster focused',
		timeline: loaded(loadTimelineData(generate(6000), 'generated.json')),
		focus: { kind: 'cluster', index: 0 }
	},
	{ name: 'hostile text: markup', timeline: hostile('script-in-text.json'), selectedId: 'ev-a' },
	{ name: 'hostile text: bidi overrides and zero widths', timeline: hostile('rtl-zero-width.json') },
	{ name: 'every shape in every level', timeline: fixture('every-mark.json'), selectedId: 'band-unreliable' }
];

const labelOf = (e: TimelineEvent) => eventLabel(e.title, e.corroboration.level, e.corroboration.disputed);

/** What the app's drawing state makes of a view: its layout and axis, as the screen and the export get them. */
function view(f: Fixture, palette: Palette = PALETTES.light): SnapshotInput & { focus: MarkRef } {
	const t = f.timeline;
	const window = f.window ?? fitWindow(t.extent![0], t.extent![1], 0.04);
	const shown = t.events;
	const range = [firstVisible(shown, window.from, t.maxSpan), lastVisible(shown, window.to)] as const;
	const layout = layoutEvents(
		shown,
		window,
		{ width: WIDTH, lanes: lanesFor(HEIGHT), labelOf },
		...range,
		buildLod(shown)
	);
	return {
		timelineId: t.id,
		title: t.title,
		window,
		width: WIDTH,
		height: HEIGHT,
		layout,
		eras: eraSpans(t.eras, window, WIDTH),
		items: shown,
		axis: axisFor(window, WIDTH),
		levelOf: (id) => t.eventById.get(id)!.corroboration.level,
		eventById: t.eventById,
		sourceById: t.sourceById,
		selectedId: f.selectedId ?? null,
		filter: null,
		permalink: 'https://example.org/',
		exportedOn: 'today',
		focus: f.focus ?? null,
		palette,
		words: ENGLISH
	};
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'image/svg+xml').documentElement!;

/** The screen: TimelineSvg rendered to a string, the primitives read from its <svg>. */
function screenLines(scene: Scene): string[] {
	const { body } = render(TimelineSvg, {
		props: {
			scene,
			names: { event: (id: string) => id, cluster: (i: number) => String(i) },
			pointer: new PointerState(() => null),
			onselect: () => undefined,
			onzoom: () => undefined,
			gestures: () => undefined
		}
	});
	const svg = parse(body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>') + 6));
	return svgLines(svg, svg);
}

/** The export: its timeline area (the group under the header), less the frame it draws around it. */
function exportLines(input: SnapshotInput): string[] {
	const svg = parse(snapshotSvg(input).svg);
	const groups = svg.getElementsByTagName('g');
	const area = Array.from({ length: groups.length }, (_, i) => groups.item(i)!).find(
		(g) => g.getAttribute('clip-path') === 'url(#timeline-area)'
	) as XmlElement;
	expect((area.parentNode as XmlElement).getAttribute('transform')).toBe(`translate(0 ${HEADER_H})`);
	const lines = svgLines(svg, area);
	// The export outlines its background with a frame, which the page's box draws on screen.
	lines[0] = lines[0]!.replace(` stroke=${input.palette!.ink.frame}/1`, ' stroke=none');
	return lines;
}

/** The canvas: the painter's recorded calls. */
function paintedLines(scene: Scene): string[] {
	const { pen, log } = recordingPen();
	paintScene(pen, scene);
	return canvasLines(log);
}

/** Hold a renderer's primitives to the scene's, mark by mark: the first mark drawn differently fails, by name. */
function expectDrawn(renderer: string, lines: string[], marks: MarkLines[]) {
	let at = 0;
	for (const m of marks) {
		expect(lines.slice(at, at + m.lines.length), `${renderer}: ${m.mark}`).toEqual(m.lines);
		at += m.lines.length;
	}
	expect(lines.slice(at), `${renderer}: nothing after the last mark`).toEqual([]);
}

/**
 * Views made by the app's own state (AppState: filters, lanes, the rest's ticks), as the screen and
 * Export SVG get them from `drawing`.
 */
interface AppFixture {
	name: string;
	timeline: Timeline;
	setup: (app: AppState) => void;
	selectedId?: string;
	focus?: MarkRef;
}
const APP_FIXTURES: AppFixture[] = [
	{
		name: 'the story in lanes by actor, early December 2025, an event of two lanes open and focused',
		timeline: story,
		setup: (app) => {
			app.filters.laneBy = 'actor';
			app.viewport.setWindow({ from: utcMs(2025, 10, 28), to: utcMs(2025, 11, 14) });
		},
		selectedId: 'us-national-security-strategy',
		focus: { kind: 'event', id: 'us-national-security-strategy' }
	},
	{
		name: 'the story searched for “nuclear”, the others marked under the axis, in lanes by tag',
		timeline: story,
		setup: (app) => {
			app.filters.query = 'nuclear';
			app.filters.rest = 'dim';
			app.filters.laneBy = 'tag';
		}
	},
	{
		name: '6,000 generated events in lanes by group (clusters in every lane), a cluster focused',
		timeline: loaded(loadTimelineData(generate(6000), 'generated.json')),
		setup: (app) => (app.filters.laneBy = 'group'),
		focus: { kind: 'cluster', index: 2 }
	},
	{
		name: '6,000 generated events, one actor, the rest marked',
		timeline: loaded(loadTimelineData(generate(6000), 'generated.json')),
		setup: (app) => {
			app.filters.toggle('actor', 'The central bank');
			app.filters.rest = 'dim';
		}
	}
];

function appView(f: AppFixture, palette: Palette = PALETTES.light): SnapshotInput & { focus: MarkRef } {
	const app = new AppState(f.timeline);
	app.viewport.width = WIDTH;
	app.viewport.height = HEIGHT;
	f.setup(app);
	if (f.selectedId) app.selection.select(f.selectedId);
	const t = f.timeline;
	const { drawing } = app;
	// As the page does: the box grows so that each lane has room.
	app.viewport.height = Math.max(HEIGHT, drawing.minHeight);
	return {
		timelineId: t.id,
		title: t.title,
		window: app.viewport.window,
		width: WIDTH,
		height: app.viewport.height,
		layout: drawing.layout,
		eras: drawing.eras,
		rest: drawing.rest,
		items: app.filters.shown,
		axis: drawing.axis,
		levelOf: (id) => t.eventById.get(id)!.corroboration.level,
		eventById: t.eventById,
		sourceById: t.sourceById,
		selectedId: app.selection.id,
		filter: null,
		permalink: 'https://example.org/',
		exportedOn: 'today',
		focus: f.focus ?? null,
		palette,
		words: ENGLISH
	};
}

describe('the screen SVG, the canvas and the export draw the same primitives', () => {
	for (const palette of Object.values(PALETTES)) {
		const all = [
			...FIXTURES.map((f) => ({ name: f.name, input: () => view(f, palette) })),
			...APP_FIXTURES.map((f) => ({ name: f.name, input: () => appView(f, palette) }))
		];
		for (const f of all) {
			describe(`${f.name}, ${palette.scheme}`, () => {
				const input = f.input();
				const scene = buildScene(input);
				const marks = sceneLines(scene);
				it('the fixture draws marks', () => expect(scene.events.length + scene.clusters.length).toBeGreaterThan(0));
				it('the screen SVG', () => expectDrawn('screen SVG', screenLines(scene), marks));
				it('the canvas', () => expectDrawn('canvas', paintedLines(scene), marks));
				// The export is built from the same view by its own call (as Export SVG does), with no focus.
				it('the export', () => expectDrawn('export', exportLines(input), sceneLines(scene, { focus: false })));
			});
		}
	}

	it('the dark scene is drawn in the dark palette’s colours, not the light one’s', () => {
		const f = FIXTURES.at(-1)!;
		const [light, dark] = [buildScene(view(f)), buildScene(view(f, PALETTES.dark))];
		expect(dark.background.paint.fill).toBe(PALETTES.dark.ink.background);
		expect(sceneLines(dark)).not.toEqual(sceneLines(light));
		const lightColours = new Set(Object.values(PALETTES.light.levels).map((l) => l.color));
		expect(exportLines(view(f, PALETTES.dark)).some((l) => [...lightColours].some((c) => l.includes(c)))).toBe(false);
	});

	it('the lanes fixtures draw lanes, the lines joining one event’s marks, two marks of one event, and the rest’s ticks', () => {
		const scenes = APP_FIXTURES.map((f) => buildScene(appView(f)));
		expect(
			scenes.every((s, i) => (APP_FIXTURES[i]!.name.includes('lanes') ? s.lanes.length > 1 : s.lanes.length === 0))
		).toBe(true);
		expect(scenes[0]!.lanes.map((l) => l.label.text)).toContain('Emmanuel Macron (1)');
		expect(scenes[0]!.links.length).toBeGreaterThan(0);
		expect(scenes[0]!.events.filter((e) => e.id === 'us-national-security-strategy')).toHaveLength(2);
		expect(scenes[0]!.events.find((e) => e.id === 'us-national-security-strategy')!.label.text).toMatch(/^↕ /);
		expect(scenes[1]!.rest.length).toBeGreaterThan(0);
		expect(scenes[2]!.clusters.length).toBeGreaterThan(3);
		expect(new Set(scenes[2]!.clusters.map((c) => c.y)).size).toBeGreaterThan(2);
		expect(scenes[3]!.rest.length).toBeGreaterThan(0);
	});

	it('between them, the fixtures draw every shape, a selection, both focus rings and a dashed rect', () => {
		const scenes = FIXTURES.map((f) => buildScene(view(f)));
		const events = scenes.flatMap((s) => s.events);
		expect(new Set(events.map((e) => e.shape))).toEqual(new Set(['point', 'band', 'bar', 'fade']));
		expect(events.some((e) => e.highlight)).toBe(true);
		expect(events.some((e) => e.ring)).toBe(true);
		expect(scenes.some((s) => s.clusters.some((c) => c.ring))).toBe(true);
		expect(events.filter((e) => e.shape === 'band').length).toBeGreaterThan(4);
	});
});

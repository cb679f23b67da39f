/**
 * The SVG snapshot of what is on screen, built from the same layout and axis the screen draws (never
 * by cloning the live DOM). Self-contained: presentation attributes only, no CSS variables, no
 * scripts, no foreignObject, no external references; text stays text in a generic font stack.
 */
import type { Layout } from '../timeline/layout';
import { clusterIds } from '../timeline/layout';
import type { Axis } from '../time/ticks';
import type { Window } from '../time/scale';
import type { Level } from '../data/levels';
import type { Source, TimelineEvent } from '../data/model';
import { LIGHT, type Gradient, type Paint, type Palette } from '../timeline/encoding';
import {
	buildScene,
	type EraSpan,
	type LinePrim,
	type Scene,
	type SceneContext,
	type ShapePrim,
	type TextPrim
} from '../timeline/scene';
import { FONT_STACK } from '../timeline/text';
import { dirOf } from '../words/locales';
import type { Words } from '../words/words';
import { windowParams } from '../url/view-params';
import { esc, n, textLine, wrapLines } from './xml';

/** Everything the snapshot needs: the view as the screen has it. */
export interface SnapshotInput {
	timelineId: string;
	title: string;
	/** The timeline's language, which its title is in (the page's when not given). */
	language?: string;
	window: Window;
	/** Size of the timeline drawing on screen. */
	width: number;
	height: number;
	layout: Layout;
	/** The eras in sight, px (none for most timelines). */
	eras?: readonly EraSpan[];
	/** Where the events the filters leave out lie, px runs, when the reader has them marked. */
	rest?: readonly (readonly [number, number])[];
	/** The items the layout was made from (cluster members are index ranges into them). */
	items: readonly { id: string }[];
	axis: Axis;
	levelOf: (id: string) => Level;
	eventById: ReadonlyMap<string, TimelineEvent>;
	sourceById: ReadonlyMap<string, Source>;
	selectedId: string | null;
	/** The search and the filters in words ("Search: Rutte · Actor: Pistorius · Only corroborated"), or null. */
	filter: string | null;
	permalink: string;
	/** When the export was made, in words. */
	exportedOn: string;
	/** The colours: light unless the reader chose dark for the export. */
	palette?: Palette;
	/** The page's words: the header and footer are in the interface's language, laid out in its direction. */
	words: Words;
}

/** The header's height without filters; each line of filters adds FILTER_LINE. */
export const HEADER_H = 56;
const FILTER_LINE = 16;
const FOOT_LINE = 16;
/** At most this many publishers are named; the rest are counted. */
const MAX_CREDITS = 40;

/** ` name="value"`; numbers (positions and lengths) rounded to 0.1 px. Opacities and offsets are passed as strings, unrounded. */
const attr = (name: string, value: string | number | null | undefined) =>
	value === null || value === undefined ? '' : ` ${name}="${typeof value === 'number' ? n(value) : esc(value)}"`;

/** A shape's paint as presentation attributes; SVG defaults (opacity 1, stroke width 1, solid) are left out. */
function paintAttrs(p: Paint, frame: string | null = null): string {
	const stroke = p.stroke ?? frame;
	return (
		` fill="${p.gradient ? `url(#${p.gradient.id})` : (p.fill ?? 'none')}"` +
		(p.fillOpacity === 1 ? '' : attr('fill-opacity', String(p.fillOpacity))) +
		(stroke ? attr('stroke', stroke) : '') +
		(stroke && p.strokeWidth !== 1 ? attr('stroke-width', p.strokeWidth) : '') +
		(stroke && p.dash.length ? attr('stroke-dasharray', p.dash.join(' ')) : '')
	);
}

/** A scene shape at anchor (ax, ay); `frame` outlines a shape that has no outline of its own. */
function shapeSvg(p: ShapePrim, ax: number, ay: number, frame: string | null = null): string {
	if (p.kind === 'circle')
		return `<circle${attr('cx', ax + p.x)}${attr('cy', ay + p.y)}${attr('r', p.r)}${paintAttrs(p.paint)}/>`;
	return `<rect${attr('x', ax + p.x)}${attr('y', ay + p.y)}${attr('width', p.width)}${attr('height', p.height)}${p.r ? attr('rx', p.r) : ''}${paintAttrs(p.paint, frame)}/>`;
}

function lineSvg(l: LinePrim, ax: number, ay: number): string {
	return `<line${attr('x1', ax + l.x1)}${attr('x2', ax + l.x2)}${attr('y1', ay + l.y1)}${attr('y2', ay + l.y2)}${attr('stroke', l.stroke)}${l.strokeWidth === 1 ? '' : attr('stroke-width', l.strokeWidth)}${l.dash.length ? attr('stroke-dasharray', l.dash.join(' ')) : ''}/>`;
}

function textSvg(t: TextPrim, ax: number, ay: number): string {
	const f = t.font;
	return `<text${attr('x', ax + t.x)}${attr('y', ay + t.y)}${attr('font-size', f.size)}${f.weight === 'bold' ? ' font-weight="bold"' : ''}${attr('fill', t.fill)}${f.style === 'italic' ? ' font-style="italic"' : ''}>${esc(t.text)}</text>`;
}

const tickSvg = (t: SceneContext) => (t.line ? lineSvg(t.line, t.x, 0) : '') + textSvg(t.label, t.x, 0);

const gradientSvg = (g: Gradient) =>
	`<linearGradient id="${esc(g.id)}">${g.stops.map((s) => `<stop${attr('offset', String(s.offset))}${attr('stop-color', s.color)}${attr('stop-opacity', String(s.opacity))}/>`).join('')}</linearGradient>`;

/** The timeline drawing of a scene, in its own coordinates; the export frames it (the screen's page box does that there). */
export function sceneSvg(s: Scene): string {
	let out = shapeSvg(s.background, 0, 0, s.palette.ink.frame);
	out += shapeSvg(s.axis.band, 0, 0);
	for (const t of s.axis.ticks) out += tickSvg(t);
	for (const t of s.axis.context) out += tickSvg(t);
	out += lineSvg(s.axis.baseline, 0, 0);
	for (const e of s.eras) out += shapeSvg(e.band, e.x, 0) + textSvg(e.label, e.x, 0);
	for (const l of s.lanes)
		out += (l.shade ? shapeSvg(l.shade, 0, 0) : '') + lineSvg(l.rule, 0, 0) + textSvg(l.label, 0, 0);
	for (const r of s.rest) out += shapeSvg(r, 0, 0);
	for (const l of s.links) out += lineSvg(l, 0, 0);
	for (const m of s.events) {
		// No focus ring: an export has no keyboard focus.
		if (m.highlight) out += shapeSvg(m.highlight, m.x, m.y);
		out += shapeSvg(m.body, m.x, m.y) + textSvg(m.label, m.x, m.y);
	}
	for (const c of s.clusters) out += shapeSvg(c.pill, c.x, c.y) + textSvg(c.count, c.x, c.y);
	return out;
}

/** Publishers of the sources of every event drawn (placed or clustered), in order of appearance. */
export function creditedPublishers(
	input: Pick<SnapshotInput, 'layout' | 'items' | 'eventById' | 'sourceById'>
): string[] {
	const seen = new Set<string>();
	const ids = [
		...input.layout.events.map((p) => p.id),
		...input.layout.clusters.flatMap((c) => clusterIds(c, input.items))
	];
	for (const id of ids) {
		for (const sid of input.eventById.get(id)?.sources ?? []) {
			const pub = input.sourceById.get(sid)?.publisher;
			if (pub) seen.add(pub);
		}
	}
	return [...seen];
}

/** An SVG document and its size in px. */
export interface Snapshot {
	svg: string;
	width: number;
	height: number;
}

/** The SVG document for a snapshot. */
export function snapshotSvg(input: SnapshotInput): Snapshot {
	const { width, height, layout, palette = LIGHT, words } = input;
	const m = words.m.share.snapshot;
	const INK = palette.ink;
	const page = words.dir;
	// Header and footer lines start at the page's starting side (the drawing itself is not mirrored).
	const line = (y: number, size: number, text: string, attrs: string, dir = page) =>
		textLine(page === 'rtl' ? width - 12 : 12, y, size, text, { page, dir }, attrs);
	const credits = creditedPublishers(input);
	const named = [
		...credits.slice(0, MAX_CREDITS),
		...(credits.length > MAX_CREDITS ? [m.more(credits.length - MAX_CREDITS, words.num)] : [])
	].join(m.separator);
	const sourceLines = wrapLines(m.sources(named || m.noSources), width - 24, 11, 6);
	const footLines = [...sourceLines, m.permalink(input.permalink), m.exported(input.exportedOn)];
	const footH = 14 + footLines.length * FOOT_LINE;
	// The filters on lines of their own under the window, so a long search never runs off the page.
	const filterLines = input.filter ? wrapLines(input.filter, width - 24, 12, 3) : [];
	const headerH = HEADER_H + filterLines.length * FILTER_LINE;
	const total = headerH + height + footH;
	const windowWords = words.date.window(input.window);
	const defs =
		`<clipPath id="timeline-area"><rect x="0" y="0"${attr('width', width)}${attr('height', height)}/></clipPath>` +
		palette.fades.map(gradientSvg).join('');
	const scene = buildScene({ ...input, palette, focus: null });
	const foot = footLines
		.map((text, i) =>
			line(headerH + height + 20 + i * FOOT_LINE, 11, text, ` fill="${i < sourceLines.length ? INK.text : INK.muted}"`)
		)
		.join('');
	const clustered = layout.clusters.reduce((a, c) => a + c.count, 0);
	const svg =
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attr('width', width)}${attr('height', total)} viewBox="0 0 ${n(width)} ${n(total)}" font-family="${esc(FONT_STACK)}">` +
		`<title>${esc(`${input.title} — ${windowWords}`)}</title>` +
		`<desc>${esc(m.desc({ labelled: layout.events.length, clustered, permalink: input.permalink }, words.num))}</desc>` +
		`<defs>${defs}</defs>` +
		`<rect x="0" y="0"${attr('width', width)}${attr('height', total)}${attr('fill', INK.background)}/>` +
		line(24, 16, input.title, ` font-weight="bold" fill="${INK.text}"`, input.language ? dirOf(input.language) : page) +
		line(44, 12, windowWords, ` fill="${INK.muted}"`) +
		filterLines.map((l, i) => line(44 + (i + 1) * FILTER_LINE, 12, l, ` fill="${INK.text}"`)).join('') +
		`<g transform="translate(0 ${headerH})"><g clip-path="url(#timeline-area)">` +
		sceneSvg(scene) +
		`</g></g>` +
		foot +
		`</svg>\n`;
	return { svg, width, height: total };
}

/** "<timeline-id>_<from>_<to>.<ext>", safe as a file name on every system. */
export function exportFileName(timelineId: string, w: Window, ext: 'svg' | 'png'): string {
	const { from, to } = windowParams(w);
	return `${timelineId}_${from}_${to}.${ext}`.replace(/:/g, '-');
}

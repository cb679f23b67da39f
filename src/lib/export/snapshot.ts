/**
 * The SVG snapshot of what is on screen, built from the same layout and axis the screen draws (never
 * by cloning the live DOM). Self-contained: presentation attributes only, no CSS variables, no
 * scripts, no foreignObject, no external references; text stays text in a generic font stack.
 */
import type { Layout, PlacedEvent, Cluster } from '../timeline/layout';
import { POINT_R, clusterText, clusterIds } from '../timeline/layout';
import type { Axis } from '../time/ticks';
import type { Window } from '../time/scale';
import type { Level } from '../data/levels';
import { LEVELS } from '../data/levels';
import type { Source, TimelineEvent } from '../data/model';
import { LEVEL_STYLE, INK, BAND_DASH } from '../timeline/encoding';
import { AXIS_H, CLUSTER_MARK_H, HIGHLIGHT, laneY, clusterY } from '../timeline/metrics';
import { FONT_STACK } from '../timeline/text';
import { formatWindow } from '../words/window-words';
import { windowParams } from '../url/view-params';
import { esc, n, wrapLines } from './xml';

/** Everything the snapshot needs: the view as the screen has it. */
export interface SnapshotInput {
	timelineId: string;
	title: string;
	window: Window;
	/** Size of the timeline drawing on screen. */
	width: number;
	height: number;
	layout: Layout;
	/** The items the layout was made from (cluster members are index ranges into them). */
	items: readonly { id: string }[];
	axis: Axis;
	levelOf: (id: string) => Level;
	eventById: ReadonlyMap<string, TimelineEvent>;
	sourceById: ReadonlyMap<string, Source>;
	selectedId: string | null;
	/** The active filter in words, or null. */
	filter: string | null;
	permalink: string;
	/** When the export was made, in words. */
	exportedOn: string;
}

export const HEADER_H = 56;
const FOOT_LINE = 16;
/** At most this many publishers are named; the rest are counted. */
const MAX_CREDITS = 40;

const attr = (name: string, value: string | number | null | undefined) =>
	value === null || value === undefined ? '' : ` ${name}="${typeof value === 'number' ? n(value) : esc(value)}"`;

function axisSvg(axis: Axis, width: number, height: number): string {
	let out = `<rect x="0" y="0"${attr('width', width)}${attr('height', AXIS_H)} fill="#f6f8fa"/>`;
	for (const t of axis.ticks) {
		out += `<line${attr('x1', t.x)}${attr('x2', t.x)}${attr('y1', AXIS_H - 8)}${attr('y2', height)} stroke="${INK.grid}"/>`;
		out += `<text${attr('x', t.x + 4)}${attr('y', AXIS_H - 10)} font-size="11" fill="${INK.muted}">${esc(t.label)}</text>`;
	}
	for (const c of axis.context) {
		if (!c.pinned)
			out += `<line${attr('x1', c.x)}${attr('x2', c.x)} y1="0"${attr('y2', height)} stroke="${INK.axis}"/>`;
		out += `<text${attr('x', c.x + 4)} y="15" font-size="12" font-weight="bold" fill="${INK.text}">${esc(c.label)}</text>`;
	}
	return out + `<line x1="0"${attr('x2', width)}${attr('y1', AXIS_H)}${attr('y2', AXIS_H)} stroke="${INK.axis}"/>`;
}

function markSvg(p: PlacedEvent, level: Level, selected: boolean): string {
	const s = LEVEL_STYLE[level];
	const cy = laneY(p.lane);
	const g = p.geom;
	let out = '';
	if (selected) {
		out += `<rect${attr('x', p.left - HIGHLIGHT.pad)}${attr('y', cy - HIGHLIGHT.height / 2)}${attr('width', p.right - p.left + 2 * HIGHLIGHT.pad)}${attr('height', HIGHLIGHT.height)}${attr('rx', HIGHLIGHT.radius)} fill="${INK.highlight}" stroke="${INK.selected}" stroke-width="1.5"/>`;
	}
	if (g.shape === 'point') {
		out += `<circle${attr('cx', g.cx)}${attr('cy', cy)} r="${POINT_R}" fill="${s.fill}" stroke="${s.color}" stroke-width="2"${attr('stroke-dasharray', s.dash)}/>`;
	} else {
		const box = `${attr('x', g.x0)}${attr('y', cy - 9)}${attr('width', g.x1 - g.x0)} height="18" rx="2"`;
		if (g.shape === 'band')
			out += `<rect${box} fill="${s.color}" fill-opacity="0.12" stroke="${s.color}" stroke-dasharray="${BAND_DASH}"/>`;
		else if (g.shape === 'bar')
			out += `<rect${box} fill="${s.color}" fill-opacity="0.3" stroke="${s.color}"${attr('stroke-dasharray', s.dash)}/>`;
		else out += `<rect${box} fill="url(#fade-${level})"/>`;
	}
	const weak = level === 'unreliable';
	out += `<text${attr('x', p.labelX)}${attr('y', cy + 4)} font-size="12" fill="${weak ? s.color : INK.text}"${weak ? ' font-style="italic"' : ''}>${esc(p.label)}</text>`;
	return out;
}

function clusterSvg(c: Cluster, y: number): string {
	return (
		`<rect${attr('x', c.x0)}${attr('y', y)}${attr('width', c.x1 - c.x0)}${attr('height', CLUSTER_MARK_H)}${attr('rx', CLUSTER_MARK_H / 2)} fill="${INK.cluster}"/>` +
		`<text${attr('x', c.x0 + 8)}${attr('y', y + 14)} font-size="12" font-weight="bold" fill="#ffffff">${esc(clusterText(c.count))}</text>`
	);
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
	const { width, height, layout } = input;
	const credits = creditedPublishers(input);
	const named =
		credits.slice(0, MAX_CREDITS).join('; ') +
		(credits.length > MAX_CREDITS ? `; and ${credits.length - MAX_CREDITS} more` : '');
	const sourceLines = wrapLines(`Sources: ${named || 'none'}`, width - 24, 11, 6);
	const footLines = [...sourceLines, `Permalink: ${input.permalink}`, `Exported ${input.exportedOn} from Sourceline`];
	const footH = 14 + footLines.length * FOOT_LINE;
	const total = HEADER_H + height + footH;
	const windowWords = formatWindow(input.window) + (input.filter ? ` · ${input.filter}` : '');
	const defs =
		`<clipPath id="timeline-area"><rect x="0" y="0"${attr('width', width)}${attr('height', height)}/></clipPath>` +
		LEVELS.map(
			(l) =>
				`<linearGradient id="fade-${l}"><stop offset="0" stop-color="${LEVEL_STYLE[l].color}" stop-opacity="0"/><stop offset="0.35" stop-color="${LEVEL_STYLE[l].color}" stop-opacity="0.45"/><stop offset="0.65" stop-color="${LEVEL_STYLE[l].color}" stop-opacity="0.45"/><stop offset="1" stop-color="${LEVEL_STYLE[l].color}" stop-opacity="0"/></linearGradient>`
		).join('');
	const marks = layout.events.map((p) => markSvg(p, input.levelOf(p.id), p.id === input.selectedId)).join('');
	const clusters = layout.clusters.map((c) => clusterSvg(c, clusterY(height))).join('');
	const foot = footLines
		.map(
			(line, i) =>
				`<text x="12"${attr('y', HEADER_H + height + 20 + i * FOOT_LINE)} font-size="11" fill="${i < sourceLines.length ? INK.text : INK.muted}">${esc(line)}</text>`
		)
		.join('');
	const svg =
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attr('width', width)}${attr('height', total)} viewBox="0 0 ${n(width)} ${n(total)}" font-family="${esc(FONT_STACK)}">` +
		`<title>${esc(`${input.title} — ${formatWindow(input.window)}`)}</title>` +
		`<desc>${esc(`Timeline snapshot exported from Sourceline: ${layout.events.length} labelled events and ${layout.clusters.reduce((a, c) => a + c.count, 0)} in clusters. ${input.permalink}`)}</desc>` +
		`<defs>${defs}</defs>` +
		`<rect x="0" y="0"${attr('width', width)}${attr('height', total)} fill="#ffffff"/>` +
		`<text x="12" y="24" font-size="16" font-weight="bold" fill="${INK.text}">${esc(input.title)}</text>` +
		`<text x="12" y="44" font-size="12" fill="${INK.muted}">${esc(windowWords)}</text>` +
		`<g transform="translate(0 ${HEADER_H})"><g clip-path="url(#timeline-area)">` +
		`<rect x="0" y="0"${attr('width', width)}${attr('height', height)} fill="#ffffff" stroke="#d0d7de"/>` +
		axisSvg(input.axis, width, height) +
		marks +
		clusters +
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

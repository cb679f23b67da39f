/**
 * How marks are painted: every colour, opacity, dash, stroke width and font of the timeline, shared by
 * the screen, the canvas, the legend and the SVG export through the scene (scene.ts). Colour is never
 * the only cue: weak levels also change the mark's fill and dash, and labels carry a glyph.
 */
import { LEVELS, type Level } from '$lib/data/levels';
import type { MarkShape } from './layout';
import { LABEL_FONT_PX } from './text';

/** A dash pattern as on/off lengths in px; empty for a solid line. Never mutated. */
export type Dash = readonly number[];
/** A solid line. */
export const SOLID: Dash = Object.freeze([]);

export interface LevelStyle {
	color: string;
	/** Fill of point marks: solid for reports, white for weak ones (hollow reads as "less"). */
	fill: string;
	/** Dash of the mark's outline, or null for solid. */
	dash: Dash | null;
	/** Put before the label, so print and colour-blind readers see it too. */
	glyph: string;
	/** Its labels are written in its colour and slanted, so a doubtful claim reads as one without colour too. */
	weak: boolean;
}

/** Colours pass 4.5:1 against white. */
export const LEVEL_STYLE: Record<Level, LevelStyle> = {
	primary: { color: '#1f4e99', fill: '#1f4e99', dash: null, glyph: '', weak: false },
	corroborated: { color: '#0b6e4f', fill: '#0b6e4f', dash: null, glyph: '', weak: false },
	single: { color: '#8a5a00', fill: '#ffffff', dash: null, glyph: '', weak: false },
	unreliable: { color: '#b42318', fill: '#ffffff', dash: [3, 2], glyph: '⚠ ', weak: true },
	unsourced: { color: '#57606a', fill: '#ffffff', dash: [1, 2], glyph: '? ', weak: true }
};

/** Colours of the chrome, also used by the export (no CSS variables leave the page). */
export const INK = {
	text: '#1b1f24',
	muted: '#57606a',
	grid: '#e3e7eb',
	axis: '#8c959f',
	/** Behind the tick labels. */
	axisBand: '#f6f8fa',
	selected: '#111111',
	/** Fill of the selected event's highlight. */
	highlight: '#fff4c2',
	/** Keyboard focus ring. */
	focus: '#0a58ca',
	cluster: '#3d4752',
	/** A cluster's count, on its dark pill. */
	onCluster: '#ffffff',
	background: '#ffffff',
	/** The exported drawing's border (on screen, the page's box draws it). */
	frame: '#d0d7de',
	/** Eras behind the marks (at a low opacity), and their titles. */
	era: '#57606a',
	eraText: '#3d4752'
};

/** A colour stop of a gradient. */
export interface GradientStop {
	offset: number;
	color: string;
	opacity: number;
}
/** A gradient running left to right across the shape it fills. */
export interface Gradient {
	/** Unique among the drawing's gradients. */
	id: string;
	stops: readonly GradientStop[];
}

/** How a shape is filled and outlined. Shared by every mark it paints, never mutated. */
export interface Paint {
	/** Fill colour, or null for none (or for a gradient). */
	fill: string | null;
	fillOpacity: number;
	/** Fill gradient, in place of `fill`. */
	gradient: Gradient | null;
	/** Outline colour, or null for none. */
	stroke: string | null;
	strokeWidth: number;
	dash: Dash;
}

/** A font of the drawing (the family is FONT_STACK, everywhere). */
export interface Font {
	size: number;
	weight: 'normal' | 'bold';
	style: 'normal' | 'italic';
}

const paint = (p: Partial<Paint>): Paint =>
	Object.freeze({ fill: null, fillOpacity: 1, gradient: null, stroke: null, strokeWidth: 1, dash: SOLID, ...p });
const font = (size: number, weight: Font['weight'] = 'normal', style: Font['style'] = 'normal'): Font =>
	Object.freeze({ size, weight, style });

/** Where an uncertain interval's colour shows: faded out at both ends, where the interval may begin or end. */
const FADE_STOPS: readonly [offset: number, opacity: number][] = [
	[0, 0],
	[0.35, 0.45],
	[0.65, 0.45],
	[1, 0]
];

/** One value per level. */
const byLevel = <T>(f: (level: Level) => T): Record<Level, T> =>
	Object.fromEntries(LEVELS.map((l) => [l, f(l)])) as Record<Level, T>;

/** The fade of each level's uncertain intervals. */
export const FADE: Record<Level, Gradient> = byLevel((level) => ({
	id: `fade-${level}`,
	stops: FADE_STOPS.map(([offset, opacity]) => ({ offset, color: LEVEL_STYLE[level].color, opacity }))
}));
/** Every fade, in level order (weakest first): the gradients a drawing defines. */
export const FADES: Gradient[] = LEVELS.map((l) => FADE[l]);

/** Outline of a month or year band: dashed, because the date is only that precise. */
export const BAND_DASH: Dash = [4, 3];

/** How each shape of mark is painted in a level's style. */
const SHAPE_PAINT: Record<MarkShape, (s: LevelStyle, level: Level) => Paint> = {
	point: (s) => paint({ fill: s.fill, stroke: s.color, strokeWidth: 2, dash: s.dash ?? SOLID }),
	band: (s) => paint({ fill: s.color, fillOpacity: 0.12, stroke: s.color, dash: BAND_DASH }),
	bar: (s) => paint({ fill: s.color, fillOpacity: 0.3, stroke: s.color, dash: s.dash ?? SOLID }),
	fade: (_, level) => paint({ gradient: FADE[level] })
};

/** The paint of a mark's body, by shape and level: one object each, shared by every mark (no allocation per frame). */
export const MARK_PAINT: Record<MarkShape, Record<Level, Paint>> = {
	point: byLevel((l) => SHAPE_PAINT.point(LEVEL_STYLE[l], l)),
	band: byLevel((l) => SHAPE_PAINT.band(LEVEL_STYLE[l], l)),
	bar: byLevel((l) => SHAPE_PAINT.bar(LEVEL_STYLE[l], l)),
	fade: byLevel((l) => SHAPE_PAINT.fade(LEVEL_STYLE[l], l))
};

/** The selected event's highlight, behind its mark and label. */
export const HIGHLIGHT_PAINT = paint({ fill: INK.highlight, stroke: INK.selected, strokeWidth: 1.5 });
/** The keyboard focus ring around an event. */
export const FOCUS_PAINT = paint({ stroke: INK.focus, strokeWidth: 2.5 });
/** The keyboard focus ring of a cluster: its pill's outline. */
export const CLUSTER_FOCUS_PAINT = paint({ stroke: INK.focus, strokeWidth: 3 });
/** A cluster's pill. */
export const CLUSTER_PAINT = paint({ fill: INK.cluster });
/** The drawing's background. */
export const BACKGROUND_PAINT = paint({ fill: INK.background });
/** The band behind the tick labels. */
export const AXIS_BAND_PAINT = paint({ fill: INK.axisBand });
/** Eras behind the marks, in two alternating tones so neighbouring eras stay apart. */
export const ERA_PAINTS: readonly Paint[] = [
	paint({ fill: INK.era, fillOpacity: 0.07 }),
	paint({ fill: INK.era, fillOpacity: 0.14 })
];

/** Every other band of the lanes mode, faintly shaded so a band reads as one row. */
export const LANE_SHADE_PAINT = paint({ fill: INK.era, fillOpacity: 0.05 });
/** The ticks where the events the filters leave out lie. */
export const REST_PAINT = paint({ fill: INK.muted, fillOpacity: 0.45 });
/** The line joining one event's marks in several lanes. */
export const LINK_DASH: Dash = Object.freeze([2, 3]);

/** Fonts of the drawing. */
export const FONTS = {
	label: font(LABEL_FONT_PX),
	/** Labels of weak levels. */
	weakLabel: font(LABEL_FONT_PX, 'normal', 'italic'),
	tick: font(11),
	context: font(12, 'bold'),
	count: font(12, 'bold'),
	era: font(11, 'bold'),
	lane: font(11, 'bold')
};

/** How a level's labels are written: colour and font. */
export const LABEL_STYLE: Record<Level, { fill: string; font: Font }> = byLevel((l) => {
	const s = LEVEL_STYLE[l];
	return s.weak ? { fill: s.color, font: FONTS.weakLabel } : { fill: INK.text, font: FONTS.label };
});

/** A dash drawn as a repeating gradient: `on` px in `color`, then `off` px clear. */
export interface DashPaint {
	id: string;
	color: string;
	on: number;
	off: number;
}

/** Id of the screen's gradient paint that strokes `dash` in `color` (see DASH_PAINTS). */
export function dashPaintId(color: string, dash: Dash): string {
	return `dash-${color.replace('#', '')}-${dash.join('-')}`;
}

/**
 * Every dashed outline the marks have, as a stroke paint for the screen. The rasteriser cuts a dashed
 * stroke into hundreds of segments for a wide band on every zoom frame (about 30% of the raster work
 * of a zoom at 10,000 events); a solid stroke painted with a hard-stopped gradient repeating along the
 * diagonal shows the same rhythm along both axes at the cost of a plain stroke. Exports keep
 * stroke-dasharray. Read off MARK_PAINT, so a new dash or colour there has its paint here.
 */
export const DASH_PAINTS: DashPaint[] = [
	...new Map(
		Object.values(MARK_PAINT)
			.flatMap((byLevel) => Object.values(byLevel))
			.filter((p) => p.stroke !== null && p.dash.length === 2)
			.map((p) => {
				const id = dashPaintId(p.stroke!, p.dash);
				return [id, { id, color: p.stroke!, on: p.dash[0]!, off: p.dash[1]! }] as const;
			})
	).values()
];

/** Put before the label of an event whose sources disagree (before, so shortening never drops it). */
export const DISPUTED_GLYPH = '≠ ';

/** The label drawn on the timeline for an event. */
export function eventLabel(title: string, level: Level, disputed: boolean): string {
	return LEVEL_STYLE[level].glyph + (disputed ? DISPUTED_GLYPH : '') + title;
}

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
	/** Fill of point marks: solid for reports, the background for weak ones (hollow reads as "less"). */
	fill: string;
	/** Point marks are drawn as rings, not discs (the badge, too). */
	hollow: boolean;
	/** Dash of the mark's outline, or null for solid. */
	dash: Dash | null;
	/** Put before the label, so print and colour-blind readers see it too. */
	glyph: string;
	/** Its labels are written in its colour and slanted, so a doubtful claim reads as one without colour too. */
	weak: boolean;
}

/** What a level looks like apart from its colour: the same in every palette, so the meaning never changes with the theme. */
const LEVEL_FORM: Record<Level, Omit<LevelStyle, 'color' | 'fill'>> = {
	primary: { hollow: false, dash: null, glyph: '', weak: false },
	corroborated: { hollow: false, dash: null, glyph: '', weak: false },
	single: { hollow: true, dash: null, glyph: '', weak: false },
	unreliable: { hollow: true, dash: [3, 2], glyph: '⚠ ', weak: true },
	unsourced: { hollow: true, dash: [1, 2], glyph: '? ', weak: true }
};

/** Colours of the chrome of a drawing (literal colours: the export carries no CSS variables). */
export interface Ink {
	text: string;
	muted: string;
	grid: string;
	axis: string;
	/** Behind the tick labels. */
	axisBand: string;
	selected: string;
	/** Fill of the selected event's highlight. */
	highlight: string;
	/** Keyboard focus ring. */
	focus: string;
	cluster: string;
	/** A cluster's count, on its pill. */
	onCluster: string;
	background: string;
	/** The exported drawing's border (on screen, the page's box draws it). */
	frame: string;
	/** Eras behind the marks (at a low opacity), and their titles. */
	era: string;
	eraText: string;
}

/** The two colour schemes. */
export type Scheme = 'light' | 'dark';

/** Level colours pass 4.5:1 against the background of their scheme (and its highlight). */
const COLOURS: Record<Scheme, { levels: Record<Level, string>; ink: Ink }> = {
	light: {
		levels: {
			primary: '#1f4e99',
			corroborated: '#0b6e4f',
			single: '#8a5a00',
			unreliable: '#b42318',
			unsourced: '#57606a'
		},
		ink: {
			text: '#1b1f24',
			muted: '#57606a',
			grid: '#e3e7eb',
			axis: '#8c959f',
			axisBand: '#f6f8fa',
			selected: '#111111',
			highlight: '#fff4c2',
			focus: '#0a58ca',
			cluster: '#3d4752',
			onCluster: '#ffffff',
			background: '#ffffff',
			frame: '#d0d7de',
			era: '#57606a',
			eraText: '#3d4752'
		}
	},
	dark: {
		levels: {
			primary: '#6ea8fe',
			corroborated: '#3fb97f',
			single: '#d9a53b',
			unreliable: '#ff8078',
			unsourced: '#9da7b3'
		},
		ink: {
			text: '#e6edf3',
			muted: '#9da7b3',
			grid: '#262c34',
			axis: '#6e7681',
			axisBand: '#161b22',
			selected: '#f0f6fc',
			highlight: '#3b3208',
			focus: '#58a6ff',
			cluster: '#c9d1d9',
			onCluster: '#0d1117',
			background: '#0d1117',
			frame: '#30363d',
			era: '#9da7b3',
			eraText: '#c9d1d9'
		}
	}
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

/** Outline of a month or year band: dashed, because the date is only that precise. */
export const BAND_DASH: Dash = [4, 3];

/** How each shape of mark is painted in a level's style, with the fade of its uncertain intervals. */
const SHAPE_PAINT: Record<MarkShape, (s: LevelStyle, fade: Gradient) => Paint> = {
	point: (s) => paint({ fill: s.fill, stroke: s.color, strokeWidth: 2, dash: s.dash ?? SOLID }),
	band: (s) => paint({ fill: s.color, fillOpacity: 0.12, stroke: s.color, dash: BAND_DASH }),
	bar: (s) => paint({ fill: s.color, fillOpacity: 0.3, stroke: s.color, dash: s.dash ?? SOLID }),
	fade: (_, fade) => paint({ gradient: fade })
};

/** A dash drawn as a repeating gradient: `on` px in `color`, then `off` px clear. */
export interface DashPaint {
	id: string;
	color: string;
	on: number;
	off: number;
}

/** Id of the screen's gradient paint that strokes `dash` in `color` (see Palette.dashPaints). */
export function dashPaintId(color: string, dash: Dash): string {
	return `dash-${color.replace('#', '')}-${dash.join('-')}`;
}

/**
 * Every paint and colour of a drawing in one scheme. The scene resolves its shapes against one
 * palette, so the screen's SVG, the canvas and the export draw the same colours from the same
 * objects; the theme only chooses which palette the scene is built with.
 */
export interface Palette {
	scheme: Scheme;
	levels: Record<Level, LevelStyle>;
	ink: Ink;
	/** The fade of each level's uncertain intervals. */
	fade: Record<Level, Gradient>;
	/** Every fade, in level order (weakest first): the gradients a drawing defines. */
	fades: Gradient[];
	/** The paint of a mark's body, by shape and level: one object each, shared by every mark (no allocation per frame). */
	marks: Record<MarkShape, Record<Level, Paint>>;
	/** How a level's labels are written: colour and font. */
	labels: Record<Level, { fill: string; font: Font }>;
	/** The selected event's highlight, behind its mark and label. */
	highlight: Paint;
	/** The keyboard focus ring around an event. */
	focus: Paint;
	/** The keyboard focus ring of a cluster: its pill's outline. */
	clusterFocus: Paint;
	/** A cluster's pill. */
	cluster: Paint;
	/** The drawing's background. */
	background: Paint;
	/** The band behind the tick labels. */
	axisBand: Paint;
	/** Eras behind the marks, in two alternating tones so neighbouring eras stay apart. */
	eras: readonly Paint[];
	/** Every other band of the lanes mode, faintly shaded so a band reads as one row. */
	laneShade: Paint;
	/** The ticks where the events the filters leave out lie. */
	rest: Paint;
	/**
	 * Every dashed outline the marks have, as a stroke paint for the screen. The rasteriser cuts a dashed
	 * stroke into hundreds of segments for a wide band on every zoom frame (about 30% of the raster work
	 * of a zoom at 10,000 events); a solid stroke painted with a hard-stopped gradient repeating along the
	 * diagonal shows the same rhythm along both axes at the cost of a plain stroke. Exports keep
	 * stroke-dasharray. Read off `marks`, so a new dash or colour there has its paint here.
	 */
	dashPaints: DashPaint[];
}

function makePalette(scheme: Scheme): Palette {
	const { levels: colours, ink } = COLOURS[scheme];
	const levels = byLevel((l): LevelStyle => ({
		...LEVEL_FORM[l],
		color: colours[l],
		fill: LEVEL_FORM[l].hollow ? ink.background : colours[l]
	}));
	// The light palette keeps the plain ids (exports made before dark mode have them).
	const fade = byLevel((level): Gradient => ({
		id: scheme === 'light' ? `fade-${level}` : `fade-${scheme}-${level}`,
		stops: FADE_STOPS.map(([offset, opacity]) => ({ offset, color: levels[level].color, opacity }))
	}));
	const marks = Object.fromEntries(
		(Object.keys(SHAPE_PAINT) as MarkShape[]).map((shape) => [
			shape,
			byLevel((l) => SHAPE_PAINT[shape](levels[l], fade[l]))
		])
	) as Record<MarkShape, Record<Level, Paint>>;
	const dashPaints = [
		...new Map(
			Object.values(marks)
				.flatMap((byShape) => Object.values(byShape))
				.filter((p) => p.stroke !== null && p.dash.length === 2)
				.map((p) => {
					const id = dashPaintId(p.stroke!, p.dash);
					return [id, { id, color: p.stroke!, on: p.dash[0]!, off: p.dash[1]! }] as const;
				})
		).values()
	];
	return {
		scheme,
		levels,
		ink,
		fade,
		fades: LEVELS.map((l) => fade[l]),
		marks,
		labels: byLevel((l) =>
			levels[l].weak ? { fill: levels[l].color, font: FONTS.weakLabel } : { fill: ink.text, font: FONTS.label }
		),
		highlight: paint({ fill: ink.highlight, stroke: ink.selected, strokeWidth: 1.5 }),
		focus: paint({ stroke: ink.focus, strokeWidth: 2.5 }),
		clusterFocus: paint({ stroke: ink.focus, strokeWidth: 3 }),
		cluster: paint({ fill: ink.cluster }),
		background: paint({ fill: ink.background }),
		axisBand: paint({ fill: ink.axisBand }),
		eras: [paint({ fill: ink.era, fillOpacity: 0.07 }), paint({ fill: ink.era, fillOpacity: 0.14 })],
		laneShade: paint({ fill: ink.era, fillOpacity: 0.05 }),
		rest: paint({ fill: ink.muted, fillOpacity: 0.45 }),
		dashPaints
	};
}

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

/** The palettes by scheme, built once (the screen's caches key on their paint objects). */
export const PALETTES: Record<Scheme, Palette> = { light: makePalette('light'), dark: makePalette('dark') };
/** The light palette: the default of every drawing, and always the share card's. */
export const LIGHT = PALETTES.light;
/** The light palette's level styles, colours and mark paints (the legend, the badge's fallback, the share card). */
export const LEVEL_STYLE = LIGHT.levels;
export const INK = LIGHT.ink;
export const MARK_PAINT = LIGHT.marks;
export const FADE = LIGHT.fade;
export const FADES = LIGHT.fades;
export const DASH_PAINTS = LIGHT.dashPaints;

/** Put before the label of an event whose sources disagree (before, so shortening never drops it). */
export const DISPUTED_GLYPH = '≠ ';

/** The label drawn on the timeline for an event. */
export function eventLabel(title: string, level: Level, disputed: boolean): string {
	return LEVEL_STYLE[level].glyph + (disputed ? DISPUTED_GLYPH : '') + title;
}

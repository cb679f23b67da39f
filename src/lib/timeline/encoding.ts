/**
 * How corroboration is drawn, shared by the screen, the legend and the SVG export. Colour is never
 * the only cue: weak levels also change the mark's fill and dash, and labels carry a glyph.
 */
import { LEVELS, type Level } from '$lib/data/levels';

export interface LevelStyle {
	color: string;
	/** Fill of point marks: solid for reports, white for weak ones (hollow reads as "less"). */
	fill: string;
	/** SVG stroke-dasharray, or null for solid. */
	dash: string | null;
	/** Put before the label, so print and colour-blind readers see it too. */
	glyph: string;
}

/** Colours pass 4.5:1 against white. */
export const LEVEL_STYLE: Record<Level, LevelStyle> = {
	primary: { color: '#1f4e99', fill: '#1f4e99', dash: null, glyph: '' },
	corroborated: { color: '#0b6e4f', fill: '#0b6e4f', dash: null, glyph: '' },
	single: { color: '#8a5a00', fill: '#ffffff', dash: null, glyph: '' },
	unreliable: { color: '#b42318', fill: '#ffffff', dash: '3 2', glyph: '⚠ ' }
};

/** Outline of a month or year band: dashed, because the date is only that precise. */
export const BAND_DASH = '4 3';

/** A dash drawn as a repeating gradient: `on` px in the level's colour, then `off` px clear. */
export interface DashPaint {
	id: string;
	color: string;
	on: number;
	off: number;
}

/** Id of the gradient that strokes `dash` in the colour of `level`. */
export function dashPaintId(level: Level, dash: string): string {
	return `dash-${level}-${dash.replace(/\s+/g, '-')}`;
}

/**
 * Every dashed outline the screen draws, as a stroke paint. The rasteriser cuts a dashed stroke into
 * hundreds of segments for a wide band on every zoom frame (about 30% of the raster work of a zoom
 * at 10,000 events); a solid stroke painted with a hard-stopped gradient repeating along the diagonal shows
 * the same rhythm along both axes at the cost of a plain stroke. Exports keep stroke-dasharray.
 */
export const DASH_PAINTS: DashPaint[] = LEVELS.flatMap((level) => {
	const { color, dash } = LEVEL_STYLE[level];
	return [...new Set([BAND_DASH, ...(dash ? [dash] : [])])].map((d) => {
		const [on, off] = d.split(/\s+/).map(Number) as [number, number];
		return { id: dashPaintId(level, d), color, on, off };
	});
});

/** Put before the label of an event whose sources disagree (before, so shortening never drops it). */
export const DISPUTED_GLYPH = '≠ ';

/** The label drawn on the timeline for an event. */
export function eventLabel(title: string, level: Level, disputed: boolean): string {
	return LEVEL_STYLE[level].glyph + (disputed ? DISPUTED_GLYPH : '') + title;
}

/** Colours of the chrome, also used by the export (no CSS variables leave the page). */
export const INK = {
	text: '#1b1f24',
	muted: '#57606a',
	grid: '#e3e7eb',
	axis: '#8c959f',
	selected: '#111111',
	/** Fill of the selected event's highlight. */
	highlight: '#fff4c2',
	/** Keyboard focus ring. */
	focus: '#0a58ca',
	cluster: '#3d4752',
	background: '#ffffff'
};

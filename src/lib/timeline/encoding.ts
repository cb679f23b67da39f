/**
 * How corroboration is drawn, shared by the screen, the legend and the SVG export. Colour is never
 * the only cue: weak levels also change the mark's fill and dash, and labels carry a glyph.
 */
import type { Level } from '$lib/data/provenance';

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
	cluster: '#3d4752',
	background: '#ffffff'
};

/** Lengths of the timeline drawing, shared by the screen, the canvas, the legend and the SVG export (through the scene). */

/** Height of one label lane, px. */
export const LANE_H = 28;
/** Height of the axis band at the top of the timeline, px. */
export const AXIS_H = 44;
/** Height of the cluster row at the bottom, px. */
export const CLUSTER_H = 30;

/** A band, bar or fade: `height` px tall, centred on its lane, corners rounded by `radius`. */
export const SPAN = { height: 18, radius: 2 };
/** A label's baseline, px below its lane's centre line. */
export const LABEL_BASELINE = 4;

/** Height of a cluster mark (a pill). */
export const CLUSTER_MARK_H = 20;
/** Where a cluster's count starts inside its pill (its baseline). */
export const CLUSTER_COUNT = { x: 8, y: 14 };
/** The selected event's highlight: `pad` px around its mark and label, `height` px tall, centred on its lane. */
export const HIGHLIGHT = { pad: 4, height: 24, radius: 4 };
/** The keyboard focus ring around an event, outside its highlight. */
export const FOCUS_RING = { pad: 6, height: 28, radius: 5 };

/**
 * The axis: grid lines start `gridFrom` px above the axis line and run to the bottom; tick labels sit
 * `labelX` px right of their tick, baseline `labelUp` px above the axis line; context labels (the year,
 * the day) at `contextY` from the top.
 */
export const TICKS = { gridFrom: 8, labelX: 4, labelUp: 10, contextY: 15 };

/** An era's band runs from the axis line to the cluster row; its title sits `labelX` px in, `labelUp` px above the band's foot. */
export const ERA = { labelX: 4, labelUp: 6 };

/** A lane band's title: `x` px in, baseline `y` px below the band's top. */
export const LANE_TITLE = { x: 6, y: 13 };
/** Height of the faint ticks under the axis that say where the events the filters leave out lie. */
export const REST_TICK_H = 5;

/** Centre line of a lane. */
export function laneY(lane: number): number {
	return AXIS_H + 6 + lane * LANE_H + LANE_H / 2;
}

/** Top of the cluster marks in a drawing `height` px tall. */
export function clusterY(height: number): number {
	return height - CLUSTER_H + 4;
}

/** How many lanes fit in a drawing `height` px tall. */
export function lanesFor(height: number): number {
	return Math.max(2, Math.floor((height - AXIS_H - CLUSTER_H - 8) / LANE_H));
}

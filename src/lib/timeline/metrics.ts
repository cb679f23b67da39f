/** Vertical metrics of the timeline drawing, shared by the screen and the SVG export. */

/** Height of one label lane, px. */
export const LANE_H = 28;
/** Height of the axis band at the top of the timeline, px. */
export const AXIS_H = 44;
/** Height of the cluster row at the bottom, px. */
export const CLUSTER_H = 30;

/** Height of a cluster mark (a pill). */
export const CLUSTER_MARK_H = 20;
/** The selected event's highlight: `pad` px around its mark and label, `height` px tall, centred on its lane. */
export const HIGHLIGHT = { pad: 4, height: 24, radius: 4 };
/** The keyboard focus ring around an event, outside its highlight. */
export const FOCUS_RING = { pad: 6, height: 28, radius: 5 };

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

/**
 * Which mark is under a point of the drawing: the canvas renderer's answer to a click or a hover,
 * read from the same `Layout` it painted.
 */
import type { Layout } from './layout';
import { CLUSTER_MARK_H, HIGHLIGHT, LANE_H, laneY, clusterY } from './metrics';
import type { MarkFocus } from './paint';

/** A pointer this close to a mark's ends still takes it (a point's stroke reaches past its radius). */
const SLOP_PX = 3;

/** The mark at (x, y) in a drawing `height` px tall, or null. */
export function markAt(layout: Layout, height: number, x: number, y: number): MarkFocus {
	const cy0 = clusterY(height);
	if (y >= cy0 && y <= cy0 + CLUSTER_MARK_H) {
		const index = layout.clusters.findIndex((c) => x >= c.x0 - SLOP_PX && x <= c.x1 + SLOP_PX);
		if (index >= 0) return { kind: 'cluster', index };
	}
	const lane = Math.round((y - laneY(0)) / LANE_H);
	if (lane < 0 || Math.abs(y - laneY(lane)) > HIGHLIGHT.height / 2) return null;
	// An event answers across its highlight's extent. Labels in one lane keep a gap wider than twice the slop, so at most one event answers.
	const hit = layout.events.find((p) => p.lane === lane && x >= p.left - SLOP_PX && x <= p.right + SLOP_PX);
	return hit ? { kind: 'event', id: hit.id } : null;
}

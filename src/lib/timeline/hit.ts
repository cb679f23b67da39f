/**
 * Which mark is under a point of the drawing: the canvas renderer's answer to a click or a hover,
 * read from the same scene it painted.
 */
import { HIGHLIGHT } from './metrics';
import type { MarkRef, Scene } from './scene';

/** A pointer this close to a mark's ends still takes it (a point's stroke reaches past its radius). */
const SLOP_PX = 3;

/** The mark at (x, y) of a scene's drawing, or null. */
export function markAt(scene: Scene, x: number, y: number): MarkRef {
	for (const c of scene.clusters) {
		const { pill } = c;
		// Clusters share one row: a point above or below the first is off all of them.
		if (y < c.y + pill.y || y > c.y + pill.y + pill.height) break;
		if (x >= c.x + pill.x - SLOP_PX && x <= c.x + pill.x + pill.width + SLOP_PX)
			return { kind: 'cluster', index: c.index };
	}
	// An event answers across its highlight's extent. Labels in one lane keep a gap wider than twice the
	// slop, and lanes lie further apart than a highlight is tall, so at most one event answers.
	const half = HIGHLIGHT.height / 2;
	const hit = scene.events.find((e) => Math.abs(y - e.y) <= half && x >= e.left - SLOP_PX && x <= e.right + SLOP_PX);
	return hit ? { kind: 'event', id: hit.id } : null;
}

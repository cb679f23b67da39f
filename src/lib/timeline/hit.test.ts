import { describe, expect, it } from 'vitest';
import { markAt } from './hit';
import type { Layout, PlacedEvent, Cluster } from './layout';
import { laneY, clusterY } from './metrics';
import { buildScene } from './scene';

const placed = (id: string, lane: number, left: number, right: number): PlacedEvent => ({
	id,
	lane,
	left,
	right,
	label: id,
	labelX: left + 13,
	geom: { shape: 'point', x0: left + 5, x1: left + 5, cx: left + 5 }
});
const cluster = (x0: number, x1: number): Cluster => ({
	x0,
	x1,
	count: 3,
	start: 0,
	end: 1,
	firstId: 'c',
	ranges: [[0, 3]]
});
const layout: Layout = {
	events: [placed('a', 0, 10, 120), placed('b', 0, 140, 260), placed('c', 1, 10, 200)],
	clusters: [cluster(300, 340), cluster(350, 390)],
	lanesUsed: 2,
	aggregated: false
};
const H = 300;
const scene = buildScene({
	width: 800,
	height: H,
	layout,
	axis: { unit: 'month', step: 1, ticks: [], context: [] },
	levelOf: () => 'single',
	selectedId: null,
	focus: null
});

describe('markAt: the mark under a point, from the scene the canvas painted', () => {
	const rows: { name: string; x: number; y: number; expected: ReturnType<typeof markAt> }[] = [
		{ name: 'on a label in lane 0', x: 60, y: laneY(0), expected: { kind: 'event', id: 'a' } },
		{ name: 'on the next label of the same lane', x: 150, y: laneY(0) + 8, expected: { kind: 'event', id: 'b' } },
		{ name: 'in the gap between two labels', x: 130, y: laneY(0), expected: null },
		{ name: 'just left of a mark, on its stroke', x: 8, y: laneY(0), expected: { kind: 'event', id: 'a' } },
		{ name: 'on a label in lane 1', x: 190, y: laneY(1) - 10, expected: { kind: 'event', id: 'c' } },
		{ name: 'between two lanes, outside both highlights', x: 60, y: (laneY(0) + laneY(1)) / 2, expected: null },
		{ name: 'in an empty lane', x: 60, y: laneY(3), expected: null },
		{ name: 'on the axis', x: 60, y: 10, expected: null },
		{ name: 'on the second cluster', x: 360, y: clusterY(H) + 10, expected: { kind: 'cluster', index: 1 } },
		{ name: 'beside the clusters, in their row', x: 200, y: clusterY(H) + 10, expected: null },
		{ name: 'above the cluster row, over a cluster', x: 320, y: clusterY(H) - 3, expected: null }
	];
	for (const r of rows) it(r.name, () => expect(markAt(scene, r.x, r.y)).toEqual(r.expected));
});

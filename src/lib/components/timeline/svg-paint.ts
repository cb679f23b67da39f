/**
 * A scene paint as SVG presentation attributes, for the screen's marks. Null leaves an attribute out
 * (at its SVG default). Cached per shared paint, so a mark's template reads one object a frame
 * instead of working out five attributes.
 */
import type { ShapePrim } from '$lib/timeline/scene';
import { dashPaintId, type Paint } from '$lib/timeline/encoding';

/** The attributes of a paint. */
export interface SvgPaint {
	fill: string;
	fillOpacity: number | null;
	stroke: string | null;
	strokeWidth: number | null;
	dasharray: string | null;
}

const cache = { rect: new WeakMap<Paint, SvgPaint>(), circle: new WeakMap<Paint, SvgPaint>() };

/**
 * The attributes of a shape's paint. A moving dashed rect is stroked with a repeating-gradient paint
 * (see DASH_PAINTS): a dashed stroke is cut into segments on every zoom frame. A point is small and
 * round, so it keeps its dasharray, as does a drawing that never moves (`dasharray`). Gradient ids
 * are prefixed with `ids` (the legend defines its own).
 */
export function svgPaint(s: ShapePrim, ids = '', dasharray = false): SvgPaint {
	const shared = ids === '' && !dasharray;
	const hit = shared ? cache[s.kind].get(s.paint) : undefined;
	if (hit) return hit;
	const p = s.paint;
	const dashed = p.stroke !== null && p.dash.length > 0;
	const painted = dashed && s.kind === 'rect' && !dasharray;
	const a: SvgPaint = {
		fill: p.gradient ? `url(#${ids}${p.gradient.id})` : (p.fill ?? 'none'),
		fillOpacity: p.fillOpacity === 1 ? null : p.fillOpacity,
		stroke: painted ? `url(#${ids}${dashPaintId(p.stroke!, p.dash)})` : p.stroke,
		strokeWidth: p.stroke && p.strokeWidth !== 1 ? p.strokeWidth : null,
		dasharray: dashed && !painted ? p.dash.join(' ') : null
	};
	if (shared) cache[s.kind].set(p, a);
	return a;
}

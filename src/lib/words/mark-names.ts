/** Accessible names of the marks, the same for the SVG and the canvas renderer. */
import type { TimelineEvent } from '$lib/data/model';
import type { Cluster } from '../timeline/layout';
import { formatWhenShort } from '../time/dates';

/** An event mark's name: starts with the title, then the date and the verdict. */
export function eventMarkName(e: TimelineEvent): string {
	return `${e.title}, ${formatWhenShort(e.when)}, ${e.corroboration.verdict}`;
}

/** A cluster mark's name: how many, from when, and what activating it does. */
export function clusterMarkName(c: Cluster, first: TimelineEvent): string {
	return `${c.count} more events, ${formatWhenShort(first.when)} onwards; zoom in`;
}

/** Accessible names of the marks, the same for the SVG and the canvas renderer, in the page's language. */
import type { TimelineEvent } from '$lib/data/model';
import { verdictText } from './verdict';
import type { Cluster } from '../timeline/layout';
import type { Words } from './words';

/** An event mark's name: starts with the title, then the date and the verdict; in lanes mode, the lanes it is drawn in. */
export function eventMarkName(e: TimelineEvent, words: Words, lanes: readonly string[] = []): string {
	const t = words.m.timeline.mark;
	const name = t.event({
		title: e.title,
		when: words.date.short(e.when),
		verdict: verdictText(e.corroboration, words)
	});
	return lanes.length ? name + t.inLanes(lanes, words.num) : name;
}

/** A cluster mark's name: how many, from when, and what activating it does. */
export function clusterMarkName(c: Cluster, first: TimelineEvent, words: Words): string {
	return words.m.timeline.mark.cluster({ count: c.count, from: words.date.short(first.when) }, words.num);
}

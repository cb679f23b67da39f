/** What the site's pages are given by their load functions (plain data: it is serialised into the page). */
import type { TimelineFile } from '$lib/data/schema';

/** A timeline's page or one of its events' pages. */
export interface TimelinePageData {
	kind: 'timeline';
	/** The timeline as published (Sourceline JSON). */
	file: TimelineFile;
	/** Where its pages start: "" for the home timeline, "/<id>" for the others. */
	path: string;
	/** The event a permanent page opens on. */
	eventId: string | null;
	/** The list of the site's timelines, when it has more than one. */
	listPath: string | null;
}

/** One line of the list of timelines. */
export interface ListItem {
	id: string;
	title: string;
	description: string | null;
	path: string;
	/** [earliest start, latest end] in UTC ms, null when it has no events. */
	span: [number, number] | null;
	events: number;
	/** Events only unreliable sources carry. */
	unreliableOnly: number;
	/** Events that name no source. */
	unsourced: number;
}

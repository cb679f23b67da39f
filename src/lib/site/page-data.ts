/** What the site's pages are given by their load functions (plain data: it is serialised into the page). */
import type { PublishedFile } from '$lib/data/model';

/** A timeline's page or one of its events' pages. */
export interface TimelinePageData {
	kind: 'timeline';
	/**
	 * The timeline as published (Sourceline JSON); on an event page only that event, its neighbours
	 * and their sources, so a timeline of a thousand events is not written into a thousand pages.
	 */
	file: PublishedFile;
	/** Where the whole timeline is, when `file` is only part of it; null when it is all there. */
	rest: string | null;
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

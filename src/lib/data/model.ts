/** The loaded, normalised timeline the app works with (see `load.ts`). */
import type { When } from '../time/dates';
import type { ArchiveInput, EventInput, SourceInput, TimelineFile } from './schema';
import type { Corroboration } from './levels';

/**
 * A source's archived copy as the app holds it: as written in the file, or, on a published page,
 * without its text, which the site serves at `textHref` and the panel fetches when a reader asks.
 */
export interface Archive extends Omit<ArchiveInput, 'text'> {
	text?: string;
	/**
	 * Set on a published page only, where the text is not carried: every quote credited to the source
	 * was checked against the text when the site was built (the build fails otherwise).
	 */
	textHref?: string;
}

/** A source as written in the file (its archived text left out on a published page). */
export interface Source extends Omit<SourceInput, 'archive'> {
	archive?: Archive;
}

/** A timeline file as a published page carries it: archived texts may be left out (see `Archive`). */
export interface PublishedFile extends Omit<TimelineFile, 'sources'> {
	sources: Source[];
}

/** An event with its parsed date, its place in time order and its corroboration, all set at load. */
export interface TimelineEvent extends EventInput {
	when: When;
	/** Index in the sorted `events` array. */
	order: number;
	/** How well its sources support it (see `provenance.ts`); depends only on the file. */
	corroboration: Corroboration;
}

/** A labelled span of time drawn behind the marks, with its dates parsed. */
export interface Era {
	title: string;
	when: When;
}

/** A valid timeline: events sorted by date, lookups by id (Maps, so no id can touch a prototype). */
export interface Timeline {
	id: string;
	title: string;
	description?: string;
	language: string;
	sources: Source[];
	events: TimelineEvent[];
	sourceById: Map<string, Source>;
	eventById: Map<string, TimelineEvent>;
	/** [earliest start, latest end] in UTC ms, null when there are no events. */
	extent: [number, number] | null;
	/** Labelled spans drawn behind the marks, in time order (none for most timelines). */
	eras: Era[];
	/** Longest event span in ms, to find events that start before a window but reach into it. */
	maxSpan: number;
}

/** The timeline on screen, where it came from, and what is loading or failed to load. */
import type { Timeline } from '$lib/data/model';
import type { ImportReport, Issue } from '$lib/data/formats/types';
import type { Place } from '$lib/url/address';

/** A file that was refused, with every problem found in it. */
export interface Failure {
	file: string;
	errors: Issue[];
}

/** What came in with a file the reader opened, and what the conversion changed. */
/** How far a load has got: reading the file (a share from 0 to 1), checking it, drawing it. */
export type LoadStage = { stage: 'reading'; share: number } | { stage: 'checking' } | { stage: 'drawing' };

export interface Opened {
	report: ImportReport;
	warnings: Issue[];
}

export class Dataset {
	/** The timeline on screen; replaced whole, never mutated. */
	timeline = $state.raw<Timeline>() as Timeline;
	/** Where it lives: the shape of its addresses depends on it. */
	place = $state.raw<Place>() as Place;
	/** The file name of a timeline that is not the built-in story. */
	name = $state('');
	/** Name of a file being fetched or parsed, or null; the timeline is aria-busy meanwhile. */
	loading = $state<string | null>(null);
	/** How far the load has got (shown as "reading 45 %", "checking"), or null. */
	progress = $state.raw<LoadStage | null>(null);
	/** The last file refused; the timeline on screen stays as it was. */
	failed = $state.raw<Failure | null>(null);
	/** The import report of the file on screen, when the reader opened one. */
	opened = $state.raw<Opened | null>(null);

	/** Loads under way: `loading` clears only when the last of them ends. */
	#pending = 0;

	/** A load starts (shown as "Loading <name>…"); call what it returns when it has been drawn. */
	begin(name: string): () => void {
		this.#pending++;
		this.loading = name;
		let ended = false;
		return () => {
			if (ended) return;
			ended = true;
			if (--this.#pending > 0) return;
			this.loading = null;
			this.progress = null;
		};
	}

	constructor(timeline: Timeline, place: Place) {
		this.timeline = timeline;
		this.place = place;
	}

	/** Put a timeline on screen (a picked file, a `?data=` link, the story again). */
	show(timeline: Timeline, place: Place, name = '', opened: Opened | null = null) {
		this.timeline = timeline;
		this.place = place;
		this.name = name;
		this.failed = null;
		this.opened = opened;
	}
}

/** The timeline on screen, where it came from, and what is loading or failed to load. */
import type { Timeline } from '$lib/data/model';
import type { LoadError } from '$lib/data/load';
import type { Place } from '$lib/url/address';

/** A file that was refused, with every problem found in it. */
export interface Failure {
	file: string;
	errors: LoadError[];
}

export class Dataset {
	/** The timeline on screen; replaced whole, never mutated. */
	timeline = $state.raw<Timeline>() as Timeline;
	/** Where it lives: the shape of its addresses depends on it. */
	place = $state.raw<Place>({ kind: 'story' });
	/** The file name of a timeline that is not the built-in story. */
	name = $state('');
	/** Name of a file being fetched or parsed, or null; the timeline is aria-busy meanwhile. */
	loading = $state<string | null>(null);
	/** The last file refused; the timeline on screen stays as it was. */
	failed = $state.raw<Failure | null>(null);

	constructor(timeline: Timeline) {
		this.timeline = timeline;
	}

	/** Put a timeline on screen (a picked file, a `?data=` link, the story again). */
	show(timeline: Timeline, place: Place, name = '') {
		this.timeline = timeline;
		this.place = place;
		this.name = name;
		this.failed = null;
	}
}

/** A problem in a timeline file, in the words every loader uses. */
import { LIMITS } from './limits';
import { issue, type Coded } from './issue-codes';

/** One problem in one file: its code and values. */
export type LoadError = Coded & {
	file: string;
	/** JSON path like `events[3].quotes[0].source`, or "(file)" for the file as a whole. */
	path: string;
	/** The event, for a warning about an event as a whole (its `path` says `event "id"`). */
	event?: string;
};

/** A problem with the file as a whole. */
export function fileError(file: string, c: Coded): LoadError {
	return { file, path: '(file)', ...c };
}

/** The error for a file over the size limit. */
export function tooBig(file: string, size: number): LoadError {
	return fileError(file, issue('fileTooBig', { size, limit: LIMITS.fileBytes }));
}

/** A problem in a timeline file, in the words every loader uses. */
import { LIMITS } from './limits';

/** One problem in one file. */
export interface LoadError {
	file: string;
	/** JSON path like `events[3].quotes[0].source`, or "(file)" for the file as a whole. */
	path: string;
	message: string;
}

/** The error for a file over the size limit. */
export function tooBig(file: string, size: number): LoadError {
	const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
	return {
		file,
		path: '(file)',
		message: `is ${mb(size)} MB; the limit is ${mb(LIMITS.fileBytes)} MB`
	};
}

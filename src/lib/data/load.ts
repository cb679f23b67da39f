/**
 * The one door every timeline comes through (file picker, `?data=`, the build): JSON text in, either
 * a valid, sorted, normalised timeline or a list of errors that each name the file, the JSON path and
 * the reason in plain words. In the browser it runs in the validating worker (load.worker.ts), or on
 * the main thread for a small file through check.ts (load-async.ts); valibot and the hashing code are
 * not part of the page's own JavaScript.
 */
import * as check from './check';
import { sha256Hex } from './digest';
import type { LoadError } from './errors';

export { formatPath, MAX_ERRORS, type LoadResult } from './check';
export type { LoadError } from './errors';

/** Every problem in unknown JSON (schema and cross checks), sorted by path; [] when it is valid. */
export const validateTimeline = (json: unknown, file: string): LoadError[] =>
	check.validateTimeline(json, file, sha256Hex);

/** Turn unknown JSON into a timeline or precise errors; `json` itself is left as it was. */
export const loadTimelineData = (json: unknown, file: string): check.LoadResult =>
	check.loadTimelineData(json, file, sha256Hex);

/** Parse JSON text (size-checked) into a timeline or precise errors. */
export const loadTimelineText = (text: string, file: string): check.LoadResult =>
	check.loadTimelineText(text, file, sha256Hex);

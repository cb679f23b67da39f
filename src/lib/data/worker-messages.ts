/** What the page and the validating worker (load.worker.ts) say to each other. */
import type { LoadError } from './load';

/** Page → worker: a timeline's text to validate. */
export interface ValidateRequest {
	text: string;
	file: string;
}

/** Worker → page: sent once when its code has run and it listens; text posted earlier may wait. */
export const WORKER_READY = 'ready';

/** Worker → page: a request's text has arrived and is being checked. */
export const WORKER_RECEIVED = 'received';

/** Worker → page: `WORKER_READY`, then for each request `WORKER_RECEIVED` and its errors ([] when valid). */
export type WorkerReply = typeof WORKER_READY | typeof WORKER_RECEIVED | LoadError[];

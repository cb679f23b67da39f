/** What the page and the import worker (import.worker.ts) say to each other. */
import type { PublishedFile } from './model';
import type { ImportReport, Issue } from './formats/types';

/** Page → worker: a file's text to convert and check, or a timeline to write as CSV. */
export type ImportRequest = { kind: 'import'; text: string; file: string } | { kind: 'csv'; file: PublishedFile };

/** Worker → page: sent once when its code has run and it listens. */
export const WORKER_READY = 'ready';

/** Worker → page: the checked file (or its errors), or the CSV text. */
export type ImportReply =
	| typeof WORKER_READY
	| { kind: 'imported'; ok: true; file: PublishedFile; report: ImportReport; warnings: Issue[] }
	| { kind: 'imported'; ok: false; errors: Issue[] }
	| { kind: 'csv'; text: string };

/**
 * The page's side of the import worker: converting a spreadsheet or a TimelineJS file, and writing a
 * timeline as CSV, happen there, so the converters never weigh on the page's own JavaScript.
 */
import importScript from './import.worker.ts?worker&url';
import { cameUp, startWorker } from './load-async';
import { normalise } from './normalise';
import type { PublishedFile } from './model';
import type { ImportResult } from './formats/import';
import type { ImportReply, ImportRequest } from './import-messages';
import { fileError } from './errors';
import { issue } from './issue-codes';

/** One request to a fresh import worker, and its answer (null when no worker could be started). */
async function ask(request: ImportRequest): Promise<Exclude<ImportReply, 'ready'> | null> {
	const w = startWorker(importScript);
	if (!w || !(await cameUp(w))) {
		w?.worker.terminate();
		return null;
	}
	try {
		return await new Promise((resolve) => {
			w.worker.onmessage = (e: MessageEvent<ImportReply>) => e.data !== 'ready' && resolve(e.data);
			w.worker.onerror = () => resolve(null);
			w.worker.postMessage(request);
		});
	} finally {
		w.worker.terminate();
	}
}

/** Convert and check a file's text in the worker; the timeline comes back checked, as a Sourceline file. */
export async function importInWorker(text: string, file: string): Promise<ImportResult> {
	const r = await ask({ kind: 'import', text, file });
	if (!r || r.kind !== 'imported') {
		return { ok: false, errors: [fileError(file, issue('noWorker', {}))] };
	}
	return r.ok ? { ok: true, timeline: normalise(r.file), report: r.report, warnings: r.warnings } : r;
}

/** A timeline as Sourceline CSV, written in the worker; null when it could not be started. */
export async function csvInWorker(file: PublishedFile): Promise<string | null> {
	const r = await ask({ kind: 'csv', file });
	return r?.kind === 'csv' ? r.text : null;
}

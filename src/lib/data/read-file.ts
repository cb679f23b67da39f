/** Read a timeline the author picked or dropped: size-checked before reading, then loaded. */
import { tooBig, type LoadResult } from './load';
import { loadTimelineTextAsync, startWorker, WORKER_THRESHOLD } from './load-async';
import { LIMITS } from './limits';

export async function readTimelineFile(file: File): Promise<LoadResult> {
	if (file.size > LIMITS.fileBytes) return { ok: false, errors: [tooBig(file.name, file.size)] };
	// Bytes are an upper bound of characters; a file big enough for the worker gets it started now.
	const worker = file.size >= WORKER_THRESHOLD ? startWorker() : null;
	try {
		return await loadTimelineTextAsync(await file.text(), file.name, worker);
	} catch (e) {
		worker?.worker.terminate();
		return {
			ok: false,
			errors: [
				{ file: file.name, path: '(file)', message: `could not be read: ${e instanceof Error ? e.message : String(e)}` }
			]
		};
	}
}

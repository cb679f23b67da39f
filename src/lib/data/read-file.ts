/**
 * Read a timeline the author picked or dropped, in any format: size-checked before reading, read
 * with progress, decoded by the one rule (decode.ts), then imported. A large Sourceline JSON file
 * is checked in a worker (load-async.ts) while the page stays responsive.
 */
import { loadTimelineTextAsync, startWorker, WORKER_THRESHOLD } from './load-async';
import { LIMITS } from './limits';
import { fileError, tooBig } from './errors';
import { issue } from './issue-codes';
import { decodeBytes } from './decode';
import type { ImportResult } from './formats/import';
import { counts, looksLikeCsv, looksLikeTimelineJs } from './formats/detect';
import { importInWorker } from './import-client';
import { timelineWarnings } from './warnings';

/** How far a read has got, for "Reading 45 %": a share from 0 to 1, or a stage after reading. */
export type ReadProgress = { stage: 'reading'; share: number } | { stage: 'checking' };

/** Read, check and load a picked or dropped file; every failure becomes errors naming the file. */
export async function readTimelineFile(file: File, onProgress?: (p: ReadProgress) => void): Promise<ImportResult> {
	if (file.size > LIMITS.fileBytes) return { ok: false, errors: [tooBig(file.name, file.size)] };
	// Bytes are an upper bound of characters; a file big enough for the worker gets it started now.
	const worker = file.size >= WORKER_THRESHOLD && !/\.(csv|tsv)$/i.test(file.name) ? startWorker() : null;
	try {
		const decoded = decodeBytes(await readBytes(file, onProgress), file.name);
		if (!decoded.ok) return (worker?.worker.terminate(), decoded);
		const text = decoded.text;
		onProgress?.({ stage: 'checking' });
		// Spreadsheets and TimelineJS files are converted in their own worker; Sourceline JSON is loaded
		// here (a large file checked by the validating worker at the same time).
		if (looksLikeCsv(text, file.name) || looksLikeTimelineJs(text)) {
			worker?.worker.terminate();
			return await importInWorker(text, file.name);
		}
		const loaded = await loadTimelineTextAsync(text, file.name, worker);
		if (!loaded.ok) return loaded;
		const report = { format: 'sourceline-json' as const, ...counts(loaded.timeline), changes: [] };
		return { ok: true, timeline: loaded.timeline, report, warnings: timelineWarnings(loaded.timeline, file.name) };
	} catch (e) {
		worker?.worker.terminate();
		const detail = e instanceof Error ? e.message : String(e);
		return { ok: false, errors: [fileError(file.name, issue('unreadable', { detail }))] };
	}
}

/** A file's bytes, with progress as they are read. */
function readBytes(file: File, onProgress?: (p: ReadProgress) => void): Promise<Uint8Array> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onprogress = (e) => e.lengthComputable && onProgress?.({ stage: 'reading', share: e.loaded / e.total });
		reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
		// Without the browser's reason, the message says "the browser could not read it".
		reader.onerror = () => reject(reader.error ?? new Error(''));
		reader.readAsArrayBuffer(file);
	});
}

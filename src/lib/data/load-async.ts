/** Load timeline text in a Web Worker when the browser has one (falls back to the main thread). */
import { loadTimelineText, normalise, tooBig, type LoadError, type LoadResult } from './load';
import { LIMITS } from './limits';
import type { TimelineFile } from './schema';
import workerScript from './load.worker.ts?worker&url';

/**
 * Below this size (about 20,000 events) parsing and validating on the main thread takes well under
 * half a second, less than starting a worker and copying the text to it; above it, the worker.
 */
const WORKER_THRESHOLD = 8 * 1024 * 1024;

let policy: { createScriptURL(url: string): string } | null | undefined;

/** The worker's script URL, through a Trusted Types policy that accepts only our own origin. */
function workerUrl(): string | URL {
	const url = new URL(workerScript, location.href);
	if (policy === undefined) {
		const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(u: string): string }): { createScriptURL(url: string): string } } }).trustedTypes;
		policy = tt
			? tt.createPolicy('sourceline-worker', {
					createScriptURL: (u: string) => {
						if (new URL(u, location.href).origin !== location.origin) throw new Error('worker must be same-origin');
						return u;
					}
				})
			: null;
	}
	return policy ? policy.createScriptURL(url.href) : url;
}

/**
 * Large files: the worker validates while the main thread parses the same text, on the other core;
 * once the worker finds no error, the main thread's copy becomes the timeline.
 */
export function loadTimelineTextAsync(text: string, file: string): Promise<LoadResult> {
	if (text.length < WORKER_THRESHOLD || typeof Worker === 'undefined') return Promise.resolve(loadTimelineText(text, file));
	if (text.length > LIMITS.fileBytes) return Promise.resolve({ ok: false, errors: [tooBig(file, text.length)] });
	let worker: Worker;
	try {
		worker = new Worker(workerUrl() as URL, { type: 'module' });
	} catch {
		return Promise.resolve(loadTimelineText(text, file));
	}
	const verdict = new Promise<LoadError[] | null>((resolve) => {
		worker.onmessage = (e: MessageEvent<LoadError[]>) => resolve(e.data);
		worker.onerror = () => resolve(null);
	});
	worker.postMessage({ text, file });
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined; // the worker reports the syntax error with its position
	}
	return verdict.then((errors) => {
		worker.terminate();
		if (errors === null) return loadTimelineText(text, file);
		if (errors.length || json === undefined) return { ok: false, errors };
		return { ok: true, timeline: normalise(json as TimelineFile) };
	});
}

/** Load timeline text in a Web Worker when the browser has one (falls back to the main thread). */
import { loadTimelineText, normalise, tooBig, type LoadError, type LoadResult } from './load';
import { LIMITS } from './limits';
import type { TimelineFile } from './schema';
import type { Timeline } from './model';
import workerScript from './load.worker.ts?worker&url';

/**
 * Below this size (about 20,000 events) parsing and validating on the main thread takes well under
 * half a second, less than starting a worker and copying the text to it; above it, the worker.
 */
export const WORKER_THRESHOLD = 8 * 1024 * 1024;

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
 * A worker for the next load, started before the text is there: a worker cannot start while the main
 * thread is busy, so one created next to a 100,000-event parse would wait for it. Null without
 * Worker support (or when the page's policy refuses it); the load then runs on the main thread.
 */
export function startWorker(): Worker | null {
	if (typeof Worker === 'undefined') return null;
	try {
		return new Worker(workerUrl() as URL, { type: 'module' });
	} catch {
		return null;
	}
}

/**
 * Large files: the worker validates while the main thread parses the same text and builds the
 * timeline from it, on the other core; once the worker finds no error, that timeline is the result.
 * `worker` (from `startWorker`, started earlier) is used or ended here either way.
 */
export function loadTimelineTextAsync(text: string, file: string, worker: Worker | null = null): Promise<LoadResult> {
	if (text.length < WORKER_THRESHOLD || text.length > LIMITS.fileBytes) {
		worker?.terminate();
		return Promise.resolve(text.length > LIMITS.fileBytes ? { ok: false, errors: [tooBig(file, text.length)] } : loadTimelineText(text, file));
	}
	const w = worker ?? startWorker();
	if (!w) return Promise.resolve(loadTimelineText(text, file));
	const verdict = new Promise<LoadError[] | null>((resolve) => {
		w.onmessage = (e: MessageEvent<LoadError[]>) => resolve(e.data);
		w.onerror = () => resolve(null);
	});
	w.postMessage({ text, file });
	const built = buildUnchecked(text);
	return verdict.then((errors) => {
		w.terminate();
		if (errors === null) return loadTimelineText(text, file);
		if (errors.length) return { ok: false, errors };
		return built ? { ok: true, timeline: built } : loadTimelineText(text, file);
	});
}

/**
 * The timeline from text not yet validated, or null where it breaks; used only once the worker has
 * found the same text valid, so its result on a bad file is never seen. Counts over the loader's
 * limits are refused first: a hostile file citing a million sources from one event would otherwise
 * keep the main thread busy (corroboration compares an event's sources pairwise) while the worker
 * has long rejected it.
 */
export function buildUnchecked(text: string): Timeline | null {
	try {
		const json = JSON.parse(text) as TimelineFile;
		const within = (x: unknown, max: number) => Array.isArray(x) && x.length <= max;
		if (!within(json.sources, LIMITS.sources) || !within(json.events, LIMITS.events)) return null;
		if (!json.events.every((e) => within(e?.sources, LIMITS.sourcesPerEvent))) return null;
		return normalise(json);
	} catch {
		return null;
	}
}

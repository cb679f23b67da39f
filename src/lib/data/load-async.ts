/** Load timeline text in a Web Worker when the browser has one (falls back to the main thread). */
import type { LoadError, LoadResult } from './check';
import { normalise } from './normalise';
import { LIMITS } from './limits';
import { tooBig } from './errors';
import type { TimelineFile } from './schema';
import type { Timeline } from './model';
import workerScript from './load.worker.ts?worker&url';
import { WORKER_READY, WORKER_RECEIVED, type ValidateRequest, type WorkerReply } from './worker-messages';

/**
 * From this size (about 20,000 events) a file is checked in a worker, started as soon as a load is
 * known to be coming (`startWorker`), before the text is there; a smaller one on the main thread,
 * with the checker's code fetched then (`checker`).
 */
export const WORKER_THRESHOLD = 8 * 1024 * 1024;

/**
 * The main thread's own check, for a browser without a worker: loaded only then, so the schema and
 * its wording (valibot) are not part of the page's JavaScript.
 */
async function loadHere(text: string, file: string): Promise<LoadResult> {
	const check = await checker();
	const parsed = check.parseTimelineText(text, file);
	if (!parsed.ok) return parsed;
	// The hashing code comes only for a file that carries archived texts to hold to their SHA-256.
	const hash = check.digestChecks(parsed.json).length ? (await import('./digest')).sha256Hex : null;
	return check.loadParsed(parsed.json, file, hash);
}

/**
 * The main thread's checker, fetched once. Below WORKER_THRESHOLD it checks the file itself: a
 * worker's start (fetching and compiling its code) took longer than checking a 10,000-event file
 * here (bench: 0.48 s to the first render through the worker, 0.32 s without). Called as soon as a
 * load is known to be coming, so the code is there when the text is.
 */
export const checker = (() => {
	let loading: Promise<typeof import('./check')> | null = null;
	// A failed fetch is forgotten, so the next load tries again.
	return () =>
		(loading ??= import('./check').catch((e: unknown) => {
			loading = null;
			throw e;
		}));
})();

let policy: { createScriptURL(url: string): string } | null | undefined;

/** The worker's script URL, through a Trusted Types policy that accepts only our own origin. */
function workerUrl(script: string): string | URL {
	const url = new URL(script, location.href);
	if (policy === undefined) {
		const tt = (
			globalThis as {
				trustedTypes?: {
					createPolicy(
						name: string,
						rules: { createScriptURL(u: string): string }
					): { createScriptURL(url: string): string };
				};
			}
		).trustedTypes;
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

/** A worker started for a load, and whether it came up: true once its code runs, false if it failed. */
export interface LoadWorker {
	worker: Worker;
	ready: Promise<boolean>;
}

/**
 * A worker for the next load, started before the text is there: a worker cannot start while the main
 * thread is busy, so one created next to a 100,000-event parse would wait for it. Null without
 * Worker support (or when the page's policy refuses it); the load then runs on the main thread.
 */
export function startWorker(script: string = workerScript): LoadWorker | null {
	if (typeof Worker === 'undefined') return null;
	let worker: Worker;
	try {
		worker = new Worker(workerUrl(script) as URL, { type: 'module' });
	} catch {
		return null;
	}
	const ready = new Promise<boolean>((resolve) => {
		worker.onmessage = (e: MessageEvent<WorkerReply>) => resolve(e.data === WORKER_READY);
		worker.onerror = () => resolve(false);
	});
	return { worker, ready };
}

/**
 * A worker that has neither come up nor failed by then is given up: the load would otherwise wait
 * for it forever, showing "Loading …". Generous, since a slow device may take a second or two.
 */
export const WORKER_START_TIMEOUT_MS = 10_000;

/** Whether the worker came up in time. */
export function cameUp(w: LoadWorker): Promise<boolean> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), WORKER_START_TIMEOUT_MS)));
	return Promise.race([w.ready, late]).finally(() => clearTimeout(timer));
}

/**
 * The worker validates while the main thread parses the same text and builds the timeline from it,
 * on the other core; once the worker finds no error, that timeline is the result. `started` (from
 * `startWorker`, started earlier) is used or ended here either way.
 */
export async function loadTimelineTextAsync(
	text: string,
	file: string,
	started: LoadWorker | null = null
): Promise<LoadResult> {
	if (text.length > LIMITS.fileBytes) {
		started?.worker.terminate();
		return { ok: false, errors: [tooBig(file, text.length)] };
	}
	if (text.length < WORKER_THRESHOLD) {
		started?.worker.terminate();
		return loadHere(text, file);
	}
	const w = started ?? startWorker();
	if (!w) return loadHere(text, file);
	// The two halves run side by side only once the text is in the worker: the worker must have come
	// up, and a large message reaches it only while this thread is free. Text posted right before the
	// build below sat unread until the build had finished (traces at 100,000 events: the halves ran
	// one after the other, 0.8 s later).
	if (!(await cameUp(w))) return (w.worker.terminate(), loadHere(text, file));
	let received!: () => void;
	const inWorker = new Promise<void>((resolve) => (received = resolve));
	const verdict = new Promise<LoadError[] | null>((resolve) => {
		// A listener, not onmessage: startWorker's handler still waits for the worker's "ready".
		w.worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
			if (e.data === WORKER_RECEIVED) received();
			else if (e.data !== WORKER_READY) resolve(Array.isArray(e.data) ? e.data : null);
		});
		w.worker.addEventListener('error', () => (received(), resolve(null)));
	});
	const request: ValidateRequest = { text, file };
	w.worker.postMessage(request);
	await inWorker;
	const built = buildUnchecked(text);
	const errors = await verdict;
	w.worker.terminate();
	if (errors === null) return loadHere(text, file);
	if (errors.length) return { ok: false, errors };
	return built ? { ok: true, timeline: built } : loadHere(text, file);
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

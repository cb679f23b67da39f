/** Load timeline text in a Web Worker when the browser has one (falls back to the main thread). */
import { loadTimelineText, type LoadResult } from './load';
import workerScript from './load.worker.ts?worker&url';

/** Below this size, parsing on the main thread takes less than a frame or two; no worker needed. */
const WORKER_THRESHOLD = 256 * 1024;

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

export function loadTimelineTextAsync(text: string, file: string): Promise<LoadResult> {
	if (text.length < WORKER_THRESHOLD || typeof Worker === 'undefined') return Promise.resolve(loadTimelineText(text, file));
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = new Worker(workerUrl() as URL, { type: 'module' });
		} catch {
			resolve(loadTimelineText(text, file));
			return;
		}
		worker.onmessage = (e: MessageEvent<LoadResult>) => {
			worker.terminate();
			resolve(e.data);
		};
		worker.onerror = () => {
			worker.terminate();
			resolve(loadTimelineText(text, file));
		};
		worker.postMessage({ text, file });
	});
}

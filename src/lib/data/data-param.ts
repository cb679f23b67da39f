/**
 * The `?data=<url>` parameter: checked, fetched (size-capped) and loaded (validated in a worker).
 * Started as early as possible, before hydration finishes, since a large file takes a while.
 */
import { fetchTimelineText, fileNameOf, resolveDataUrl } from './fetch-timeline';
import { checker, loadTimelineTextAsync, startWorker, WORKER_THRESHOLD, type LoadWorker } from './load-async';
import { LIMITS } from './limits';
import type { LoadResult } from './load';
import { fileError } from './errors';

export interface DataRequest {
	/** The parameter as written in the link (what a shared address carries on). */
	param: string;
	/** Short name of the file, for "Loading …" and error messages. */
	name: string;
	result: Promise<LoadResult>;
}

/** `fetch`, except that the request static/early-data.js already started for `url` is taken (once). */
function earlyFetch(url: URL): typeof fetch {
	const early = window.__sourcelineEarlyData;
	delete window.__sourcelineEarlyData;
	if (early?.href === url.href) return () => early.response;
	return fetch;
}

/** Start loading the page's `?data=` timeline, or return null when there is none (or several). */
export function requestDataParam(location: Location): DataRequest | null {
	const params = new URLSearchParams(location.search).getAll('data');
	// An empty `data=` names nothing: ignored, like any other malformed parameter.
	if (params.length !== 1 || !params[0]) return null;
	const param = params[0];
	const target = resolveDataUrl(param, new URL(location.href));
	if (!target.ok)
		return {
			param,
			name: '?data=',
			result: Promise.resolve({ ok: false, errors: [fileError('?data=', target.why)] })
		};
	const name = fileNameOf(target.url);
	const result = (async (): Promise<LoadResult> => {
		// Marks for the benchmark's breakdown of the first render (visible in any profiler too).
		performance.mark('sourceline:fetch-start');
		checker().catch(() => {}); // fetched again, and its failure reported, by the load that needs it
		// A worker for a large file starts while its body downloads; for a small one none is started (it
		// would only compete with the app's start, about 0.3 s at 10,000 events).
		const started: { worker: LoadWorker | null } = { worker: null };
		const fetched = await fetchTimelineText(target.url, earlyFetch(target.url), LIMITS.fileBytes, (size) => {
			if (size === null || size >= WORKER_THRESHOLD) started.worker = startWorker();
		});
		performance.mark('sourceline:fetched');
		if (!fetched.ok) started.worker?.worker.terminate();
		const loaded = fetched.ok ? await loadTimelineTextAsync(fetched.text, fetched.file, started.worker) : fetched;
		performance.mark('sourceline:parsed');
		return loaded;
	})();
	return { param, name, result };
}

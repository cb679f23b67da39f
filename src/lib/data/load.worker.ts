/// <reference lib="webworker" />
// Parses and validates a timeline off the main thread, so a 100,000-event file never freezes the page.
import { loadTimelineText } from './load';

self.onmessage = (e: MessageEvent<{ text: string; file: string }>) => {
	const { text, file } = e.data;
	let result;
	try {
		result = loadTimelineText(text, file);
	} catch (err) {
		result = { ok: false, errors: [{ file, path: '(file)', message: `could not be loaded: ${err instanceof Error ? err.message : String(err)}` }] };
	}
	self.postMessage(result);
};

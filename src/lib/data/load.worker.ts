/// <reference lib="webworker" />
// Validates a timeline off the main thread, so checking a 100,000-event file never freezes the page.
// It answers with the errors only ([] when valid): sending 100,000 parsed events back would cost the
// main thread more than parsing the text itself.
import { validateTimeline, type LoadError } from './load';

self.onmessage = (e: MessageEvent<{ text: string; file: string }>) => {
	const { text, file } = e.data;
	let errors: LoadError[];
	try {
		errors = validateTimeline(JSON.parse(text), file);
	} catch (err) {
		errors = [{ file, path: '(file)', message: `is not valid JSON: ${err instanceof Error ? err.message.slice(0, 160) : String(err)}` }];
	}
	self.postMessage(errors);
};

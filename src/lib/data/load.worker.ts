/// <reference lib="webworker" />
// Validates a timeline off the main thread, so checking a 100,000-event file never freezes the page.
// It says when it is up and when a text has arrived (see worker-messages.ts), then answers with the
// errors only ([] when valid): sending 100,000 parsed events back would cost the main thread more
// than parsing the text itself.
import { validateTimeline, type LoadError } from './load';
import { WORKER_READY, WORKER_RECEIVED, type ValidateRequest, type WorkerReply } from './worker-messages';
import { fileError } from './errors';
import { issue } from './issue-codes';

const reply = (message: WorkerReply) => self.postMessage(message);

self.onmessage = (e: MessageEvent<ValidateRequest>) => {
	const { text, file } = e.data;
	reply(WORKER_RECEIVED);
	let errors: LoadError[];
	try {
		errors = validateTimeline(JSON.parse(text), file);
	} catch (err) {
		const detail = err instanceof Error ? err.message.slice(0, 160) : String(err);
		errors = [fileError(file, issue('notJson', { detail }))];
	}
	reply(errors);
};
reply(WORKER_READY);

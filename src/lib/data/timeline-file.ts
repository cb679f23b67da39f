/** A loaded timeline back as a Sourceline file (what "Download as Sourceline JSON / CSV" saves). */
import type { PublishedFile, Timeline } from './model';
import type { EventInput } from './schema';

/**
 * The file for a timeline: what was written, without what loading added (parsed dates, order,
 * verdicts). A timeline from a file has its archived texts; one from a published page has not.
 */
export function timelineFile(t: Timeline): PublishedFile {
	const events = t.events.map((e): EventInput => {
		// eslint-disable-next-line @typescript-eslint/no-unused-vars -- taken off: loading adds them
		const { when, order, corroboration, ...written } = e;
		return written;
	});
	return {
		id: t.id,
		title: t.title,
		...(t.description === undefined ? {} : { description: t.description }),
		language: t.language,
		sources: t.sources,
		...(t.eras.length
			? { eras: t.eras.map((e) => ({ title: e.title, start: e.when.from.text, end: e.when.to.text })) }
			: {}),
		events
	};
}

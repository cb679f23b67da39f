/**
 * What does not stop a timeline from loading but an author should know: events that name no
 * source, plain http: sources, sources dated after the day the check runs. `npm run validate`,
 * the build and the app's import report show them; none of them is an error.
 */
import type { Timeline } from './model';
import type { LoadError } from './load';
import { parseInstant } from '../time/dates';
import type { Coded } from './issue-codes';
import { issue } from './issue-codes';

/** Per kind of warning, at most this many are listed one by one; the rest are counted. */
export const MAX_WARNINGS_PER_KIND = 20;

/** The warnings for a loaded timeline; `now` is the moment "in the future" is measured from. */
export function timelineWarnings(t: Timeline, file: string, now = Date.now()): LoadError[] {
	const out: LoadError[] = [];
	const listed = (items: LoadError[], summary: (n: number) => Coded) => {
		out.push(...items.slice(0, MAX_WARNINGS_PER_KIND));
		if (items.length > MAX_WARNINGS_PER_KIND) out.push({ file, path: '(file)', ...summary(items.length) });
	};
	const unsourced: LoadError[] = [];
	// Paths name the event as the file has it: its position in the file is not kept, its id is.
	for (const e of t.events) {
		if (!e.sources.length) unsourced.push({ file, path: `event "${e.id}"`, event: e.id, ...issue('noSource', {}) });
	}
	listed(unsourced, (count) => issue('noSourceCount', { count, total: t.events.length }));
	const http: LoadError[] = [];
	const future: LoadError[] = [];
	t.sources.forEach((s, i) => {
		if (/^http:/i.test(s.url)) http.push({ file, path: `sources[${i}].url`, ...issue('plainHttp', {}) });
		const p = s.published ? parseInstant(s.published) : null;
		if (p?.ok && p.value.start > now) {
			future.push({ file, path: `sources[${i}].published`, ...issue('futureDate', { date: s.published! }) });
		}
	});
	listed(http, (count) => issue('plainHttpCount', { count }));
	listed(future, (count) => issue('futureCount', { count }));
	return out;
}

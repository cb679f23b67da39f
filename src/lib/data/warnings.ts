/**
 * What does not stop a timeline from loading but an author should know: events that name no
 * source, plain http: sources, sources dated after the day the check runs. `npm run validate`,
 * the build and the app's import report show them; none of them is an error.
 */
import type { Timeline } from './model';
import type { LoadError } from './load';
import { parseInstant } from '../time/dates';

/** Per kind of warning, at most this many are listed one by one; the rest are counted. */
export const MAX_WARNINGS_PER_KIND = 20;

/** The warnings for a loaded timeline; `now` is the moment "in the future" is measured from. */
export function timelineWarnings(t: Timeline, file: string, now = Date.now()): LoadError[] {
	const out: LoadError[] = [];
	const listed = (items: { path: string; message: string }[], summary: (n: number) => string) => {
		for (const w of items.slice(0, MAX_WARNINGS_PER_KIND)) out.push({ file, ...w });
		if (items.length > MAX_WARNINGS_PER_KIND) out.push({ file, path: '(file)', message: summary(items.length) });
	};
	const unsourced: { path: string; message: string }[] = [];
	// Paths name the event as the file has it: its position in the file is not kept, its id is.
	for (const e of t.events) {
		if (!e.sources.length) unsourced.push({ path: `event "${e.id}"`, message: 'no source given' });
	}
	listed(unsourced, (n) => `${n} of ${t.events.length} events name no source`);
	const http: { path: string; message: string }[] = [];
	const future: { path: string; message: string }[] = [];
	t.sources.forEach((s, i) => {
		if (/^http:/i.test(s.url)) http.push({ path: `sources[${i}].url`, message: 'is plain http:, not https:' });
		const p = s.published ? parseInstant(s.published) : null;
		if (p?.ok && p.value.start > now) {
			future.push({ path: `sources[${i}].published`, message: `${s.published} is in the future` });
		}
	});
	listed(http, (n) => `${n} sources are plain http:`);
	listed(future, (n) => `${n} sources are dated in the future`);
	return out;
}

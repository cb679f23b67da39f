/**
 * The archived texts of the site's timelines as static files, `/archives/<timeline>/<source>.txt`:
 * the pages leave them out (a story's archived pages would weigh more than the story), and the
 * panel fetches one when a reader asks to see it, checking it against the SHA-256 the page carries.
 */
import { error } from '@sveltejs/kit';
import { archivedTexts } from '$lib/data/archive-text';
import { timelineFile } from '$lib/data/timeline-file';
import { site } from './content.server';

/** Where the site serves a source's archived text. */
export function archiveHref(timeline: string, source: string): string {
	return `/archives/${timeline}/${source}.txt`;
}

/** Every archived text of every timeline, as route entries. */
export async function archiveEntries(): Promise<{ timeline: string; file: string }[]> {
	const s = await site();
	return s.timelines.flatMap((t) =>
		archivedTexts(timelineFile(t.timeline)).map((a) => ({ timeline: t.timeline.id, file: `${a.source}.txt` }))
	);
}

/** One archived text, exactly as the timeline file has it (UTF-8), so its SHA-256 is the file's. */
export async function archiveResponse(timeline: string, file: string): Promise<Response> {
	const t = (await site()).byId.get(timeline);
	const m = /^([a-z0-9-]+)\.txt$/.exec(file);
	const text = m && t ? t.timeline.sourceById.get(m[1]!)?.archive?.text : undefined;
	if (text === undefined) error(404, 'no such archived text');
	return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** The files the site publishes beside its pages: preview cards and the timelines as data. */
import { error } from '@sveltejs/kit';
import { cardSvg } from '$lib/share/card';
import { renderPng } from '$lib/share/render-png.server';
import { writeSourcelineCsv } from '$lib/data/formats/sourceline-csv';
import { timelineFile } from '$lib/data/timeline-file';
import { publishedTimeline } from './pages.server';
import { site } from './content.server';

/** The preview PNG of an event of a timeline (null: the home timeline). */
export async function cardResponse(timeline: string | null, id: string): Promise<Response> {
	const t = await publishedTimeline(timeline);
	const e = t.timeline.eventById.get(id);
	if (!e) error(404, 'no such event');
	const png = renderPng(cardSvg(t.timeline, e, e.corroboration));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}

/** `<id>.json` and `<id>.csv` for every timeline. */
export async function dataEntries(): Promise<{ file: string }[]> {
	const s = await site();
	return s.timelines.flatMap((t) => [{ file: `${t.timeline.id}.json` }, { file: `${t.timeline.id}.csv` }]);
}

/** A timeline as Sourceline JSON or CSV, whatever format its file in `timelines/` is in. */
export async function dataResponse(file: string): Promise<Response> {
	const m = /^([a-z0-9-]+)\.(json|csv)$/.exec(file);
	if (!m) error(404, 'no such file');
	const t = (await site()).byId.get(m[1]!);
	if (!t) error(404, 'no such timeline');
	return m[2] === 'json'
		? new Response(JSON.stringify(timelineFile(t.timeline), null, '\t') + '\n', {
				headers: { 'content-type': 'application/json' }
			})
		: new Response(writeSourcelineCsv(timelineFile(t.timeline)), {
				headers: { 'content-type': 'text/csv; charset=utf-8' }
			});
}

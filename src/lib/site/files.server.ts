/** The files the site publishes beside its pages: preview cards, the timelines as data, oEmbed documents. */
import { error } from '@sveltejs/kit';
import { cardSvg } from '$lib/share/card';
import { writeSourcelineCsv } from '$lib/data/formats/sourceline-csv';
import { timelineFile } from '$lib/data/timeline-file';
import { withArchiveDigests } from '$lib/data/archive-text';
import { publishedTimeline } from './pages.server';
import { site } from './content.server';
import { oembed, type OEmbed } from '$lib/share/embed';
import { absolute } from '$lib/url/site';
import { eventPath } from '$lib/url/address';
import { loadWords } from '$lib/words/catalogue';
import { localeOf } from '$lib/words/locales';

/**
 * The preview card of an event of a timeline (null: the home timeline), as SVG. The build renders
 * every card to PNG afterwards, in batches of separate processes (scripts/render-cards.ts): resvg's
 * memory is freed only when its process ends, and 20,000 cards rendered in the prerender took
 * more memory than the machine has. A card is in its timeline's language, as the page it previews.
 */
export async function cardResponse(timeline: string | null, id: string): Promise<Response> {
	const t = await publishedTimeline(timeline);
	const e = t.timeline.eventById.get(id);
	if (!e) error(404, 'no such event');
	const words = await loadWords(localeOf(t.timeline.language) ?? 'en');
	return new Response(cardSvg(t.timeline, e, e.corroboration, words), { headers: { 'content-type': 'image/svg+xml' } });
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
		? new Response(JSON.stringify(withArchiveDigests(timelineFile(t.timeline)), null, '\t') + '\n', {
				headers: { 'content-type': 'application/json' }
			})
		: new Response(writeSourcelineCsv(withArchiveDigests(timelineFile(t.timeline))), {
				headers: { 'content-type': 'text/csv; charset=utf-8' }
			});
}

/** `<timeline>.json` for every timeline: its oEmbed document. */
export async function oembedEntries(): Promise<{ file: string }[]> {
	return (await site()).timelines.map((t) => ({ file: `${t.timeline.id}.json` }));
}

/** `<timeline>/<event>.json` for every event of every timeline: their oEmbed documents. */
export async function oembedEventEntries(): Promise<{ timeline: string; file: string }[]> {
	return (await site()).timelines.flatMap((t) =>
		t.timeline.events.map((e) => ({ timeline: t.timeline.id, file: `${e.id}.json` }))
	);
}

/** The oEmbed document of a timeline, or of one of its events (`eventFile` is `<id>.json`). */
export async function oembedResponse(timelineFile: string, eventFile?: string): Promise<Response> {
	const t = (await site()).byId.get(eventFile === undefined ? timelineFile.replace(/\.json$/, '') : timelineFile);
	if (!t || (eventFile === undefined && !timelineFile.endsWith('.json'))) error(404, 'no such timeline');
	let doc: OEmbed;
	if (eventFile === undefined) doc = oembed(absolute(`/embed${t.path}`), t.timeline.title);
	else {
		const e = t.timeline.eventById.get(eventFile.replace(/\.json$/, ''));
		if (!e || !eventFile.endsWith('.json')) error(404, 'no such event');
		doc = oembed(absolute(eventPath(e.id, '/embed', t.path)), `${e.title} — ${t.timeline.title}`);
	}
	return new Response(JSON.stringify(doc, null, '\t') + '\n', { headers: { 'content-type': 'application/json' } });
}

/** What each prerendered page of the site loads; the route files only call these. */
import { error } from '@sveltejs/kit';
import { timelineFile } from '$lib/data/timeline-file';
import { withoutArchivedTexts } from '$lib/data/archive-text';
import { archiveHref } from './archives.server';
import type { PublishedFile, Timeline } from '$lib/data/model';
import { site, type SiteTimeline } from './content.server';
import type { ListItem, TimelinePageData } from './page-data';
import { DEFAULT_LOCALE, localeOf, type Locale } from '$lib/words/locales';

/** The timeline a page shows: by id, or the home timeline for null; a real 404 otherwise. */
async function timelineFor(id: string | null): Promise<SiteTimeline> {
	const s = await site();
	const t = id === null ? (s.plan.home === null ? undefined : s.byId.get(s.plan.home)) : s.byId.get(id);
	// A timeline other than the home one has no pages at the root, and the home one none under its id.
	if (!t || (id !== null && t.path === ''))
		error(404, id === null ? 'This site has no home timeline.' : `No timeline “${id.slice(0, 80)}”.`);
	return t;
}

/** A timeline's page, or one of its events' (an unknown event is a real 404). */
export async function timelinePage(id: string | null, eventId: string | null = null): Promise<TimelinePageData> {
	const s = await site();
	const t = await timelineFor(id);
	if (eventId !== null && !t.timeline.eventById.has(eventId))
		error(404, `No event with the id “${eventId.slice(0, 80)}”.`);
	return {
		kind: 'timeline',
		// Archived texts are fetched by the panel when asked for, not carried by every page.
		file: withoutArchivedTexts(eventId === null ? timelineFile(t.timeline) : excerpt(t.timeline, eventId), (s) =>
			archiveHref(t.timeline.id, s)
		),
		rest: eventId === null ? null : `/data/${t.timeline.id}.json`,
		path: t.path,
		eventId,
		listPath: s.timelines.length > 1 ? s.plan.listPath : null
	};
}

/** An event with its neighbours in time and the sources they cite: what an event page carries itself. */
export function excerpt(t: Timeline, eventId: string): PublishedFile {
	const e = t.eventById.get(eventId)!;
	const near = t.events.slice(Math.max(0, e.order - 1), e.order + 2);
	// With the events they contradict, which a claim's panel links to (and a file must hold).
	const kept = new Set(near);
	for (const x of kept) if (x.contradicts) kept.add(t.eventById.get(x.contradicts)!);
	const events = [...kept].sort((a, b) => a.order - b.order);
	// With the sources they derive from: without its origin, a rewrite would count as independent.
	const cited = new Set(events.flatMap((x) => x.sources));
	for (const id of [...cited]) {
		for (
			let s = t.sourceById.get(id);
			s?.derivedFrom && !cited.has(s.derivedFrom);
			s = t.sourceById.get(s.derivedFrom)
		) {
			cited.add(s.derivedFrom);
		}
	}
	const file = timelineFile({ ...t, events, eras: [] });
	return { ...file, sources: t.sources.filter((s) => cited.has(s.id)) };
}

/** The ids of the timelines that live under their own path (not the home one). */
export async function timelineEntries(): Promise<{ timeline: string }[]> {
	const s = await site();
	return s.timelines.filter((t) => t.path !== '').map((t) => ({ timeline: t.timeline.id }));
}

/** Every event page of the home timeline (none when the root lists the timelines). */
export async function homeEventEntries(): Promise<{ id: string }[]> {
	const s = await site();
	const home = s.plan.home === null ? undefined : s.byId.get(s.plan.home);
	return home ? home.timeline.events.map((e) => ({ id: e.id })) : [];
}

/** Every event page of the timelines under their own path. */
export async function eventEntries(): Promise<{ timeline: string; id: string }[]> {
	const s = await site();
	return s.timelines
		.filter((t) => t.path !== '')
		.flatMap((t) => t.timeline.events.map((e) => ({ timeline: t.timeline.id, id: e.id })));
}

/** The list of the site's timelines. */
export async function listPage(): Promise<{ kind: 'list'; items: ListItem[]; path: string }> {
	const s = await site();
	return {
		kind: 'list',
		path: s.plan.listPath,
		items: s.timelines.map((t) => {
			const tl = t.timeline;
			return {
				id: tl.id,
				title: tl.title,
				description: tl.description ?? null,
				path: t.path || '/',
				span: tl.extent,
				events: tl.events.length,
				unreliableOnly: tl.events.filter((e) => e.corroboration.level === 'unreliable').length,
				unsourced: tl.events.filter((e) => e.corroboration.level === 'unsourced').length
			};
		})
	};
}

/** The root: the home timeline, or the list when there is none. */
export async function rootPage(): Promise<TimelinePageData | { kind: 'list'; items: ListItem[]; path: string }> {
	const s = await site();
	return s.plan.home === null ? listPage() : timelinePage(null);
}

/** A published timeline by id, for cards and data files. */
export async function publishedTimeline(id: string | null): Promise<SiteTimeline> {
	return timelineFor(id);
}

/** The language a page is in by default: its timeline's (the home timeline's where it names none), English where there is none. */
export async function pageLocale(timelineId: string | undefined): Promise<Locale> {
	const s = await site();
	const t =
		timelineId === undefined ? (s.plan.home === null ? undefined : s.byId.get(s.plan.home)) : s.byId.get(timelineId);
	return localeOf(t?.timeline.language) ?? DEFAULT_LOCALE;
}

/** The languages of the site's pages (its timelines' own), each once, in a stable order. */
export async function siteLocales(): Promise<Locale[]> {
	const s = await site();
	const all = [...s.byId.values()].map((t) => localeOf(t.timeline.language) ?? DEFAULT_LOCALE);
	return [...new Set(all)].sort();
}

/**
 * Corroboration, derived from sources and never typed by hand.
 *
 * - A source's *origin* is the top of its `derivedFrom` chain: a rewrite of a report is not
 *   independent of it, and rewrites of one report count once.
 * - Reports from one news agency (`agency`, e.g. DPA's English and German services) count once.
 * - Unreliable sources (known look-alike or fabricating sites) never count as reports.
 * - Independent reports = distinct origins among the remaining sources.
 * - The verdict, strongest first: "primary source" (a primary document is among the sources),
 *   "corroborated by N independent reports", "single report", "only unreliable sources".
 *   "Sources disagree" is added when the event records claims whose variants differ, or when the
 *   event is itself a claim that contradicts another event.
 */
import type { Source, TimelineEvent } from './model';

/** Levels for filters and encodings, weakest first. */
export const LEVELS = ['unreliable', 'single', 'corroborated', 'primary'] as const;
export type Level = (typeof LEVELS)[number];

/** What an event's sources amount to. */
export interface Corroboration {
	level: Level;
	/** Number of independent (non-derivative, reliable) reports. */
	independent: number;
	hasPrimary: boolean;
	/** The event records claims on which its sources differ. */
	disputed: boolean;
	/** The verdict in plain words, e.g. "corroborated by 2 independent reports". */
	verdict: string;
}

/** Follow `derivedFrom` to the top; stops on a cycle (the loader rejects those anyway). */
export function originOf(id: string, sourceById: ReadonlyMap<string, Source>): string {
	const seen = new Set<string>();
	let cur = id;
	for (;;) {
		seen.add(cur);
		const parent = sourceById.get(cur)?.derivedFrom;
		if (parent === undefined || seen.has(parent) || !sourceById.has(parent)) return cur;
		cur = parent;
	}
}

/** What makes a report independent: its agency, else the agency or id of its origin. */
export function independenceKey(id: string, sourceById: ReadonlyMap<string, Source>): string {
	const s = sourceById.get(id);
	if (s?.agency) return `agency:${s.agency.toLowerCase()}`;
	const origin = originOf(id, sourceById);
	const root = sourceById.get(origin);
	return root?.agency ? `agency:${root.agency.toLowerCase()}` : `source:${origin}`;
}

/** Words for a level, as the legend and filter show them. */
export const LEVEL_WORDS: Record<Level, string> = {
	primary: 'primary source',
	corroborated: 'corroborated by independent reports',
	single: 'single report',
	unreliable: 'only unreliable sources'
};

/** Independence keys per source, computed once per source map (events share a few hundred sources). */
const keyCache = new WeakMap<ReadonlyMap<string, Source>, Map<string, string>>();
function cachedKey(id: string, sourceById: ReadonlyMap<string, Source>): string {
	let cache = keyCache.get(sourceById);
	if (!cache) keyCache.set(sourceById, (cache = new Map()));
	let key = cache.get(id);
	if (key === undefined) cache.set(id, (key = independenceKey(id, sourceById)));
	return key;
}

/** The corroboration of one event. */
export function corroborate(
	event: Pick<TimelineEvent, 'sources' | 'claims' | 'contradicts'>,
	sourceById: ReadonlyMap<string, Source>
): Corroboration {
	// A plain array: events cite a handful of sources, and 100,000 Sets would cost more than the scan.
	const origins: string[] = [];
	let hasPrimary = false;
	for (const id of event.sources) {
		const s = sourceById.get(id);
		if (!s || s.kind === 'unreliable') continue;
		if (s.kind === 'primary') hasPrimary = true;
		const key = cachedKey(id, sourceById);
		if (!origins.includes(key)) origins.push(key);
	}
	const independent = origins.length;
	const disputed = (event.claims ?? []).some((c) => c.variants.length > 1) || event.contradicts !== undefined;
	let level: Level;
	let verdict: string;
	if (independent === 0) {
		level = 'unreliable';
		verdict = LEVEL_WORDS.unreliable;
	} else if (hasPrimary) {
		level = 'primary';
		verdict = independent > 1 ? `primary source, with ${independent - 1} more independent report${independent > 2 ? 's' : ''}` : LEVEL_WORDS.primary;
	} else if (independent > 1) {
		level = 'corroborated';
		verdict = `corroborated by ${independent} independent reports`;
	} else {
		level = 'single';
		verdict = LEVEL_WORDS.single;
	}
	if (disputed) verdict += '; sources disagree';
	return { level, independent, hasPrimary, disputed, verdict };
}

/** The level filter in words: as a choice, and as a note on what an export leaves out (null: nothing). */
export const FILTER_WORDS: Record<Level, { choice: string; active: string | null }> = {
	unreliable: { choice: 'All events, look-alike claims included', active: null },
	single: { choice: 'Hide claims only unreliable sources carry', active: 'claims only unreliable sources carry are hidden' },
	corroborated: { choice: 'Only corroborated or primary', active: 'only corroborated or primary events' },
	primary: { choice: 'Only events with a primary source', active: 'only events with a primary source' }
};

/** Rank of a level (0 = weakest), for "at or above" filters. */
export function levelRank(level: Level): number {
	return LEVELS.indexOf(level);
}

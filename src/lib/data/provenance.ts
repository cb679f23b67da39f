/**
 * Corroboration, derived from sources and never typed by hand.
 *
 * - A source's *origin* is the top of its `derivedFrom` chain: a rewrite of a report is not
 *   independent of it, and rewrites of one report count once.
 * - Reports from one news agency (`agency`, e.g. DPA's English and German services) count once.
 * - Unreliable sources (known look-alike or fabricating sites) never count as reports.
 * - Independent reports = distinct origins among the remaining sources.
 * - The verdict, strongest first: "primary source" (a primary document is among the sources),
 *   "corroborated by N independent reports", "single report", "only unreliable sources", and
 *   "no source given" for an event that names none (allowed: imported timelines often do).
 *   "Sources disagree" is added when the event records claims whose variants differ, or when the
 *   event is itself a claim that contradicts another event.
 */
import type { Source, TimelineEvent } from './model';
import { LEVELS, type Corroboration, type Level } from './levels';

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
	// A link of unknown kind (an imported page) says nothing of who reported what: pages of one site
	// count as one report, so two Wikipedia articles are not two independent reports.
	if (s?.kind === 'unknown') return `site:${hostOf(s.url)}`;
	const origin = originOf(id, sourceById);
	const root = sourceById.get(origin);
	return root?.agency ? `agency:${root.agency.toLowerCase()}` : `source:${origin}`;
}

/** Words for a level, as the legend and filter show them. */
export const LEVEL_WORDS: Record<Level, string> = {
	primary: 'primary source',
	corroborated: 'corroborated by independent reports',
	single: 'single report',
	unreliable: 'only unreliable sources',
	unsourced: 'no source given'
};

type Judgeable = Pick<TimelineEvent, 'sources' | 'claims' | 'contradicts'>;

/**
 * A judge for one file: what each source counts as is worked out once (events share a few hundred
 * sources), and equal verdicts are one shared object (100,000 events have a few dozen verdicts).
 */
export function corroborator(sourceById: ReadonlyMap<string, Source>): (event: Judgeable) => Corroboration {
	/** Per source id: its independence key, whether it is primary; null when it does not count. */
	const facts = new Map<string, { key: string; primary: boolean } | null>();
	const verdicts = new Map<number, Corroboration>();
	const factsOf = (id: string) => {
		let f = facts.get(id);
		if (f === undefined) {
			const s = sourceById.get(id);
			f =
				!s || s.kind === 'unreliable' ? null : { key: independenceKey(id, sourceById), primary: s.kind === 'primary' };
			facts.set(id, f);
		}
		return f;
	};
	return (event) => {
		// A plain array: events cite a handful of sources, and 100,000 Sets would cost more than the scan.
		const origins: string[] = [];
		let hasPrimary = false;
		for (const id of event.sources) {
			const f = factsOf(id);
			if (!f) continue;
			if (f.primary) hasPrimary = true;
			if (!origins.includes(f.key)) origins.push(f.key);
		}
		const independent = origins.length;
		const disputed = (event.claims ?? []).some((c) => c.variants.length > 1) || event.contradicts !== undefined;
		const unsourced = event.sources.length === 0;
		const id = independent * 8 + (unsourced ? 4 : 0) + (hasPrimary ? 2 : 0) + (disputed ? 1 : 0);
		let c = verdicts.get(id);
		if (!c) verdicts.set(id, (c = Object.freeze(verdict(independent, hasPrimary, disputed, unsourced))));
		return c;
	};
}

function verdict(independent: number, hasPrimary: boolean, disputed: boolean, unsourced: boolean): Corroboration {
	let level: Level;
	let words: string;
	if (unsourced) {
		level = 'unsourced';
		words = LEVEL_WORDS.unsourced;
	} else if (independent === 0) {
		level = 'unreliable';
		words = LEVEL_WORDS.unreliable;
	} else if (hasPrimary) {
		level = 'primary';
		words =
			independent > 1
				? `primary source, with ${independent - 1} more independent report${independent > 2 ? 's' : ''}`
				: LEVEL_WORDS.primary;
	} else if (independent > 1) {
		level = 'corroborated';
		words = `corroborated by ${independent} independent reports`;
	} else {
		level = 'single';
		words = LEVEL_WORDS.single;
	}
	if (disputed) words += '; sources disagree';
	return { level, independent, hasPrimary, disputed, verdict: words };
}

/** The level filter in words: as a choice, and as a note on what an export leaves out (null: nothing). */
export const FILTER_WORDS: Record<Level, { choice: string; active: string | null }> = {
	unsourced: { choice: 'All events, look-alike claims included', active: null },
	unreliable: { choice: 'Hide events that name no source', active: 'events that name no source are hidden' },
	single: {
		choice: 'Hide claims only unreliable sources carry',
		active: 'claims only unreliable sources carry are hidden'
	},
	corroborated: { choice: 'Only corroborated or primary', active: 'only corroborated or primary events' },
	primary: { choice: 'Only events with a primary source', active: 'only events with a primary source' }
};

/** Rank of a level (0 = weakest), for "at or above" filters. */
export function levelRank(level: Level): number {
	return LEVELS.indexOf(level);
}

/** The host of a URL without "www.", or the URL itself when it has none. */
function hostOf(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

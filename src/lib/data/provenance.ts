/**
 * Corroboration, derived from sources and never typed by hand.
 *
 * - A source counts only for what it supports: one whose `support` (on the event) leaves out
 *   "event" backs a detail (the date, a quote, a claim variant) and is listed, but not counted.
 * - A source's *origin* is the top of its `derivedFrom` chain: a rewrite of a report is not
 *   independent of it, and rewrites of one report count once.
 * - Reports from one news agency (`agency`, e.g. DPA's English and German services) count once.
 * - Unreliable sources (known look-alike or fabricating sites) never count as reports.
 * - A `primary` source counts as primary only when its archived text carries what it is cited for:
 *   the event credits at least one quote to it and every such quote appears verbatim in its archived
 *   copy (see `verbatim.ts`). Otherwise it counts as one report like any other, and the verdict says
 *   "primary source not checked".
 * - Independent reports = distinct origins among the remaining sources.
 * - The verdict, strongest first: "primary source" (a checked primary document is among the sources),
 *   "corroborated by N independent reports", "single report", "only unreliable sources", "no source
 *   reports the event itself" (its sources back only details), and "no source given" for an event
 *   that names none (allowed: imported timelines often do).
 *   "Sources disagree" is added when the event records claims whose variants differ, or when the
 *   event is itself a claim that contradicts another event; a date or attribution of medium or low
 *   confidence is added in words ("date: medium confidence"). Confidence never changes the level:
 *   the level says what the sources amount to, the confidence what the author could not settle.
 */
import type { Source, TimelineEvent } from './model';
import { LEVELS, type Corroboration, type Level } from './levels';
import { archiveMatcher, checkQuote } from './verbatim';

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

type Judgeable = Pick<TimelineEvent, 'sources' | 'claims' | 'contradicts'> &
	Partial<Pick<TimelineEvent, 'quotes' | 'support' | 'confidence'>>;

/** What one event's sources amount to, before it is put in words. */
interface Tally {
	independent: number;
	hasPrimary: boolean;
	primaryUnchecked: boolean;
	/** Reliable sources cited only for part of the event. */
	partial: number;
	/** Unreliable sources that carry the event. */
	unreliable: number;
	disputed: boolean;
	unsourced: boolean;
	dateConfidence?: 'medium' | 'low';
	attributionConfidence?: 'medium' | 'low';
}

/**
 * A judge for one file: what each source counts as is worked out once (events share a few hundred
 * sources), and equal verdicts are one shared object (100,000 events have a few dozen verdicts).
 */
export function corroborator(sourceById: ReadonlyMap<string, Source>): (event: Judgeable) => Corroboration {
	/** Per source id: its independence key, whether it is primary; null when it does not count. */
	const facts = new Map<string, { key: string; primary: boolean } | null>();
	const verdicts = new Map<number, Corroboration>();
	const matches = archiveMatcher();
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
		const t: Tally = {
			independent: 0,
			hasPrimary: false,
			primaryUnchecked: false,
			partial: 0,
			unreliable: 0,
			disputed: (event.claims ?? []).some((c) => c.variants.length > 1) || event.contradicts !== undefined,
			unsourced: event.sources.length === 0,
			dateConfidence: lessThanHigh(event.confidence?.date?.level),
			attributionConfidence: lessThanHigh(event.confidence?.attribution?.level)
		};
		for (const id of event.sources) {
			const only = event.support?.find((s) => s.source === id)?.supports;
			const forEvent = !only || only.includes('event');
			const f = factsOf(id);
			if (!f) {
				if (forEvent && sourceById.has(id)) t.unreliable++;
				continue;
			}
			if (!forEvent) {
				t.partial++;
				continue;
			}
			if (f.primary) {
				if (primaryShown(id, event, sourceById, matches)) t.hasPrimary = true;
				else t.primaryUnchecked = true;
			}
			if (!origins.includes(f.key)) origins.push(f.key);
		}
		t.independent = origins.length;
		// One number per verdict (a string per event cost more than judging it): an event names at most
		// 200 sources, so `partial` fits in 8 bits.
		const conf = CONFIDENCE_KEY[t.dateConfidence ?? 'high'] * 3 + CONFIDENCE_KEY[t.attributionConfidence ?? 'high'];
		const bits =
			(t.unsourced ? 1 : 0) |
			(t.hasPrimary ? 2 : 0) |
			(t.primaryUnchecked && !t.hasPrimary ? 4 : 0) |
			(t.independent === 0 && t.unreliable === 0 && t.partial > 0 ? 8 : 0) |
			(t.disputed ? 16 : 0);
		const id = ((t.independent * 256 + t.partial) * 16 + conf) * 32 + bits;
		let c = verdicts.get(id);
		if (!c) verdicts.set(id, (c = Object.freeze(verdict(t))));
		return c;
	};
}

/**
 * Whether a primary source's archived copy carries what the event cites it for: the event credits at
 * least one quote to it, and each of them appears verbatim in its archived text.
 */
export function primaryShown(
	id: string,
	event: Pick<TimelineEvent, 'quotes'> | Partial<Pick<TimelineEvent, 'quotes'>>,
	sourceById: ReadonlyMap<string, Source>,
	matches = archiveMatcher()
): boolean {
	let quoted = false;
	for (const q of event.quotes ?? []) {
		if (q.source !== id) continue;
		if (checkQuote(q, sourceById.get(id), matches) !== 'verbatim') return false;
		quoted = true;
	}
	return quoted;
}

const CONFIDENCE_KEY = { high: 0, medium: 1, low: 2 } as const;

function lessThanHigh(level: 'high' | 'medium' | 'low' | undefined): 'medium' | 'low' | undefined {
	return level === 'medium' || level === 'low' ? level : undefined;
}

function verdict(t: Tally): Corroboration {
	const { independent, hasPrimary, disputed } = t;
	let level: Level;
	let words: string;
	if (t.unsourced) {
		level = 'unsourced';
		words = LEVEL_WORDS.unsourced;
	} else if (independent === 0 && t.unreliable === 0 && t.partial > 0) {
		// Sources that back only a detail (the date, a quote) are not a report of the event.
		level = 'unsourced';
		words = 'no source reports the event itself';
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
	const primaryUnchecked = t.primaryUnchecked && !hasPrimary;
	if (primaryUnchecked) words += '; primary source not checked';
	if (disputed) words += '; sources disagree';
	if (t.dateConfidence && t.dateConfidence === t.attributionConfidence)
		words += `; date and attribution: ${t.dateConfidence} confidence`;
	else {
		if (t.dateConfidence) words += `; date: ${t.dateConfidence} confidence`;
		if (t.attributionConfidence) words += `; attribution: ${t.attributionConfidence} confidence`;
	}
	const confidence =
		t.dateConfidence || t.attributionConfidence
			? {
					...(t.dateConfidence ? { date: t.dateConfidence } : {}),
					...(t.attributionConfidence ? { attribution: t.attributionConfidence } : {})
				}
			: undefined;
	return {
		level,
		independent,
		hasPrimary,
		disputed,
		verdict: words,
		...(primaryUnchecked ? { primaryUnchecked } : {}),
		...(t.partial ? { partial: t.partial } : {}),
		...(confidence ? { confidence } : {})
	};
}

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

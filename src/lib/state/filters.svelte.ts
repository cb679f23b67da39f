/**
 * Which events are shown: the search (`query`), the values chosen in each facet (`chosen`: OR
 * within a facet, AND across facets and with the search), how the timeline is laid out (`laneBy`)
 * and what happens to the rest (`rest`). The indexes are derived lazily: the facet index is built
 * the first time a facet, a lane or a count is asked for, the search index on the first search
 * (see data/find/), so a timeline nobody filters costs nothing more to open.
 */
import type { TimelineEvent } from '$lib/data/model';
import { LEVELS, type Level } from '$lib/data/levels';
import { levelRank } from '$lib/data/provenance';
import { fold } from '$lib/data/find/fold';
import { narrows, parseQuery, MAX_QUERY, type Term } from '$lib/data/find/query';
import {
	matchEvents,
	searchIndexBuilder,
	type SearchIndex,
	type SearchIndexBuilder
} from '$lib/data/find/search-index';
import {
	FACETS,
	NOTHING_CHOSEN,
	anyChosen,
	buildFacetIndex,
	facetCounts,
	failMasks,
	passing,
	type Chosen,
	type FacetColumn,
	type FacetName
} from '$lib/data/find/facets';
import type { LaneKey, ViewParams } from '$lib/url/view-params';
import { noticeWords, type FindNotice, type LaneFacet } from '$lib/words/facet-words';
import type { Words } from '$lib/words/words';
import type { Dataset } from './dataset.svelte';

/** The level that shows everything. */
export const ALL_LEVELS: Level = 'unsourced';

/** The facet a lane choice lays the timeline out by. */
export const LANE_FACET: Record<LaneKey, LaneFacet> = { actor: 'actor', tag: 'tag', kind: 'kind', group: 'group' };
/** The address's parameter of each facet but the level (which is `min` or `level`). */
const PARAM: Record<Exclude<FacetName, 'level'>, 'actor' | 'tag' | 'source' | 'kind' | 'ingroup'> = {
	actor: 'actor',
	tag: 'tag',
	source: 'source',
	kind: 'kind',
	group: 'ingroup'
};

/** The levels at or above `min`, strongest first (the facet's order). */
const atOrAbove = (min: Level) => LEVELS.filter((l) => levelRank(l) >= levelRank(min)).reverse();

/** Levels as the facet keeps them: in its order, and none when all are chosen (that filters nothing). */
function normaliseLevels(levels: readonly string[]): string[] {
	const kept = [...LEVELS].reverse().filter((l) => levels.includes(l));
	return kept.length === LEVELS.length ? [] : kept;
}

/** The address's form of the levels: `min=` when they are one level and all stronger ones (links before facets said that), else `level=`. */
function levelParams(levels: readonly string[]): Pick<ViewParams, 'min' | 'level'> {
	if (!levels.length) return {};
	const weakest = LEVELS.find((l) => levels.includes(l))!;
	const block = atOrAbove(weakest);
	if (block.length === levels.length) return { min: weakest };
	return { level: LEVELS.filter((l) => levels.includes(l)) };
}

/** A value a link names, as the timeline writes it: exactly, else the one it folds to (case, accents); null when none. */
function resolve(col: FacetColumn, facet: FacetName, v: string): string | null {
	if (col.byValue.has(v)) return v;
	if (facet === 'source' || facet === 'kind' || facet === 'level') return facet === 'kind' ? v : null;
	const f = fold(v);
	return col.values.find((x) => fold(x) === f) ?? null;
}

/** What a link's filters come to in this timeline, and what it named that is not there. */
export interface Resolved {
	query: string;
	chosen: Chosen;
	laneBy: LaneKey | null;
	rest: 'hide' | 'dim';
	notices: FindNotice[];
}

/** Filters as view parameters. */
function paramsOf(f: Pick<Resolved, 'query' | 'chosen' | 'laneBy' | 'rest'>): ViewParams {
	const c = f.chosen;
	const q = f.query.trim().slice(0, MAX_QUERY).trim();
	const p: ViewParams = { ...levelParams(c.level) };
	if (q) p.q = q;
	for (const facet of FACETS)
		if (facet !== 'level' && c[facet].length) p[PARAM[facet]] = [...c[facet]] as string[] & ViewParams['kind'];
	if (f.laneBy) p.group = f.laneBy;
	if (f.rest === 'dim') p.rest = 'dim';
	return p;
}

export class Filters {
	readonly #data: Dataset;
	/** The page's words, which the notices are said in. */
	readonly #words: Words;
	/** The search as typed. */
	query = $state('');
	/** The values chosen in each facet. */
	chosen = $state.raw<Chosen>(NOTHING_CHOSEN);
	/** Lanes by a facet, or none. */
	laneBy = $state<LaneKey | null>(null);
	/** What the filters leave out: hidden, or drawn as faint ticks under the axis. */
	rest = $state<'hide' | 'dim'>('hide');
	/** What the last link asked for that this timeline does not have (kept as codes, worded when read). */
	#notices = $state.raw<FindNotice[]>([]);
	/** Those notices in the page's words. */
	get notices(): string[] {
		return this.#notices.map((n) => noticeWords(this.#words, n));
	}

	/** The search's terms. */
	terms = $derived(parseQuery(this.query));
	/** Built on first use: a facet chosen, counts shown, lanes. */
	facetIndex = $derived.by(() => buildFacetIndex(this.#data.timeline));
	/**
	 * The search index of the timeline on screen: started when the reader comes to the search box
	 * (`prepareSearch`, in idle slices), finished at once by the first search if it is not done.
	 */
	#builder = $derived.by((): SearchIndexBuilder => {
		const t = this.#data.timeline;
		return searchIndexBuilder(t.events, t.sources);
	});
	#searchIndex(): SearchIndex {
		const b = this.#builder;
		b.step(Infinity);
		return b.index;
	}
	/** The previous search, which a lengthened one narrows instead of scanning every event again. */
	#last: { index: SearchIndex; terms: Term[]; mask: Uint8Array } | null = null;
	/** Which events the search matches (1) and which not; null when there is no search. */
	matches = $derived.by((): Uint8Array | null => {
		const terms = this.terms;
		if (!terms.length) return null;
		const index = this.#searchIndex();
		const last = this.#last;
		const within = last && last.index === index && narrows(last.terms, terms) ? last.mask : undefined;
		const mask = matchEvents(index, terms, within);
		this.#last = { index, terms, mask };
		return mask;
	});
	/** Any search or facet is active. */
	active = $derived(this.terms.length > 0 || anyChosen(this.chosen));
	/** Per event, the filters it fails (0: shown); null when nothing filters. */
	masks = $derived.by(() =>
		this.active ? failMasks(this.facetIndex, this.chosen, this.matches, this.#data.timeline.events.length) : null
	);
	/** Positions of the shown events in the timeline (null when nothing is filtered: all of them). */
	shownAt = $derived.by(() => (this.masks ? passing(this.masks) : null));
	/** The events the filters let through, still in time order (the same array when nothing is filtered). */
	shown = $derived.by((): TimelineEvent[] => {
		const events = this.#data.timeline.events;
		const at = this.shownAt;
		if (!at) return events;
		const out = new Array<TimelineEvent>(at.length);
		for (let i = 0; i < at.length; i++) out[i] = events[at[i]!]!;
		return out;
	});
	/** The events the filters leave out, in time order (drawn faintly when `rest` is 'dim'). */
	hidden = $derived.by((): TimelineEvent[] => {
		const masks = this.masks;
		return masks ? this.#data.timeline.events.filter((_, i) => masks[i] !== 0) : [];
	});
	/** Each facet value's count under the other active filters. */
	counts = $derived.by(() =>
		facetCounts(this.facetIndex, this.masks ?? new Uint8Array(this.#data.timeline.events.length))
	);
	/** Position of each shown event, for stepping through them with the arrow keys. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt whole, never mutated
	index = $derived.by(() => new Map(this.shown.map((e, i) => [e.id, i])));
	/** The filters as view parameters (the address, every link). */
	params = $derived.by((): ViewParams => paramsOf(this));

	constructor(data: Dataset, words: Words) {
		this.#data = data;
		this.#words = words;
	}

	/**
	 * Build the search index while the page is idle, a few milliseconds at a time (the reader is about
	 * to type: at 100,000 events the whole index is a quarter of a second of work, which would
	 * otherwise fall on the first keystroke). Resolves once it is built.
	 */
	prepareSearch(): Promise<void> {
		const b = this.#builder;
		return new Promise((done) => {
			const slice = () => {
				if (b.step(8)) {
					performance.mark('sourceline:search-ready');
					return done();
				}
				setTimeout(slice, 0);
			};
			slice();
		});
	}

	/** Build the facet columns while the page is idle, one a slice (the reader is about to open the filters or choose lanes). */
	prepareFacets() {
		const index = this.facetIndex;
		FACETS.forEach((f, i) => setTimeout(() => void index[f], 20 * i));
	}

	/** Weakest corroboration shown ('unsourced': all); setting it shows that level and every stronger one. */
	get minLevel(): Level {
		return LEVELS.find((l) => this.chosen.level.includes(l)) ?? ALL_LEVELS;
	}
	set minLevel(min: Level) {
		this.set('level', normaliseLevels(atOrAbove(min)));
	}

	/** Choose exactly these values of a facet. */
	set(facet: FacetName, values: readonly string[]) {
		this.chosen = { ...this.chosen, [facet]: facet === 'level' ? normaliseLevels(values) : [...values] };
	}
	/** Tick or untick one value. */
	toggle(facet: FacetName, value: string) {
		const now = this.chosen[facet];
		this.set(facet, now.includes(value) ? now.filter((v) => v !== value) : [...now, value]);
	}
	/** Show everything again, as a plain link opens: no search, no facet, no lanes, the rest hidden; the notices go too. */
	clear() {
		this.query = '';
		this.chosen = NOTHING_CHOSEN;
		this.laneBy = null;
		this.rest = 'hide';
		this.#notices = [];
	}

	/** The reader has read the notices. */
	dismissNotices() {
		this.#notices = [];
	}

	/** What a link's filters come to here: its names as the timeline writes them, and notices for those it does not have. */
	resolve(p: ViewParams): Resolved {
		const notices: FindNotice[] = [];
		const chosen: Record<FacetName, string[]> = { actor: [], tag: [], source: [], kind: [], level: [], group: [] };
		chosen.level = normaliseLevels(p.level ?? (p.min ? atOrAbove(p.min) : []));
		const wantsIndex = p.group !== undefined || FACETS.some((f) => f !== 'level' && p[PARAM[f]]?.length);
		// The index is built only for a link that names a facet or lanes: a plain link opens as fast as before.
		const index = wantsIndex ? this.facetIndex : null;
		for (const f of FACETS) {
			if (f === 'level' || !index) continue;
			const kept: string[] = [];
			for (const v of p[PARAM[f]] ?? []) {
				const r = resolve(index[f], f, v);
				if (r === null) notices.push({ kind: 'unknown', facet: f, value: v });
				else if (!kept.includes(r)) kept.push(r);
			}
			chosen[f] = kept;
		}
		let laneBy: LaneKey | null = null;
		if (p.group && index) {
			if (index[LANE_FACET[p.group]].ids.length) laneBy = p.group;
			else notices.push({ kind: 'noLanes', facet: LANE_FACET[p.group] });
		}
		return { query: p.q ?? '', chosen, laneBy, rest: p.rest === 'dim' ? 'dim' : 'hide', notices };
	}

	/** The filters a link's parameters come to here, as parameters (what is unknown dropped, names as written here). */
	paramsFor(p: ViewParams): ViewParams {
		return paramsOf(this.resolve(p));
	}

	/** Set the filters a link asks for (anything it does not name goes back to its default). */
	apply(p: ViewParams) {
		const r = this.resolve(p);
		this.query = r.query;
		this.chosen = r.chosen;
		this.laneBy = r.laneBy;
		this.rest = r.rest;
		this.#notices = r.notices;
	}
}

/** The events at or above `min`, in order; the same array when that is all of them. */
export function shownEvents(events: TimelineEvent[], min: Level): TimelineEvent[] {
	if (min === ALL_LEVELS) return events;
	const rank = levelRank(min);
	return events.filter((e) => levelRank(e.corroboration.level) >= rank);
}

/**
 * Facets: the values an event can be filtered by (actor, tag, source, source kind, corroboration
 * level, group), indexed once per timeline, and the filter they make: OR within a facet, AND across
 * facets and with the search. Each value's count is the number of events it would let through
 * under all the *other* active filters, so a reader sees what ticking it would add.
 *
 * The index keeps each facet's distinct values and, per event, the indices of its values (flat
 * typed arrays, one offset per event), so filtering 100,000 events is a scan of small integers.
 */
import type { Timeline, TimelineEvent } from '../model';
import { LEVELS } from '../levels';
import type { SourceKindName } from '../schema';

export const FACETS = ['actor', 'tag', 'source', 'kind', 'level', 'group'] as const;
export type FacetName = (typeof FACETS)[number];

/** Source kinds, in the order a reader weighs them. */
export const KINDS: readonly SourceKindName[] = ['primary', 'wire', 'news', 'derivative', 'unreliable', 'unknown'];

/** One facet over a timeline's events. */
export interface FacetColumn {
	/** Its distinct values (an actor's name, a source's id, a level…), in the order they are listed. */
	values: string[];
	/** A value's position in `values`. */
	byValue: Map<string, number>;
	/** Event i's values are `ids[offsets[i]]` … `ids[offsets[i + 1] - 1]`, each once. */
	offsets: Uint32Array;
	ids: Uint32Array;
	/** How many events have each value, in the whole timeline. */
	totals: Uint32Array;
}

export type FacetIndex = Record<FacetName, FacetColumn>;

/** The values of one event for a facet (before indexing). */
export function eventValues(t: Pick<Timeline, 'sourceById'>, e: TimelineEvent, facet: FacetName): readonly string[] {
	switch (facet) {
		case 'actor':
			return e.actors ?? [];
		case 'tag':
			return e.tags ?? [];
		case 'source':
			return e.sources;
		case 'kind':
			return e.sources.map((id) => t.sourceById.get(id)?.kind ?? 'unknown');
		case 'level':
			return [e.corroboration.level];
		case 'group':
			return e.group === undefined ? [] : [e.group];
	}
}

/** Values in a fixed order for the facets that have one; the others in order of first appearance. */
const FIXED: Partial<Record<FacetName, readonly string[]>> = { kind: KINDS, level: [...LEVELS].reverse() };

/** A column being filled: values as they come, each event's value ids once each. */
function filler(facet: FacetName, n: number) {
	const values = [...(FIXED[facet] ?? [])];
	const byValue = new Map(values.map((v, i) => [v, i]));
	const offsets = new Uint32Array(n + 1);
	let ids = new Uint32Array(Math.max(16, n));
	let used = 0;
	let start = 0;
	return {
		byValue,
		/** Add value `id` to the current event (once). */
		addId(id: number) {
			// Each value once per event (an event citing two wire services is one "wire").
			for (let k = start; k < used; k++) if (ids[k] === id) return;
			if (used === ids.length) {
				const bigger = new Uint32Array(ids.length * 2);
				bigger.set(ids);
				ids = bigger;
			}
			ids[used++] = id;
		},
		/** Add a value by name to the current event. */
		add(v: string) {
			let id = byValue.get(v);
			if (id === undefined) byValue.set(v, (id = values.push(v) - 1));
			this.addId(id);
		},
		/** Close event i. */
		end(i: number) {
			offsets[i + 1] = used;
			start = used;
		},
		done(): FacetColumn {
			const totals = new Uint32Array(values.length);
			for (let k = 0; k < used; k++) totals[ids[k]!]!++;
			return { values, byValue, offsets, ids: ids.slice(0, used), totals };
		}
	};
}

function column(t: Pick<Timeline, 'events' | 'sourceById'>, facet: FacetName, index: FacetIndex): FacetColumn {
	const n = t.events.length;
	const f = filler(facet, n);
	if (facet === 'kind') {
		// From the source column: each source's kind looked up once, not once per citation.
		const src = index.source;
		const kindOf = Uint32Array.from(src.values, (id) => f.byValue.get(t.sourceById.get(id)?.kind ?? 'unknown')!);
		for (let i = 0; i < n; i++) {
			for (let k = src.offsets[i]!; k < src.offsets[i + 1]!; k++) f.addId(kindOf[src.ids[k]!]!);
			f.end(i);
		}
		return f.done();
	}
	for (let i = 0; i < n; i++) {
		for (const v of eventValues(t, t.events[i]!, facet)) f.add(v);
		f.end(i);
	}
	return f.done();
}

/**
 * Index the facets of a timeline. Each column is built the first time it is read (a lane choice
 * needs one, a filter the ones it names, the counts all of them).
 */
export function buildFacetIndex(t: Pick<Timeline, 'events' | 'sourceById'>): FacetIndex {
	const index = {} as FacetIndex;
	for (const f of FACETS) {
		let built: FacetColumn | undefined;
		Object.defineProperty(index, f, { enumerable: true, get: () => (built ??= column(t, f, index)) });
	}
	return index;
}

/** The values chosen in each facet (an empty list lets everything through). */
export type Chosen = Readonly<Record<FacetName, readonly string[]>>;

export const NOTHING_CHOSEN: Chosen = Object.freeze({ actor: [], tag: [], source: [], kind: [], level: [], group: [] });

/** Whether any facet has a value chosen. */
export function anyChosen(c: Chosen): boolean {
	return FACETS.some((f) => c[f].length > 0);
}

/** Bit of a facet in a fail mask; the search has the bit after the facets'. */
const bit = (i: number) => 1 << i;
const SEARCH_BIT = bit(FACETS.length);

/**
 * For each event, which filters it fails, as bits (a facet's by its place in FACETS, the search's
 * after them); 0 means it is shown. `search` marks the events the search matches (null: no search).
 */
export function failMasks(index: FacetIndex, chosen: Chosen, search: Uint8Array | null, n: number): Uint8Array {
	const out = new Uint8Array(n);
	if (search) for (let i = 0; i < n; i++) if (!search[i]) out[i] = SEARCH_BIT;
	FACETS.forEach((f, fi) => {
		if (!chosen[f].length) return;
		const col = index[f];
		const wanted = new Uint8Array(col.values.length);
		for (const v of chosen[f]) {
			const id = col.byValue.get(v);
			if (id !== undefined) wanted[id] = 1;
		}
		const { offsets, ids } = col;
		for (let i = 0; i < n; i++) {
			let hit = false;
			for (let k = offsets[i]!, end = offsets[i + 1]!; k < end && !hit; k++) hit = wanted[ids[k]!] === 1;
			if (!hit) out[i]! |= bit(fi);
		}
	});
	return out;
}

/** The indices of the events that fail nothing, in order. */
export function passing(masks: Uint8Array): Uint32Array {
	let n = 0;
	for (let i = 0; i < masks.length; i++) if (masks[i] === 0) n++;
	const out = new Uint32Array(n);
	for (let i = 0, k = 0; i < masks.length; i++) if (masks[i] === 0) out[k++] = i;
	return out;
}

/** Per facet, per value, how many events it would let through under the other active filters. */
export type FacetCounts = Record<FacetName, Uint32Array>;

/** The counts of every facet's values, from the fail masks (one pass over the events). */
export function facetCounts(index: FacetIndex, masks: Uint8Array): FacetCounts {
	const counts = Object.fromEntries(FACETS.map((f) => [f, new Uint32Array(index[f].values.length)])) as FacetCounts;
	const cols = FACETS.map((f) => index[f]);
	const outs = FACETS.map((f) => counts[f]);
	for (let i = 0; i < masks.length; i++) {
		const m = masks[i]!;
		if (m === 0) {
			// Shown: counts towards every facet's values.
			for (let fi = 0; fi < cols.length; fi++) {
				const { offsets, ids } = cols[fi]!;
				const out = outs[fi]!;
				for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) out[ids[k]!]!++;
			}
		} else if ((m & (m - 1)) === 0 && m !== SEARCH_BIT) {
			// Held back by one facet alone: counts towards that facet's values only.
			const fi = 31 - Math.clz32(m);
			const { offsets, ids } = cols[fi]!;
			const out = outs[fi]!;
			for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) out[ids[k]!]!++;
		}
	}
	return counts;
}

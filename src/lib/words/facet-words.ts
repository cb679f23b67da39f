/** The facets, their values, the lanes and the active filters in words (the page's, `words.m.find`). */
import { FACETS, type Chosen, type FacetName } from '$lib/data/find/facets';
import type { Level } from '$lib/data/levels';
import type { Timeline } from '$lib/data/model';
import type { SourceKindName } from '$lib/data/schema';
import type { Words } from './words';

/** The facets a timeline can be laid out in lanes by. */
export type LaneFacet = Exclude<FacetName, 'source' | 'level'>;

/** Something a link asked for that the timeline lacks, worded when shown (so it follows a language switch). */
export type FindNotice =
	{ kind: 'unknown'; facet: Exclude<FacetName, 'level'>; value: string } | { kind: 'noLanes'; facet: LaneFacet };

/** A facet's name, as its heading and before a chosen value. */
export const facetTitle = (words: Words, facet: FacetName): string => words.m.find.facet[facet];

/** A facet value as a reader reads it: a source by its publisher, a level or kind in words. */
export function valueWords(words: Words, t: Pick<Timeline, 'sourceById'>, facet: FacetName, value: string): string {
	if (facet === 'source') return t.sourceById.get(value)?.publisher ?? value;
	if (facet === 'level') return words.m.find.level[value as Level] ?? value;
	if (facet === 'kind') return words.m.find.kind[value as SourceKindName] ?? value;
	return value;
}

/** A notice in words. */
export function noticeWords(words: Words, n: FindNotice): string {
	const m = words.m.find.notices;
	return n.kind === 'unknown' ? m.unknown[n.facet](n.value) : m.noLanes[n.facet];
}

/** A lane's label: its value, or the lane of the rest, or of the events without a value. */
export function laneLabel(
	words: Words,
	t: Pick<Timeline, 'sourceById'>,
	facet: LaneFacet,
	kind: 'value' | 'other' | 'none',
	value: string | null
): string {
	if (kind === 'other') return words.m.find.lanes.other[facet];
	if (kind === 'none') return words.m.find.lanes.without[facet];
	return valueWords(words, t, facet, value!);
}

/** A lane's title on the drawing: its label and how many events it holds. */
export const laneTitle = (words: Words, label: string, count: number): string =>
	words.m.find.lanes.title(label, count, words.num);

/** The levels shown, as a filter: "Only corroborated", "Only primary source or corroborated". */
export function levelsWords(words: Words, levels: readonly Level[]): string {
	const c = words.m.find.chips;
	return c.onlyLevels(c.anyOf(levels.map((l) => words.m.find.level[l])));
}

/** "12 of 340 events match". */
export const matchWords = (words: Words, shown: number, total: number): string =>
	words.m.find.matches(shown, total, words.num);

/** A chosen value as its chip reads: "Actor: Pistorius". */
export const chipWords = (words: Words, t: Pick<Timeline, 'sourceById'>, facet: FacetName, values: readonly string[]) =>
	words.m.find.chips.value(
		facetTitle(words, facet),
		words.m.find.chips.anyOf(values.map((v) => valueWords(words, t, facet, v)))
	);

/** What a view filters, in words, for an export's header; null when it shows everything as it is. */
export function filtersInWords(
	words: Words,
	t: Pick<Timeline, 'sourceById'>,
	f: { query: string; chosen: Chosen; lanes: LaneFacet | null; dimmed: boolean }
): string | null {
	const m = words.m.find;
	const parts: string[] = [];
	const q = f.query.trim();
	if (q) parts.push(m.chips.search(q));
	for (const facet of FACETS) {
		const values = f.chosen[facet];
		if (!values.length) continue;
		if (facet === 'level') parts.push(levelsWords(words, values as Level[]));
		else parts.push(chipWords(words, t, facet, values));
	}
	if (parts.length && f.dimmed) parts.push(m.chips.restMarked);
	if (f.lanes) parts.push(m.lanes.inWords[f.lanes]);
	return parts.length ? parts.join(' · ') : null;
}

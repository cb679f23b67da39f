/** The facets, their values, the lanes and the active filters in words. */
import { FACETS, type Chosen, type FacetName } from '$lib/data/find/facets';
import type { Level } from '$lib/data/levels';
import type { Timeline } from '$lib/data/model';
import type { SourceKindName } from '$lib/data/schema';
import { formatCount } from './count';

/** A facet's name, as a heading and in a sentence. */
export const FACET_WORDS: Record<FacetName, { title: string; one: string; many: string }> = {
	actor: { title: 'Actor', one: 'actor', many: 'actors' },
	tag: { title: 'Tag', one: 'tag', many: 'tags' },
	source: { title: 'Source', one: 'source', many: 'sources' },
	kind: { title: 'Source kind', one: 'source kind', many: 'source kinds' },
	level: { title: 'Corroboration', one: 'level', many: 'levels' },
	group: { title: 'Group', one: 'group', many: 'groups' }
};

/** A level as a facet value: short, since the legend says it in full. */
export const LEVEL_SHORT: Record<Level, string> = {
	primary: 'primary source',
	corroborated: 'corroborated',
	single: 'single report',
	unreliable: 'only unreliable sources',
	unsourced: 'no source given'
};

export const KIND_WORDS: Record<SourceKindName, string> = {
	primary: 'primary (the speaker’s own words)',
	wire: 'wire service',
	news: 'news report',
	derivative: 'rewrite of another report',
	unreliable: 'unreliable site',
	unknown: 'kind not known'
};

/** A facet value as a reader reads it: a source by its publisher, a level or kind in words. */
export function valueWords(t: Pick<Timeline, 'sourceById'>, facet: FacetName, value: string): string {
	if (facet === 'source') return t.sourceById.get(value)?.publisher ?? value;
	if (facet === 'level') return LEVEL_SHORT[value as Level] ?? value;
	if (facet === 'kind') return KIND_WORDS[value as SourceKindName] ?? value;
	return value;
}

/** What a link asked for that the timeline does not have. */
export function unknownValue(facet: FacetName, value: string): string {
	return facet === 'source'
		? `No source with the id '${value}' in this timeline`
		: `No ${FACET_WORDS[facet].one} called '${value}' in this timeline`;
}

/** Lanes asked for by a facet the timeline's events do not have. */
export function noLanes(facet: FacetName): string {
	return `This timeline names no ${FACET_WORDS[facet].many} to lay out in lanes`;
}

/** A lane's label: its value, or the lane of the rest, or of the events without a value. */
export function laneLabel(
	t: Pick<Timeline, 'sourceById'>,
	facet: FacetName,
	kind: 'value' | 'other' | 'none',
	value: string | null
): string {
	if (kind === 'other') return `Other ${FACET_WORDS[facet].many}`;
	if (kind === 'none') return `No ${FACET_WORDS[facet].one}`;
	return valueWords(t, facet, value!);
}

/** A lane's title on the drawing: its label and how many events it holds. */
export const laneTitle = (label: string, count: number) => `${label} (${formatCount(count)})`;

/** The levels shown, as a filter: "Only corroborated", "Only primary source or corroborated". */
export function levelsWords(levels: readonly Level[]): string {
	return 'Only ' + levels.map((l) => LEVEL_SHORT[l]).join(' or ');
}

/** "12 of 340 events match". */
export function matchWords(shown: number, total: number): string {
	return `${formatCount(shown)} of ${formatCount(total)} ${total === 1 ? 'event matches' : 'events match'}`;
}

/** What a view filters, in words, for an export's header; null when it shows everything as it is. */
export function filtersInWords(
	t: Pick<Timeline, 'sourceById'>,
	f: { query: string; chosen: Chosen; lanes: FacetName | null; dimmed: boolean }
): string | null {
	const parts: string[] = [];
	const q = f.query.trim();
	if (q) parts.push(`Search: ${q}`);
	for (const facet of FACETS) {
		const values = f.chosen[facet];
		if (!values.length) continue;
		if (facet === 'level') parts.push(levelsWords(values as Level[]));
		else parts.push(`${FACET_WORDS[facet].title}: ${values.map((v) => valueWords(t, facet, v)).join(' or ')}`);
	}
	if (parts.length && f.dimmed) parts.push('the other events marked under the axis');
	if (f.lanes) parts.push(`Lanes by ${FACET_WORDS[f.lanes].one}`);
	return parts.length ? parts.join(' · ') : null;
}

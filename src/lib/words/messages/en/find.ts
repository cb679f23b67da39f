/**
 * Find and filter: the search box, the facets and their values, the chips of what is active, the
 * count of what matches, what a link named that the timeline lacks, and the lanes. A facet's name
 * in a sentence is written out per facet, so each language can decline it. Messages with a count
 * take the language's `Numbers` (`words.num`) to group it and choose its plural form. The levels'
 * own names are the evidence area's.
 */
import type { Numbers } from '../../plural';

export default {
	search: {
		label: 'Search',
		placeholder: 'Titles, quotes, people, sources…',
		/** The `/` key's hint in the box. */
		shortcut: 'Press / to search'
	},
	/** The button that opens the facets (with how many filters are chosen), and the facets' group. */
	filters: 'Filters',
	filtersChosen: (count: number, num: Numbers) => `Filters (${num.count(count)})`,
	/** Draw the events the filters leave out as faint ticks. */
	markRest: 'Mark where the other events are',
	/** A facet's name, as its heading and before a chosen value. */
	facet: {
		actor: 'Actor',
		tag: 'Tag',
		source: 'Source',
		kind: 'Source kind',
		level: 'Corroboration',
		group: 'Group'
	},
	/** A corroboration level as a facet value (shorter than the legend's). */
	level: {
		primary: 'primary source',
		corroborated: 'corroborated',
		single: 'single report',
		unreliable: 'only unreliable sources',
		unsourced: 'no source given'
	},
	/** A source kind as a facet value. */
	kind: {
		primary: 'primary (the speaker’s own words)',
		wire: 'wire service',
		news: 'news report',
		derivative: 'rewrite of another report',
		unreliable: 'unreliable site',
		unknown: 'kind not known'
	},
	showAll: (count: number, num: Numbers) => `Show all ${num.count(count)}`,
	showFewer: 'Show fewer',
	chips: {
		label: 'Active filters',
		search: (query: string) => `Search: ${query}`,
		removeSearch: (query: string) => `Remove the search “${query}”`,
		/** A chosen value with its facet: "Actor: Pistorius". */
		value: (facet: string, value: string) => `${facet}: ${value}`,
		/** A chip's button, for what it removes. */
		remove: (filter: string) => `Remove ${filter}`,
		clearAll: 'Clear all',
		/** Values of one facet, any of which lets an event through. */
		anyOf: (values: readonly string[]) => values.join(' or '),
		/** The levels shown: "Only corroborated". */
		/** Not "Only only unreliable sources". */
		onlyLevels: (levels: string) => (levels.startsWith('only ') ? `O${levels.slice(1)}` : `Only ${levels}`),
		/** In an export's header, after the filters. */
		restMarked: 'the other events marked under the axis'
	},
	/** The live count: "12 of 340 events match". */
	matches: (shown: number, total: number, num: Numbers) =>
		num.plural(total, {
			one: `${num.count(shown)} of ${num.count(total)} event matches`,
			other: `${num.count(shown)} of ${num.count(total)} events match`
		}),
	/** Nothing matches; `{clear}` is the button that goes back. */
	noMatch: {
		query: "No event matches '{query}' — {clear}",
		queryFiltered: "No event matches '{query}' with these filters — {clear}",
		filters: 'No event matches these filters — {clear}',
		clearSearch: 'clear the search',
		clearAll: 'clear all'
	},
	/** What a link asked for that the timeline does not have. */
	notices: {
		dismiss: 'Dismiss',
		unknown: {
			actor: (value: string) => `No actor called '${value}' in this timeline`,
			tag: (value: string) => `No tag called '${value}' in this timeline`,
			source: (value: string) => `No source with the id '${value}' in this timeline`,
			kind: (value: string) => `No source kind called '${value}' in this timeline`,
			group: (value: string) => `No group called '${value}' in this timeline`
		},
		noLanes: {
			actor: 'This timeline names no actors to lay out in lanes',
			tag: 'This timeline names no tags to lay out in lanes',
			kind: 'This timeline names no source kinds to lay out in lanes',
			group: 'This timeline names no groups to lay out in lanes'
		}
	},
	lanes: {
		label: 'Lanes',
		/** The choice of no lanes. */
		none: 'None',
		by: { actor: 'By actor', tag: 'By tag', kind: 'By source kind', group: 'By group' },
		/** In an export's header. */
		inWords: { actor: 'Lanes by actor', tag: 'Lanes by tag', kind: 'Lanes by source kind', group: 'Lanes by group' },
		/** The lane of the rarest values, past the most lanes there are. */
		other: { actor: 'Other actors', tag: 'Other tags', kind: 'Other source kinds', group: 'Other groups' },
		/** The lane of the events without a value. */
		without: { actor: 'No actor', tag: 'No tag', kind: 'No source kind', group: 'No group' },
		/** A lane's title: its label and how many events it holds. */
		title: (label: string, count: number, num: Numbers) => `${label} (${num.count(count)})`,
		/** Under a lane of the list that shows only its first events. */
		more: (count: number, num: Numbers) => `and ${num.count(count)} more: zoom in, or narrow the search`,
		noneInView: 'None in view.'
	}
};

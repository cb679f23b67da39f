/**
 * The timeline and what sits around it: the drawing and its marks' names, the toolbar, the tabs
 * below it, the list of events and the table of sources. Messages with a count take the language's
 * `Numbers` (`words.num`) to group it and choose its plural form.
 */
import type { Numbers } from '../../plural';

export default {
	/** The drawing's region, what kind of thing it is, and the canvas's marks for the keyboard. */
	region: 'Timeline',
	roleDescription: 'zoomable timeline',
	marks: 'Marks on the timeline',
	mark: {
		/** An event mark's name: the title first (what a reader looking for a mark by ear says), then its date and verdict. */
		event: ({ title, when, verdict }: { title: string; when: string; verdict: string }) =>
			`${title}, ${when}, ${verdict}`,
		/** After an event's name in lanes mode: the lanes it is drawn in. */
		inLanes: (lanes: readonly string[], num: Numbers) =>
			num.plural(lanes.length, { one: `; in lane ${lanes[0]}`, other: `; in lanes ${lanes.join(', ')}` }),
		/** A cluster mark's name: how many, from when, and what activating it does. */
		cluster: ({ count, from }: { count: number; from: string }, num: Numbers) =>
			num.plural(count, {
				one: `${num.count(count)} more event, ${from} onwards; zoom in`,
				other: `${num.count(count)} more events, ${from} onwards; zoom in`
			})
	},
	toolbar: {
		label: 'Timeline controls',
		zoomIn: 'Zoom in',
		zoomInTip: 'Zoom in (+)',
		zoomOut: 'Zoom out',
		zoomOutTip: 'Zoom out (−)',
		earlier: 'Pan earlier',
		earlierTip: 'Earlier (←)',
		later: 'Pan later',
		laterTip: 'Later (→)',
		fitAll: 'Fit all'
	},
	tabs: { label: 'Below the timeline', events: 'Events', sources: 'Sources' },
	list: {
		title: 'Events',
		/** After the title: the events listed of the timeline's. */
		count: ({ shown, total }: { shown: number; total: number }, num: Numbers) =>
			`(${num.count(shown)} of ${num.count(total)})`,
		showAll: 'Show all, not only those in view',
		/** Before an event's sources, in its row. */
		sources: 'Sources:'
	},
	sources: {
		title: 'Sources',
		count: (n: number, num: Numbers) => `(${num.count(n)})`,
		caption:
			'Every source, grouped with the rewrites of it: a network of look-alike sites shows as one group under the report it rewrites.',
		columns: {
			publisher: 'Publisher',
			kind: 'Kind',
			published: 'Published',
			derivedFrom: 'Derived from',
			reports: 'Reports'
		},
		/** A source's kind, short (the file's own words in English). */
		kinds: {
			primary: 'primary',
			wire: 'wire',
			news: 'news',
			derivative: 'derivative',
			unreliable: 'unreliable',
			unknown: 'unknown'
		},
		/** A source without a publication date. */
		notShown: 'not shown',
		rewriteOf: (publisher: string) => `rewrite of ${publisher}`,
		/** A group's name: the report and how many rewrite it. */
		network: ({ publisher, count }: { publisher: string; count: number }, num: Numbers) =>
			num.plural(count, {
				one: `${publisher} and ${num.count(count)} rewrite of it`,
				other: `${publisher} and ${num.count(count)} rewrites of it`
			})
	}
};

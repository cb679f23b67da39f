/**
 * Opening a timeline file: the picker and drop target, what is loading, why a file was refused, the
 * import report. The problems themselves are worded in `issues.ts` (fetched when one is shown).
 * Counts take the language's `Numbers` (`num`).
 */
import type { Numbers } from '../../plural';

const s = (n: number, one: string, many: string, num: Numbers) => `${num.count(n)} ${n === 1 ? one : many}`;

export default {
	opener: {
		/** The link to the spreadsheet template. */
		template: 'CSV template',
		open: 'Open a timeline file…',
		/** Shown over the page while a file is dragged over it. */
		drop: 'Drop a timeline file (JSON or CSV) to preview it'
	},
	status: {
		loading: (name: string) => `Loading ${name}…`,
		/** With how far the load has got (one of the stages below). */
		loadingAt: (name: string, stage: string) => `Loading ${name}: ${stage}…`,
		reading: (percent: number) => `reading ${percent} %`,
		checking: 'checking',
		drawing: 'drawing'
	},
	errors: {
		title: (file: string, count: number, num: Numbers) =>
			`${file} was not loaded: ${s(count, 'problem', 'problems', num)}`,
		unchanged: 'The timeline on screen is unchanged. Fix these and open the file again:',
		dismiss: 'Dismiss'
	},
	/** Where in a file a problem is. Paths (`events[3].date`) and column names stay as the file has them. */
	where: {
		/** Between a place and what is wrong there. */
		colon: ': ',
		file: '(file)',
		root: '(root)',
		row: (row: number) => `row ${row}`,
		rowColumn: (row: number, column: string) => `row ${row}, column "${column}"`,
		column: (column: string) => `column "${column}"`,
		event: (id: string) => `event "${id}"`,
		/** Between the places a note lists. */
		separator: ', ',
		/** After the places a note lists, when there are more. */
		andMore: (count: number, num: Numbers) => ` and ${num.count(count)} more`,
		/** A value quoted after a place: `row 4 ("javascript:…")`. */
		quoted: (value: string) => `"${value}"`
	},
	report: {
		title: (file: string, format: string) => `Opened ${file}: ${format}`,
		formats: {
			sourcelineJson: 'Sourceline JSON',
			sourcelineCsv: 'Sourceline CSV',
			timelinejsJson: 'TimelineJS JSON',
			timelinejsCsv: 'a TimelineJS spreadsheet (CSV)'
		},
		counts: (events: number, sources: number, quotes: number, num: Numbers) =>
			`${s(events, 'event', 'events', num)}, ${s(sources, 'source', 'sources', num)}, ${s(quotes, 'quote', 'quotes', num)}.`,
		unsourced: (count: number, events: number, num: Numbers) =>
			`${num.count(count)} of ${num.count(events)} events name no source.`,
		/** `{unchecked}` is the `unchecked` message, set in bold. */
		evidence: (archived: number, verbatim: number, quotes: number, num: Numbers) =>
			`${s(archived, 'source has', 'sources have', num)} an archived copy: ${num.count(verbatim)} of ${s(quotes, 'quote', 'quotes', num)} checked and found verbatim in it.`,
		evidenceUnchecked: (archived: number, verbatim: number, quotes: number, num: Numbers) =>
			`${s(archived, 'source has', 'sources have', num)} an archived copy: ${num.count(verbatim)} of ${s(quotes, 'quote', 'quotes', num)} checked and found verbatim in it, {unchecked}.`,
		unchecked: (count: number, num: Numbers) => `${num.count(count)} not checked against an archived copy`,
		uncertain: (count: number, num: Numbers) =>
			`${s(count, 'event has', 'events have', num)} a date or attribution of medium or low confidence.`,
		partial: (count: number, num: Numbers) =>
			`${s(count, 'source is', 'sources are', num)} cited for part of an event only (not counted as a report of it).`,
		changes: (count: number, num: Numbers) => `What changed and what to check (${num.count(count)})`,
		downloadJson: 'Download as Sourceline JSON',
		downloadCsv: 'Download as CSV',
		dismiss: 'Dismiss'
	}
};

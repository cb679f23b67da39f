/**
 * A file's report: why it was refused, where its problems are, what an import changed, with the
 * problems themselves (`issues.ts`). Fetched with them, only when one is shown (most pages never
 * show one). Counts take the language's `Numbers` (`num`).
 */
import type { Numbers } from '../../plural';
import issues from './issues';

const s = (n: number, one: string, many: string, num: Numbers) => `${num.count(n)} ${n === 1 ? one : many}`;

const report = {
	refused: {
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
	opened: {
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
	},
	issues
};

export type Report = typeof report;
export default report;

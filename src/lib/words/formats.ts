/** The input formats in words, for the import report. */
import type { FormatName } from '$lib/data/formats/types';
import type { Report } from './messages/en/report';

const KEY = {
	'sourceline-json': 'sourcelineJson',
	'sourceline-csv': 'sourcelineCsv',
	'timelinejs-json': 'timelinejsJson',
	'timelinejs-csv': 'timelinejsCsv'
} as const satisfies Record<FormatName, string>;

/** A format's name in the words' language: "Sourceline JSON", "a TimelineJS spreadsheet (CSV)". */
export function formatWords(format: FormatName, report: Report): string {
	return report.opened.formats[KEY[format]];
}

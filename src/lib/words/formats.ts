/** The input formats in words, for the import report. */
import type { FormatName } from '$lib/data/formats/types';

export const FORMAT_WORDS: Record<FormatName, string> = {
	'sourceline-json': 'Sourceline JSON',
	'sourceline-csv': 'Sourceline CSV',
	'timelinejs-json': 'TimelineJS JSON',
	'timelinejs-csv': 'a TimelineJS spreadsheet (CSV)'
};

/** Telling formats apart without loading a converter, and the counts an import report gives. */
import type { Timeline } from '../model';
import type { ImportReport } from './types';

const CSV_NAME = /\.(csv|tsv|txt)$/i;

/** Whether a file is a spreadsheet export by its name, or, without a telling name, by its content. */
export function looksLikeCsv(text: string, file: string): boolean {
	if (CSV_NAME.test(file)) return true;
	if (/\.json$/i.test(file)) return false;
	return !/^\s*[[{]/.test(text.slice(0, 1000).replace(/^\uFEFF/, ''));
}

/** A TimelineJS file names its dates so (checked in the first 64 KB, without parsing a large file). */
export function looksLikeTimelineJs(text: string): boolean {
	return /"start_date"\s*:/.test(text.slice(0, 65_536));
}

/** The counts an import report gives for a loaded timeline. */
export function counts(t: Timeline): Pick<ImportReport, 'events' | 'sources' | 'quotes'> {
	let quotes = 0;
	for (const e of t.events) quotes += e.quotes?.length ?? 0;
	return { events: t.events.length, sources: t.sources.length, quotes };
}

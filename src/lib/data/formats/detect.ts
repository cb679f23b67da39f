/** Telling formats apart without loading a converter, and the counts an import report gives. */
import type { Timeline } from '../model';
import type { ImportReport } from './types';
import { archiveMatcher, checkQuote } from '../verbatim';

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
export function counts(t: Timeline): Pick<ImportReport, 'events' | 'sources' | 'quotes' | 'evidence'> {
	let quotes = 0;
	let verbatim = 0;
	let uncertain = 0;
	let partial = 0;
	const matches = archiveMatcher();
	for (const e of t.events) {
		for (const q of e.quotes ?? []) {
			quotes++;
			if (checkQuote(q, t.sourceById.get(q.source), matches) === 'verbatim') verbatim++;
		}
		if (e.corroboration.confidence) uncertain++;
		partial += e.support?.filter((s) => !s.supports.includes('event')).length ?? 0;
	}
	const archived = t.sources.filter((s) => s.archive).length;
	return {
		events: t.events.length,
		sources: t.sources.length,
		quotes,
		evidence: { archived, verbatim, unchecked: quotes - verbatim, uncertain, partial }
	};
}

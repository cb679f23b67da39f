/**
 * Any timeline file the app, the build or the command line is given: which format it is (by its
 * name and its content), converted to Sourceline JSON where it is not, and loaded by the one loader.
 * A problem the loader finds in a converted file is pointed back to the row and column (or JSON
 * path) the author wrote. In the browser this runs in the import worker (import.worker.ts), so the
 * converters never weigh on the page's own JavaScript.
 */
import { loadTimelineData, type LoadError } from '../load';
import type { Timeline } from '../model';
import { timelineWarnings } from '../warnings';
import { excerpt } from '../../time/dates';
import { readCsvTable } from './csv-table';
import * as tjs from './timelinejs';
import * as csv from './sourceline-csv';
import type { Converted, ImportReport, Issue } from './types';
import { counts, looksLikeCsv } from './detect';
import type { Coded } from '../issue-codes';
import { issue } from '../issue-codes';

/** A file read and loaded, with what came in and what changed. */
export interface Imported {
	ok: true;
	timeline: Timeline;
	report: ImportReport;
	/** What does not stop the file from loading: import notes and the loader's warnings. */
	warnings: Issue[];
}
export type ImportResult = Imported | { ok: false; errors: Issue[] };

/** Read the text of a timeline file in any format Sourceline knows. */
export async function importText(text: string, file: string): Promise<ImportResult> {
	return looksLikeCsv(text, file) ? importCsv(text, file) : importJson(text, file);
}

async function importCsv(text: string, file: string): Promise<ImportResult> {
	const read = readCsvTable(text, file);
	if (!read.ok) return read;
	const headers = read.table.headers;
	if (tjs.isTimelineJsCsv(headers)) return finish(tjs.readTimelineJsCsv(text, file), file);
	if (csv.isSourcelineCsv(headers)) return finish(csv.readSourcelineCsv(text, file), file);
	return fail(file, issue('unknownColumns', { columns: excerpt(headers.join(', '), 200) }));
}

async function importJson(text: string, file: string): Promise<ImportResult> {
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		return fail(file, issue('notJson', { detail: excerpt(e instanceof Error ? e.message : String(e), 160) }));
	}
	if (tjs.isTimelineJsJson(json)) return finish(tjs.readTimelineJsJson(json, file), file);
	const report: ImportReport = { format: 'sourceline-json', events: 0, sources: 0, quotes: 0, changes: [] };
	return finish({ ok: true, json, report, locate: () => null }, file);
}

/** Load a converted file; the loader's errors name the place in the original. */
function finish(converted: Converted, file: string): ImportResult {
	if (!converted.ok) return converted;
	const loaded = loadTimelineData(converted.json, file);
	if (!loaded.ok) return { ok: false, errors: loaded.errors.map((e) => located(e, converted.locate)) };
	// Counted on what was loaded, whatever the converter counted.
	const report = { ...converted.report, ...counts(loaded.timeline) };
	const notes = report.changes.filter((c) => c.warning);
	return {
		ok: true,
		timeline: loaded.timeline,
		report,
		warnings: [...notes, ...timelineWarnings(loaded.timeline, file)]
	};
}

function located(
	e: LoadError,
	locate: (path: string) => ReturnType<Extract<Converted, { ok: true }>['locate']>
): Issue {
	const at = e.path ? locate(e.path) : null;
	return at ? { ...e, ...at } : e;
}

function fail(file: string, c: Coded): ImportResult {
	return { ok: false, errors: [{ file, path: '(file)', ...c }] };
}

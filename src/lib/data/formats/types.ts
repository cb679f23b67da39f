import type { Coded } from '../issue-codes';

/**
 * What every input format gives the loader: a Sourceline timeline file (JSON value, not yet
 * validated), what the conversion did, and how to point at the place in the original file where a
 * problem found later (by the loader, in the converted JSON) came from.
 */

/** The formats Sourceline reads. */
export type FormatName = 'sourceline-json' | 'sourceline-csv' | 'timelinejs-json' | 'timelinejs-csv';

/** Where in the original file something is: a spreadsheet row and column, or a JSON path. */
export interface Place {
	/** The row number as the spreadsheet shows it (the header is row 1). */
	row?: number;
	/** The column by its header, as written in the file. */
	column?: string;
	/** A JSON path in the original file (`events[3].start_date.year`). */
	path?: string;
	/** An event by its id, where its place in the file is not kept (a loaded timeline's warnings). */
	event?: string;
}

/**
 * One problem (or, with `warning`, one thing worth knowing) in one file: its code and values, which
 * the interface words in the reader's language and the command line in English (`issueLine`).
 */
export type Issue = Place &
	Coded & {
		file: string;
		/** Set for what does not stop the file from loading ("no source given"). */
		warning?: true;
	};

/** What a conversion did, for the import report ("what came in and what changed"). */
export interface ImportReport {
	format: FormatName;
	events: number;
	sources: number;
	quotes: number;
	/** What the evidence amounts to, counted on the loaded timeline (absent until it is loaded). */
	evidence?: EvidenceCounts;
	/** Notes in plain words, each naming what changed and where (dates made less precise, media kept as links, …). */
	changes: Issue[];
}

/** A converted file, or why it could not be converted at all. */
export type Converted =
	| {
			ok: true;
			/** A Sourceline timeline file, to go through the loader like any other. */
			json: unknown;
			report: ImportReport;
			/**
			 * The original place of a JSON path of `json` (`events[3].date` → row 5, column "Date"), so the
			 * loader's errors name what the author wrote; null where there is no better place than the path.
			 */
			locate: (path: string) => Place | null;
	  }
	| { ok: false; errors: Issue[] };

/** The evidence of a loaded timeline in numbers, for the import report. */
export interface EvidenceCounts {
	/** Sources with an archived copy. */
	archived: number;
	/** Quotes found verbatim in their source's archived text. */
	verbatim: number;
	/** Quotes whose source has no archived copy: not checked. */
	unchecked: number;
	/** Events whose date or attribution is of medium or low confidence. */
	uncertain: number;
	/** Sources cited for part of an event only (its date, a quote …), counted once per event. */
	partial: number;
}

/**
 * A spreadsheet saved as CSV, read into a table of rows keyed by header. Handles what spreadsheets
 * write: a UTF-8 byte-order mark, `;` as the delimiter (Excel in much of Europe), quoted cells with
 * newlines, CRLF line ends, trailing empty rows and columns. Limits keep a huge or hostile file from
 * hanging the page: the file size, the number of columns, rows and the length of a cell.
 */
import { dsvFormat } from 'd3-dsv';
import type { Issue } from './types';
import type { Coded } from '../issue-codes';
import { issue } from '../issue-codes';

export const CSV_LIMITS = {
	/** Characters of one CSV file. */
	chars: 64 * 1024 * 1024,
	columns: 200,
	/** Data rows (the header apart). */
	rows: 200_000,
	/** Characters of one cell (an archived text may be long). */
	cell: 500_000
} as const;

/** One data row: its number as the spreadsheet shows it, and its cells by header (a Map: no header can touch a prototype). */
export interface CsvRow {
	row: number;
	cells: Map<string, string>;
}

/** A read table: its headers as written (trimmed), and its non-empty data rows. */
export interface CsvTable {
	headers: string[];
	rows: CsvRow[];
	delimiter: ',' | ';' | '\t';
}

export type CsvRead = { ok: true; table: CsvTable } | { ok: false; errors: Issue[] };

/** The delimiter of a file: whichever of `,`, `;` and tab splits its first line (outside quotes) most. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
	const counts = { ',': 0, ';': 0, '\t': 0 };
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && c in counts) counts[c as keyof typeof counts]++;
	}
	if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
	if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
	return ',';
}

/** Read CSV text into a table, or say why not (naming the file, the row and the column). */
export function readCsvTable(text: string, file: string): CsvRead {
	const fail = (c: Coded, row?: number, column?: string): CsvRead => ({
		ok: false,
		errors: [{ file, ...c, ...(row === undefined ? {} : { row }), ...(column === undefined ? {} : { column }) }]
	});
	if (text.length > CSV_LIMITS.chars) {
		return fail(issue('csvTooBig', { size: text.length, limit: CSV_LIMITS.chars }));
	}
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const delimiter = detectDelimiter(body);
	const dsv = dsvFormat(delimiter);
	// The header line alone first: a line of a million delimiters is refused before the whole file is split.
	const firstLineEnd = body.search(/\r?\n/);
	const headerRow = dsv.parseRows(firstLineEnd < 0 ? body : body.slice(0, firstLineEnd))[0] ?? [];
	const headers = trimTrailingEmpty(headerRow.map((h) => h.trim()));
	if (headers.length > CSV_LIMITS.columns) {
		return fail(issue('csvTooManyColumns', { count: headers.length, limit: CSV_LIMITS.columns }), 1);
	}
	if (!headers.length) return fail(issue('csvNoHeader', {}));
	const seen = new Map<string, number>();
	for (let i = 0; i < headers.length; i++) {
		const h = headers[i]!;
		if (!h) return fail(issue('csvBlankHeader', { column: i + 1 }), 1);
		const key = h.toLowerCase();
		if (seen.has(key))
			return fail(issue('csvDuplicateHeader', { header: h, first: seen.get(key)! + 1, second: i + 1 }), 1);
		seen.set(key, i);
	}
	const rows: CsvRow[] = [];
	let problem: CsvRead | null = null;
	// Spreadsheet row numbers count lines of records, not text lines (a quoted cell may hold newlines).
	let record = 0;
	dsv.parseRows(body, (cells) => {
		record++;
		if (problem || record === 1) return null;
		if (record - 1 > CSV_LIMITS.rows) {
			problem ??= fail(issue('csvTooManyRows', { limit: CSV_LIMITS.rows }), record);
			return null;
		}
		const used = trimTrailingEmpty(cells);
		if (used.length > headers.length) {
			problem = fail(issue('csvTooManyCells', { cells: used.length, columns: headers.length }), record);
			return null;
		}
		const map = new Map<string, string>();
		for (let i = 0; i < used.length; i++) {
			const v = used[i]!;
			if (v.length > CSV_LIMITS.cell) {
				problem = fail(issue('tooLong', { length: v.length, limit: CSV_LIMITS.cell }), record, headers[i]);
				return null;
			}
			if (v.trim()) map.set(headers[i]!, v.trim());
		}
		if (map.size) rows.push({ row: record, cells: map });
		return null;
	});
	return problem ?? { ok: true, table: { headers, rows, delimiter } };
}

/** The cells up to the last non-empty one (spreadsheets pad rows with empty cells). */
function trimTrailingEmpty(cells: string[]): string[] {
	let n = cells.length;
	while (n > 0 && !cells[n - 1]!.trim()) n--;
	return n === cells.length ? cells : cells.slice(0, n);
}

/** A cell by header, case- and space-insensitively (`end date`, `End Date`, `End  date`). */
export function cellOf(row: CsvRow, table: CsvTable, name: string): string | undefined {
	const header = headerNamed(table, name);
	return header === undefined ? undefined : row.cells.get(header);
}

/** The header as written in the file for a column name, compared without case or extra spaces. */
export function headerNamed(table: CsvTable, name: string): string | undefined {
	const want = squash(name);
	return table.headers.find((h) => squash(h) === want);
}

const squash = (s: string) =>
	s
		.toLowerCase()
		.replace(/[\s_]+/g, ' ')
		.trim();

/** Write rows as CSV (RFC 4180: cells with a delimiter, quote or newline are quoted; CRLF line ends). */
export function writeCsv(headers: string[], rows: string[][]): string {
	const dsv = dsvFormat(',');
	return [headers, ...rows].map((r) => dsv.formatRow(r)).join('\r\n') + '\r\n';
}

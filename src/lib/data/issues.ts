/** Problems in a file in words: where (row and column, or JSON path) and why, the same everywhere. */
import type { Issue } from './formats/types';
import { englishOf } from './issue-english';

/** Where a problem is, as a person finds it: `row 12, column "End date"`, or a JSON path; "" for the whole file. */
export function issueWhere(e: Pick<Issue, 'row' | 'column' | 'path'>): string {
	if (e.row !== undefined) return `row ${e.row}${e.column !== undefined ? `, column "${e.column}"` : ''}`;
	if (e.column !== undefined) return `column "${e.column}"`;
	return e.path && e.path !== '(file)' && e.path !== '(root)' ? e.path : '';
}

/** One problem in a line: `timelines/x.csv row 12, column "End date": 2025-02-30 does not exist`. */
export function issueText(e: Issue): string {
	const where = issueWhere(e);
	return `${e.file}${where ? ' ' + where : ''}: ${englishOf(e)}`;
}

/** One problem as the command line prints it, `file:row or path: reason` (editors and CI link `file:row`). */
export function issueLine(e: Issue): string {
	const where =
		e.row !== undefined
			? `${e.row}:${e.column !== undefined ? ` column "${e.column}":` : ''}`
			: `${issueWhere(e) || '(file)'}:`;
	return `${e.file}:${where} ${e.warning ? 'warning: ' : ''}${englishOf(e)}`;
}

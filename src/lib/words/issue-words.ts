/**
 * A file's problems in the reader's language: each issue is worded from its code and values through
 * the language's report words (`loadReport`, fetched when a problem is shown). Where a problem is
 * (row and column, an event, a JSON path) is worded here too; paths and the file's own column names
 * stay as written.
 */
import type { Place } from '$lib/data/formats/types';
import type { Coded, IssueSay, Listed } from '$lib/data/issue-codes';
import { joinWords } from '$lib/data/english-list';
import { monthName } from '$lib/time/dates';
import { intlTag } from './plural';
import type { Words } from './words';
import type { Report } from './messages/en/report';

const made = new WeakMap<Report, IssueSay>();

/** What a language's issue messages are given: its numbers, lists, months and places. */
function sayIn(words: Words, report: Report): IssueSay {
	const cached = made.get(report);
	if (cached) return cached;
	const en = words.locale === 'en';
	const tag = intlTag(words.locale);
	const w = report.where;
	let mb: Intl.NumberFormat | undefined;
	let list: Intl.ListFormat | undefined;
	let month: Intl.DateTimeFormat | undefined;
	const place = (l: Listed) => {
		const at = say.slide(l.at);
		if (l.detail === undefined) return at;
		if (l.style === 'arrow') return `${at} → ${l.detail}`;
		return `${at} (${l.style === 'quoted' ? w.quoted(l.detail) : l.detail})`;
	};
	const say: IssueSay = {
		reason: (r) => issueWords(r, words, report),
		n: (x) => words.num.count(x),
		mb: (bytes) =>
			en
				? (bytes / 1024 / 1024).toFixed(1)
				: (mb ??= new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 })).format(
						bytes / 1024 / 1024
					),
		list: (items) =>
			en ? joinWords(items) : (list ??= new Intl.ListFormat(tag, { type: 'conjunction' })).format(items),
		month: (n) =>
			en
				? monthName(n - 1)
				: (month ??= new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' })).format(
						Date.UTC(2000, n - 1, 15)
					),
		plural: (n, forms) => words.num.plural(n, forms),
		slide: (l) => ('row' in l ? w.row(l.row) : l.path),
		listed: (t) => t.listed.map(place).join(w.separator) + (t.more ? w.andMore(t.more, words.num) : '')
	};
	made.set(report, say);
	return say;
}

/** Why an issue is a problem (or a date's reason), in the reader's language: `2025-02-30 does not exist: …`. */
export function issueWords(issue: Coded, words: Words, report: Report): string {
	const message = report.issues[issue.code] as (p: unknown, say: IssueSay) => string;
	return message(issue.params, sayIn(words, report));
}

/** Where a problem is, as a person finds it: `row 12, column "End date"`, an event, or a JSON path; "" for the whole file. */
export function whereWords(e: Place, report: Report): string {
	const w = report.where;
	if (e.row !== undefined) return e.column !== undefined ? w.rowColumn(e.row, e.column) : w.row(e.row);
	if (e.column !== undefined) return w.column(e.column);
	if (e.event !== undefined) return w.event(e.event);
	return e.path && e.path !== '(file)' && e.path !== '(root)' ? e.path : '';
}

/** Where a problem is, the whole file named too ("(file)"): for a list where every line says where. */
export function whereOrFile(e: Place, report: Report): string {
	const where = whereWords(e, report);
	if (where || !e.path) return where;
	return e.path === '(root)' ? report.where.root : report.where.file;
}

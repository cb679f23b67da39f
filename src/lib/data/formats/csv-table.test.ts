import { describe, expect, it } from 'vitest';
import { CSV_LIMITS, cellOf, detectDelimiter, readCsvTable, writeCsv } from './csv-table';

const read = (text: string) => {
	const r = readCsvTable(text, 'x.csv');
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.table;
};
const cells = (text: string) => read(text).rows.map((r) => [r.row, Object.fromEntries(r.cells)]);

describe('what spreadsheets write', () => {
	it.each([
		['plain', 'Date,Title\n2025,A\n', [[2, { Date: '2025', Title: 'A' }]]],
		['a UTF-8 byte-order mark', '\uFEFFDate,Title\n2025,A\n', [[2, { Date: '2025', Title: 'A' }]]],
		['; as the delimiter', 'Date;Title\n2025;A, B\n', [[2, { Date: '2025', Title: 'A, B' }]]],
		[
			'CRLF line ends',
			'Date,Title\r\n2025,A\r\n2026,B\r\n',
			[
				[2, { Date: '2025', Title: 'A' }],
				[3, { Date: '2026', Title: 'B' }]
			]
		],
		[
			'a quoted cell with a newline counts as one row',
			'Date,Title\n2025,"A\nB"\n2026,C\n',
			[
				[2, { Date: '2025', Title: 'A\nB' }],
				[3, { Date: '2026', Title: 'C' }]
			]
		],
		['quotes inside quotes', 'Date,Title\n2025,"He said ""no"""\n', [[2, { Date: '2025', Title: 'He said "no"' }]]],
		['trailing empty rows and columns', 'Date,Title,,\n2025,A,,\n,,,\n\n', [[2, { Date: '2025', Title: 'A' }]]],
		[
			'an empty row in the middle keeps the numbering',
			'Date,Title\n2025,A\n,\n2026,B\n',
			[
				[2, { Date: '2025', Title: 'A' }],
				[4, { Date: '2026', Title: 'B' }]
			]
		]
	] as const)('%s', (_name, text, expected) => {
		expect(cells(text)).toEqual(expected);
	});
	it('a header named __proto__ is a column like any other, and touches no prototype', () => {
		const t = read('Date,__proto__,constructor\n2025,{"polluted":1},x\n');
		expect(t.headers).toEqual(['Date', '__proto__', 'constructor']);
		expect(t.rows[0]!.cells.get('constructor')).toBe('x');
		expect(cellOf(t.rows[0]!, t, '__proto__')).toBe('{"polluted":1}');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
	it('finds columns without regard to case or spaces', () => {
		const t = read('End  Date,TITLE\n2025,A\n');
		expect(cellOf(t.rows[0]!, t, 'end date')).toBe('2025');
		expect(cellOf(t.rows[0]!, t, 'Title')).toBe('A');
	});
	it.each([
		['a,b;c\n', ','],
		['a;b;c,d\n', ';'],
		['a\tb\tc\n', '\t'],
		['"a;b",c\n', ',']
	] as const)('delimiter of %j is %j', (text, d) => expect(detectDelimiter(text)).toBe(d));
});

describe('limits and broken files', () => {
	it('too many columns is a limit error, found on the header line', () => {
		const r = readCsvTable(','.repeat(CSV_LIMITS.columns + 5).replace(/,/g, 'h,') + '\n', 'x.csv');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[0]).toMatchObject({ file: 'x.csv', row: 1 });
	});
	it('a huge cell is a limit error naming the row and column', () => {
		const r = readCsvTable(`Date,Title\n2025,${'x'.repeat(CSV_LIMITS.cell + 1)}\n`, 'x.csv');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[0]).toMatchObject({ row: 2, column: 'Title' });
	});
	it('more cells than headers, a duplicate or a missing header are errors', () => {
		expect(readCsvTable('Date,Title\n2025,A,extra\n', 'x.csv')).toMatchObject({ ok: false, errors: [{ row: 2 }] });
		expect(readCsvTable('Date,date\n', 'x.csv')).toMatchObject({ ok: false });
		expect(readCsvTable('Date,,Title\n', 'x.csv')).toMatchObject({ ok: false });
		expect(readCsvTable('', 'x.csv')).toMatchObject({ ok: false });
	});
});

describe('writing', () => {
	it('quotes what needs quoting and reads back the same', () => {
		const rows = [
			['2025', 'A, "quoted"\nline'],
			['2026', '']
		];
		const text = writeCsv(['Date', 'Title'], rows);
		expect(text).toBe('Date,Title\r\n2025,"A, ""quoted""\nline"\r\n2026,\r\n');
		expect(cells(text)).toEqual([
			[2, { Date: '2025', Title: 'A, "quoted"\nline' }],
			[3, { Date: '2026' }]
		]);
	});
});

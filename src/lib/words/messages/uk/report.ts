import type { Report } from '../en/report';
import type { Numbers } from '../../plural';
import issues from './issues';
import { q } from './grammar';

/** A count with its noun in the form the count takes: 1 подія, 2 події, 5 подій. */
const n = (count: number, one: string, few: string, many: string, num: Pick<Numbers, 'count' | 'plural'>) =>
	`${num.count(count)} ${num.plural(count, { one, few, many, other: few })}`;

export default {
	refused: {
		title: (file, count, num) => `${file} не завантажено: ${n(count, 'проблема', 'проблеми', 'проблем', num)}`,
		unchanged: 'Хронологія на екрані не змінилася. Виправте ці проблеми й відкрийте файл знову:',
		dismiss: 'Закрити'
	},
	where: {
		colon: ': ',
		file: '(файл)',
		root: '(корінь)',
		row: (row) => `рядок ${row}`,
		rowColumn: (row, column) => `рядок ${row}, стовпець ${q(column)}`,
		column: (column) => `стовпець ${q(column)}`,
		event: (id) => `подія ${q(id)}`,
		separator: ', ',
		andMore: (count, num) => ` і ще ${num.count(count)}`,
		quoted: (value) => q(value)
	},
	opened: {
		title: (file, format) => `Відкрито ${file}: ${format}`,
		formats: {
			sourcelineJson: 'Sourceline JSON',
			sourcelineCsv: 'Sourceline CSV',
			timelinejsJson: 'TimelineJS JSON',
			timelinejsCsv: 'таблиця TimelineJS (CSV)'
		},
		counts: (events, sources, quotes, num) =>
			`${n(events, 'подія', 'події', 'подій', num)}, ${n(sources, 'джерело', 'джерела', 'джерел', num)}, ${n(quotes, 'цитата', 'цитати', 'цитат', num)}.`,
		unsourced: (count, events, num) =>
			`У ${num.count(count)} з ${num.count(events)} ${num.plural(events, { one: 'події', few: 'подій', many: 'подій', other: 'події' })} не вказано джерела.`,
		evidence: (archived, verbatim, quotes, num) =>
			`${n(archived, 'джерело має', 'джерела мають', 'джерел мають', num)} архівну копію: ${num.count(verbatim)} з ${n(quotes, 'цитати', 'цитат', 'цитат', num)} перевірено й знайдено там дослівно.`,
		evidenceUnchecked: (archived, verbatim, quotes, num) =>
			`${n(archived, 'джерело має', 'джерела мають', 'джерел мають', num)} архівну копію: ${num.count(verbatim)} з ${n(quotes, 'цитати', 'цитат', 'цитат', num)} перевірено й знайдено там дослівно, {unchecked}.`,
		unchecked: (count, num) => `${num.count(count)} не звірено з архівною копією`,
		uncertain: (count, num) =>
			`У ${n(count, 'події', 'подій', 'подій', num)} дата або авторство мають середню чи низьку достовірність.`,
		partial: (count, num) =>
			`${n(count, 'джерело наведено', 'джерела наведено', 'джерел наведено', num)} лише для частини події (не враховано як повідомлення про неї).`,
		changes: (count, num) => `Що змінилося і що варто перевірити (${num.count(count)})`,
		downloadJson: 'Завантажити як Sourceline JSON',
		downloadCsv: 'Завантажити як CSV',
		dismiss: 'Закрити'
	},
	issues
} satisfies Report;

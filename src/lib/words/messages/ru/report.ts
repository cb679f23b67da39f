import type { Report } from '../en/report';
import type { Numbers } from '../../plural';
import issues from './issues';
import { q } from './grammar';

/** A count with its noun in the form the count takes: 1 событие, 2 события, 5 событий. */
const n = (count: number, one: string, few: string, many: string, num: Pick<Numbers, 'count' | 'plural'>) =>
	`${num.count(count)} ${num.plural(count, { one, few, many, other: few })}`;
/** «Архивные копии есть у 3 источников: 5 из 8 цитат сверены и найдены в них дословно». */
const found = (archived: number, verbatim: number, quotes: number, num: Numbers) =>
	`${archived === 1 ? 'Архивная копия есть' : 'Архивные копии есть'} у ${n(archived, 'источника', 'источников', 'источников', num)}: ${num.count(verbatim)} из ${n(quotes, 'цитаты', 'цитат', 'цитат', num)} ${num.plural(verbatim, { one: 'сверена и найдена', other: 'сверены и найдены' })} ${archived === 1 ? 'в ней' : 'в них'} дословно`;

export default {
	refused: {
		title: (file, count, num) => `${file} не загружен: ${n(count, 'проблема', 'проблемы', 'проблем', num)}`,
		unchanged: 'Хронология на экране не изменилась. Исправьте эти проблемы и откройте файл снова:',
		dismiss: 'Закрыть'
	},
	where: {
		colon: ': ',
		file: '(файл)',
		root: '(корень)',
		row: (row) => `строка ${row}`,
		rowColumn: (row, column) => `строка ${row}, столбец ${q(column)}`,
		column: (column) => `столбец ${q(column)}`,
		event: (id) => `событие ${q(id)}`,
		separator: ', ',
		andMore: (count, num) => ` и ещё ${num.count(count)}`,
		quoted: (value) => q(value)
	},
	opened: {
		title: (file, format) => `Открыт ${file}: ${format}`,
		formats: {
			sourcelineJson: 'Sourceline JSON',
			sourcelineCsv: 'Sourceline CSV',
			timelinejsJson: 'TimelineJS JSON',
			timelinejsCsv: 'таблица TimelineJS (CSV)'
		},
		counts: (events, sources, quotes, num) =>
			`${n(events, 'событие', 'события', 'событий', num)}, ${n(sources, 'источник', 'источника', 'источников', num)}, ${n(quotes, 'цитата', 'цитаты', 'цитат', num)}.`,
		unsourced: (count, events, num) =>
			`У ${num.count(count)} из ${num.count(events)} ${num.plural(events, { one: 'события', few: 'событий', many: 'событий', other: 'события' })} не указан источник.`,
		evidence: (archived, verbatim, quotes, num) => `${found(archived, verbatim, quotes, num)}.`,
		evidenceUnchecked: (archived, verbatim, quotes, num) => `${found(archived, verbatim, quotes, num)}, {unchecked}.`,
		unchecked: (count, num) =>
			`${num.count(count)} ${num.plural(count, { one: 'не сверена', other: 'не сверены' })} с архивной копией`,
		uncertain: (count, num) =>
			`У ${n(count, 'события', 'событий', 'событий', num)} дата или авторство указаны со средней или низкой достоверностью.`,
		partial: (count, num) =>
			`${n(count, 'источник приведён', 'источника приведены', 'источников приведены', num)} лишь для части события (${num.plural(count, { one: 'не считается сообщением', other: 'не считаются сообщениями' })} о нём).`,
		changes: (count, num) => `Что изменилось и что стоит проверить (${num.count(count)})`,
		downloadJson: 'Скачать как Sourceline JSON',
		downloadCsv: 'Скачать как CSV',
		dismiss: 'Закрыть'
	},
	issues
} satisfies Report;

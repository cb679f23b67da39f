import type { Messages } from '../en';

export default {
	region: 'Хронология',
	roleDescription: 'масштабируемая хронология',
	marks: 'Отметки на хронологии',
	mark: {
		event: ({ title, when, verdict }) => `${title}, ${when}, ${verdict}`,
		inLanes: (lanes, num) =>
			num.plural(lanes.length, { one: `; на дорожке ${lanes[0]}`, other: `; на дорожках ${lanes.join(', ')}` }),
		cluster: ({ count, from }, num) => {
			const n = num.count(count);
			const rest = `, начиная с ${from}; приблизить`;
			return num.plural(count, {
				one: `Ещё ${n} событие${rest}`,
				few: `Ещё ${n} события${rest}`,
				many: `Ещё ${n} событий${rest}`,
				other: `Ещё ${n} события${rest}`
			});
		}
	},
	toolbar: {
		label: 'Управление хронологией',
		zoomIn: 'Приблизить',
		zoomInTip: 'Приблизить (+)',
		zoomOut: 'Отдалить',
		zoomOutTip: 'Отдалить (−)',
		earlier: 'Сдвинуть к более ранним датам',
		earlierTip: 'Раньше (←)',
		later: 'Сдвинуть к более поздним датам',
		laterTip: 'Позже (→)',
		fitAll: 'Показать всё'
	},
	tabs: { label: 'Под хронологией', events: 'События', sources: 'Источники' },
	list: {
		title: 'События',
		count: ({ shown, total }, num) => `(${num.count(shown)} из ${num.count(total)})`,
		showAll: 'Показывать все, а не только видимые',
		sources: 'Источники:'
	},
	sources: {
		title: 'Источники',
		count: (n, num) => `(${num.count(n)})`,
		caption:
			'Все источники вместе с их перепечатками: сеть сайтов-двойников показана одной группой под сообщением, которое она перепечатывает.',
		columns: {
			publisher: 'Издание',
			kind: 'Тип',
			published: 'Опубликовано',
			derivedFrom: 'Происхождение',
			reports: 'События'
		},
		kinds: {
			primary: 'первоисточник',
			wire: 'информагентство',
			news: 'СМИ',
			derivative: 'перепечатка',
			unreliable: 'ненадёжный источник',
			unknown: 'неизвестно'
		},
		notShown: 'не указано',
		rewriteOf: (publisher) => `перепечатка материала ${publisher}`,
		network: ({ publisher, count }, num) => {
			const n = num.count(count);
			return num.plural(count, {
				one: `${publisher} и ${n} перепечатка`,
				few: `${publisher} и ${n} перепечатки`,
				many: `${publisher} и ${n} перепечаток`,
				other: `${publisher} и ${n} перепечатки`
			});
		}
	}
} satisfies Messages['timeline'];

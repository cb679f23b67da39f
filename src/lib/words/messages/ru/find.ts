import type { Messages } from '../en';

export default {
	search: {
		label: 'Поиск',
		placeholder: 'Заголовки, цитаты, люди, источники…',
		shortcut: 'Нажмите /, чтобы начать поиск'
	},
	filters: 'Фильтры',
	filtersChosen: (count, num) => `Фильтры (${num.count(count)})`,
	markRest: 'Отмечать положение остальных событий',
	facet: {
		actor: 'Участник',
		tag: 'Тег',
		source: 'Источник',
		kind: 'Тип источника',
		level: 'Оценка источников',
		group: 'Группа'
	},
	level: {
		primary: 'первоисточник',
		corroborated: 'подтверждено',
		single: 'единственное сообщение',
		unreliable: 'только ненадёжные источники',
		unsourced: 'источник не указан'
	},
	kind: {
		primary: 'первоисточник (слова самого говорящего)',
		wire: 'информационное агентство',
		news: 'сообщение СМИ',
		derivative: 'перепечатка другого сообщения',
		unreliable: 'ненадёжный сайт',
		unknown: 'тип неизвестен'
	},
	showAll: (count, num) => `Показать все (${num.count(count)})`,
	showFewer: 'Показать меньше',
	chips: {
		label: 'Активные фильтры',
		search: (query) => `Поиск: ${query}`,
		removeSearch: (query) => `Убрать запрос «${query}»`,
		value: (facet, value) => `${facet}: ${value}`,
		remove: (filter) => `Убрать фильтр «${filter}»`,
		clearAll: 'Сбросить всё',
		anyOf: (values) => values.join(' или '),
		onlyLevels: (levels) => `Только: ${levels}`,
		restMarked: 'остальные события отмечены под осью'
	},
	matches: (shown, total, num) =>
		num.plural(shown, {
			one: `Подходит ${num.count(shown)} событие из ${num.count(total)}`,
			few: `Подходят ${num.count(shown)} события из ${num.count(total)}`,
			many: `Подходят ${num.count(shown)} событий из ${num.count(total)}`,
			other: `Подходят ${num.count(shown)} события из ${num.count(total)}`
		}),
	noMatch: {
		query: 'По запросу «{query}» событий не найдено — {clear}',
		queryFiltered: 'По запросу «{query}» с этими фильтрами событий не найдено — {clear}',
		filters: 'С этими фильтрами событий не найдено — {clear}',
		clearSearch: 'очистить поиск',
		clearAll: 'сбросить всё'
	},
	notices: {
		dismiss: 'Скрыть',
		unknown: {
			actor: (value) => `В этой хронологии нет участника «${value}»`,
			tag: (value) => `В этой хронологии нет тега «${value}»`,
			source: (value) => `В этой хронологии нет источника с идентификатором «${value}»`,
			kind: (value) => `В этой хронологии нет типа источника «${value}»`,
			group: (value) => `В этой хронологии нет группы «${value}»`
		},
		noLanes: {
			actor: 'В этой хронологии не указаны участники, по которым её можно разложить на дорожки',
			tag: 'В этой хронологии не указаны теги, по которым её можно разложить на дорожки',
			kind: 'В этой хронологии не указаны типы источников, по которым её можно разложить на дорожки',
			group: 'В этой хронологии не указаны группы, по которым её можно разложить на дорожки'
		}
	},
	lanes: {
		label: 'Дорожки',
		none: 'Без дорожек',
		by: { actor: 'По участникам', tag: 'По тегам', kind: 'По типам источников', group: 'По группам' },
		inWords: {
			actor: 'Дорожки по участникам',
			tag: 'Дорожки по тегам',
			kind: 'Дорожки по типам источников',
			group: 'Дорожки по группам'
		},
		other: {
			actor: 'Другие участники',
			tag: 'Другие теги',
			kind: 'Другие типы источников',
			group: 'Другие группы'
		},
		without: {
			actor: 'Без участника',
			tag: 'Без тега',
			kind: 'Без типа источника',
			group: 'Без группы'
		},
		title: (label, count, num) => `${label} (${num.count(count)})`,
		more: (count, num) =>
			num.plural(count, {
				one: `и ещё ${num.count(count)} событие: приблизьте или уточните поиск`,
				few: `и ещё ${num.count(count)} события: приблизьте или уточните поиск`,
				many: `и ещё ${num.count(count)} событий: приблизьте или уточните поиск`,
				other: `и ещё ${num.count(count)} события: приблизьте или уточните поиск`
			}),
		noneInView: 'В видимой области событий нет.'
	}
} satisfies Messages['find'];

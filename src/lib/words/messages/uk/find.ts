import type { Messages } from '../en';

export default {
	search: {
		label: 'Пошук',
		placeholder: 'Заголовки, цитати, люди, джерела…',
		shortcut: 'Натисніть /, щоб почати пошук'
	},
	filters: 'Фільтри',
	filtersChosen: (count, num) => `Фільтри (${num.count(count)})`,
	markRest: 'Позначити, де решта подій',
	facet: {
		actor: 'Учасник',
		tag: 'Тег',
		source: 'Джерело',
		kind: 'Тип джерела',
		level: 'Оцінка джерел',
		group: 'Група'
	},
	level: {
		primary: 'першоджерело',
		corroborated: 'підтверджено',
		single: 'єдине повідомлення',
		unreliable: 'лише ненадійні джерела',
		unsourced: 'джерело не вказано'
	},
	kind: {
		primary: 'першоджерело (власні слова мовця)',
		wire: 'інформаційна агенція',
		news: 'повідомлення ЗМІ',
		derivative: 'передрук іншого повідомлення',
		unreliable: 'ненадійний сайт',
		unknown: 'тип невідомий'
	},
	showAll: (count, num) => `Показати всі (${num.count(count)})`,
	showFewer: 'Показати менше',
	chips: {
		label: 'Активні фільтри',
		search: (query) => `Пошук: ${query}`,
		removeSearch: (query) => `Прибрати пошук «${query}»`,
		value: (facet, value) => `${facet}: ${value}`,
		remove: (filter) => `Прибрати фільтр «${filter}»`,
		clearAll: 'Скинути все',
		anyOf: (values) => values.join(' або '),
		onlyLevels: (levels) => `Оцінка джерел: ${levels}`,
		restMarked: 'решту подій позначено під віссю'
	},
	matches: (shown, total, num) =>
		`Знайдено ${num.count(shown)} ${num.plural(shown, { one: 'подію', few: 'події', many: 'подій', other: 'події' })} з ${num.count(total)}`,
	noMatch: {
		query: 'Жодна подія не відповідає запиту «{query}» — {clear}',
		queryFiltered: 'З цими фільтрами жодна подія не відповідає запиту «{query}» — {clear}',
		filters: 'Жодна подія не відповідає цим фільтрам — {clear}',
		clearSearch: 'очистити пошук',
		clearAll: 'скинути все'
	},
	notices: {
		dismiss: 'Закрити',
		unknown: {
			actor: (value) => `У цій хронології немає учасника «${value}»`,
			tag: (value) => `У цій хронології немає тегу «${value}»`,
			source: (value) => `У цій хронології немає джерела з ідентифікатором «${value}»`,
			kind: (value) => `У цій хронології немає типу джерела «${value}»`,
			group: (value) => `У цій хронології немає групи «${value}»`
		},
		noLanes: {
			actor: 'У цій хронології не вказано учасників, за якими її можна розкласти на доріжки',
			tag: 'У цій хронології не вказано тегів, за якими її можна розкласти на доріжки',
			kind: 'У цій хронології не вказано типів джерел, за якими її можна розкласти на доріжки',
			group: 'У цій хронології не вказано груп, за якими її можна розкласти на доріжки'
		}
	},
	lanes: {
		label: 'Доріжки',
		none: 'Без доріжок',
		by: { actor: 'За учасниками', tag: 'За тегами', kind: 'За типами джерел', group: 'За групами' },
		inWords: {
			actor: 'Доріжки за учасниками',
			tag: 'Доріжки за тегами',
			kind: 'Доріжки за типами джерел',
			group: 'Доріжки за групами'
		},
		other: {
			actor: 'Інші учасники',
			tag: 'Інші теги',
			kind: 'Інші типи джерел',
			group: 'Інші групи'
		},
		without: {
			actor: 'Без учасника',
			tag: 'Без тегу',
			kind: 'Без типу джерела',
			group: 'Без групи'
		},
		title: (label, count, num) => `${label} (${num.count(count)})`,
		more: (count, num) =>
			num.plural(count, {
				one: `і ще ${num.count(count)} подія: наблизьте або уточніть пошук`,
				few: `і ще ${num.count(count)} події: наблизьте або уточніть пошук`,
				many: `і ще ${num.count(count)} подій: наблизьте або уточніть пошук`,
				other: `і ще ${num.count(count)} події: наблизьте або уточніть пошук`
			}),
		noneInView: 'У видимій області подій немає.'
	}
} satisfies Messages['find'];
